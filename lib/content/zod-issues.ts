/** Turns zod issues into short author-facing `{ path, message }` pairs. */
import type { z } from "zod";

export interface PathMessage {
  path: string;
  message: string;
}

type Issue = z.core.$ZodIssue;
type Key = PropertyKey;

function joinPath(path: readonly Key[]): string {
  return path.map((k) => String(k)).join(".");
}

function describeIssue(issue: Issue): string {
  if (issue.code === "invalid_type") {
    const received = /received (\w+)/.exec(issue.message)?.[1];
    if (received === "undefined") return `is required (expected ${issue.expected})`;
    return `expected ${issue.expected}${received ? `, received ${received}` : ""}`;
  }
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${keys}`;
  }
  return issue.message.replace(/^Invalid (input|option): /, "");
}

/** How far into the value a set of issues got (through nested unions too). */
function depth(issues: readonly Issue[]): number {
  return Math.max(
    0,
    ...issues.map(
      (i) => i.path.length + (i.code === "invalid_union" ? Math.max(0, ...i.errors.map(depth)) : 0),
    ),
  );
}

/** What each alternative of a union wanted, flattening nested unions: ["string", "array"]. */
function wanted(issue: Issue): string[] {
  if (issue.code === "invalid_union")
    return issue.errors.flatMap((branch) => branch.flatMap(wanted));
  if (issue.code === "invalid_type") return [issue.expected];
  return [describeIssue(issue)];
}

function received(issue: Issue): string | undefined {
  if (issue.code === "invalid_union") return issue.errors[0]?.[0] && received(issue.errors[0][0]);
  return /received (\w+)/.exec(issue.message)?.[1];
}

/** For a union, report the branch that got furthest; if none got anywhere, list what each wanted. */
function flatten(issue: Issue, prefix: readonly Key[]): PathMessage[] {
  const here = [...prefix, ...issue.path];
  if (issue.code !== "invalid_union" || issue.errors.length === 0) {
    return [{ path: joinPath(here), message: describeIssue(issue) }];
  }
  const deepest = Math.max(...issue.errors.map(depth));
  if (deepest === 0) {
    const options = [...new Set(wanted(issue))].join(" or ");
    const got = received(issue);
    return [
      { path: joinPath(here), message: `expected ${options}${got ? `, received ${got}` : ""}` },
    ];
  }
  const branch = issue.errors.find((b) => depth(b) === deepest) ?? [];
  return branch.flatMap((inner) => flatten(inner, here));
}

export function zodIssuesToMessages(error: z.ZodError): PathMessage[] {
  return error.issues.flatMap((issue) => flatten(issue, []));
}
