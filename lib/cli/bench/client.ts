/** Shared by `npm run bench` and `npm run bench:seed`: the bench accounts and signing in as one. */

export const BENCH_PASSWORD = "bench-password-2026";
export const BENCH_COURSE = "azerbaijan-kazakhstan";

/** The id and email of bench student `i` (1-based), as bench:seed writes them. */
export function benchStudent(i: number): { id: string; email: string } {
  return { id: `bench-${i}`, email: `bench-${i}@example.test` };
}

/** Signs in through Auth.js's own endpoints and returns the session's cookie header. */
export async function signInAs(base: string, email: string): Promise<string> {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const jar = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({
      csrfToken,
      email,
      password: BENCH_PASSWORD,
      callbackUrl: `${base}/home`,
    }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`could not sign in as ${email}: is the bench data seeded?`);
  return [...jar, session.split(";")[0]].join("; ");
}
