/** Shared by the `bench:*` scripts: command-line options and signing in as a bench student. */

export const BENCH_PASSWORD = "bench-password-2026";
export const BENCH_COURSE = "azerbaijan-kazakhstan";

/** `--name value` from the command line, or the fallback. */
export function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
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
  if (!session) throw new Error(`could not sign in as ${email}: run npm run bench:seed first`);
  return [...jar, session.split(";")[0]].join("; ");
}
