/**
 * The cited quotes must contain the answer (in any of its names, or a date or number as the source
 * writes it); an answer that names several records ("A and B") must have each of them there. An
 * answer the course marks as inferred, or corrects from a misprint the quote shows, or that the
 * quote names only in a misprinted spelling, is a warning: the explanation should say so.
 */
import { normaliseForQuote } from "@/lib/content/quotes";
import type { FactRecord } from "@/lib/content/types";
import type { Question } from "../../types";
import { factsOf, keyedValuesOf, namedSubjectIdsOf } from "../answers";
import type { LintContext } from "../context";
import { misprintNamesOf } from "../course-names";
import { containsPhrase, normalise } from "../text-match";
import type { LintRule, RuleFinding } from "../types";
import { mentionsValue } from "../value-match";
import { basisOf } from "./unsupported-value";

/** An explanation that tells the student the source misprints the value. */
const MISPRINT_WORDS = /\b(?:misprint(?:s|ed)?|typo|prints?|printed|erratum|misspel\w*)\b/i;

/**
 * The records an answer naming several at once stands for ("Josiah Crane and Tobias
 * Wren", "A, B and C"), or null when it is not such a list of the course's names.
 */
function membersOf(answer: string, ctx: LintContext): FactRecord[][] | null {
  const parts = answer.split(/,\s+|\s+and\s+/);
  if (parts.length < 2) return null;
  const members = parts.map((p) => ctx.names.recordsNamed(p.trim()));
  return members.every((m) => m.length > 0) ? members : null;
}

/**
 * A cited quote the course gives as the evidence of a document or an event the answer names: the
 * author's title is a label ("Agreements in the field of trade, finance and television (2007)"),
 * and that passage is what it labels. A person or a place has a name the quote must print.
 */
function citesOwnQuote(q: Question, records: readonly FactRecord[]): boolean {
  const cited = q.citations.map((c) => normaliseForQuote(c.quote).toLowerCase());
  return records.some(
    (r) =>
      (r.kind === "document" || r.kind === "event") &&
      r.sources.some((s) => {
        const own = normaliseForQuote(s.quote).toLowerCase();
        return cited.some((c) => c.length > 20 && own.includes(c));
      }),
  );
}

export const citationMissingAnswer: LintRule = {
  name: "citation-missing-answer",
  description:
    "The cited quotes do not contain the answer, or one of the records an answer “A and B” names (error; a warning when the course marks the value as inferred, corrects it from a misprint, or the quote names it only in a misprinted spelling).",
  checkQuestion(q, ctx) {
    let groups = keyedValuesOf(q, ctx);
    if (groups === null || groups.length === 0) return [];
    const answer = q.type === "true-false" ? null : (groups[0]?.[0] ?? null);
    const members = answer === null ? null : membersOf(answer, ctx);
    if (members !== null) {
      groups = members.map((records) => records.map(nameOfRecord));
    }
    const quotes = q.citations.map((c) => c.quote).join(" | ");
    const exceptRecords = namedSubjectIdsOf(q);
    const mentions = (form: string, exceptNames?: ReadonlySet<string>) =>
      mentionsValue(quotes, form, ctx.names, {
        loose: true,
        words: true,
        exceptRecords,
        ...(exceptNames ? { exceptNames } : {}),
      });
    const supported = (group: string[]) =>
      group.some((form) => mentions(form)) ||
      citesOwnQuote(
        q,
        group
          .flatMap((form) => ctx.names.recordsNamed(form))
          .filter((r) => !exceptRecords.has(r.id)),
      );
    const ok = q.type === "true-false" ? groups.some(supported) : groups.every(supported);
    if (ok) return misprintOnly(q, groups, ctx, mentions);
    // For a statement, name the value it asserts (the true value a false one replaces otherwise).
    const asserted = groups.find((g) => g.some((form) => containsPhrase(q.prompt, form)));
    const missing = q.type === "true-false" ? undefined : groups.find((g) => !supported(g));
    const shown = (missing ?? asserted ?? groups[0])?.[0] ?? "";
    const facts = factsOf(q, ctx);
    const inferred = facts.map(basisOf).find((b) => b?.inferred !== undefined);
    if (inferred) {
      return [
        {
          severity: "warning",
          message: `the quotes do not contain “${shown}”, which the course infers (${inferred.inferred})`,
        },
      ];
    }
    const printed = facts
      .flatMap((v) => v.claimed?.claims ?? [])
      .map((c) => c.erratum?.printed)
      .find((p): p is string => p !== undefined && containsPhrase(quotes, p));
    if (printed !== undefined) {
      return containsPhrase(q.explanation, printed) || MISPRINT_WORDS.test(q.explanation)
        ? []
        : [
            {
              severity: "warning",
              message: `the quote prints “${printed}”, corrected to “${shown}”: the explanation should say so`,
            },
          ];
    }
    return [{ severity: "error", message: `the cited quotes do not contain “${shown}”` }];
  },
};

function nameOfRecord(record: FactRecord): string {
  switch (record.kind) {
    case "document":
    case "event":
      return record.title;
    case "figure":
      return record.label;
    default:
      return record.name;
  }
}

/**
 * The quotes name the answer only in a spelling the course marks as the source's misprint: right,
 * but the explanation should say that the quote misprints it.
 */
function misprintOnly(
  q: Question,
  groups: readonly string[][],
  ctx: LintContext,
  mentions: (form: string, exceptNames?: ReadonlySet<string>) => boolean,
): RuleFinding[] {
  for (const group of groups) {
    const misprints = group
      .flatMap((form) => ctx.names.recordsNamed(form))
      .flatMap(misprintNamesOf)
      .filter((m) => group.every((form) => normalise(form) !== normalise(m)));
    if (misprints.length === 0) continue;
    const except = new Set(misprints.map(normalise));
    if (group.some((form) => mentions(form, except))) continue;
    const printed = misprints.find((m) =>
      containsPhrase(q.citations.map((c) => c.quote).join(" | "), m),
    );
    if (printed === undefined) continue;
    if (containsPhrase(q.explanation, printed) || MISPRINT_WORDS.test(q.explanation)) continue;
    return [
      {
        severity: "warning",
        message: `the quote names “${group[0]}” only as the misprint “${printed}”: the explanation should say so`,
      },
    ];
  }
  return [];
}
