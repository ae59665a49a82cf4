import type { Role } from "./forms";

/** Where each role lands after signing in. */
export function homePathFor(role: Role): string {
  return role === "teacher" ? "/teacher" : "/home";
}

/** Path prefixes that belong to one role; everything else is public or open to both. */
const ROLE_AREAS: ReadonlyArray<{ prefix: string; role: Role }> = [
  { prefix: "/teacher", role: "teacher" },
  { prefix: "/home", role: "student" },
  { prefix: "/courses", role: "student" },
  { prefix: "/study", role: "student" },
  { prefix: "/settings", role: "student" },
  { prefix: "/stats", role: "student" },
  { prefix: "/join", role: "student" },
  { prefix: "/classes", role: "student" },
];

export function roleForPath(pathname: string): Role | null {
  const area = ROLE_AREAS.find((a) => pathname === a.prefix || pathname.startsWith(`${a.prefix}/`));
  return area?.role ?? null;
}

/** The message shown after a role redirect (`?notice=teacher-only`). */
export const ROLE_NOTICES: Record<string, string> = {
  "teacher-only": "That page is for teachers. You are signed in as a student.",
  "student-only": "That page is for students. You are signed in as a teacher.",
};

/**
 * A callback URL is followed only if it stays on this site: a path that a browser resolves against
 * this origin to this origin. "//evil.example" and "/\\evil.example" (browsers read a backslash as a
 * slash) leave it. Only printable ASCII is kept: a redirect puts the path in a Location header, which
 * cannot carry "/。x" (Node throws, a 500 after a successful sign-in), and a space or a control
 * character has no place in a path of ours.
 */
export function safeCallbackPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || !/^\/[\x21-\x7e]*$/.test(value) || value.includes("\\")) {
    return fallback;
  }
  const origin = "http://callback.invalid";
  try {
    return new URL(value, origin).origin === origin ? value : fallback;
  } catch {
    return fallback;
  }
}
