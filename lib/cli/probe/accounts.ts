/** Accounts and sign-in for the probes (`probe:answers`, `probe:sign-in`), straight on the database. */
import bcrypt from "bcryptjs";
import type pg from "pg";

export const PROBE_PASSWORD = "probe-password-caspian-2026";

/** Creates `count` verified students `probe-<stamp>-<i>@example.test`; returns their emails. */
export async function createProbeStudents(client: pg.Client, count: number): Promise<string[]> {
  const hash = await bcrypt.hash(PROBE_PASSWORD, 10);
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const emails: string[] = [];
  for (let i = 0; i < count; i++) {
    const email = `probe-${stamp}-${i}@example.test`;
    await client.query(
      `INSERT INTO users (id, email, name, role, password_hash, email_verified_at, updated_at)
       VALUES ($1, $2, $3, 'student', $4, now(), now())`,
      [`probe-${stamp}-${i}`, email, `Probe ${i}`, hash],
    );
    emails.push(email);
  }
  return emails;
}

/** One sign-in through Auth.js's credentials endpoint, as a script would; the raw reply and cookies. */
export async function postCredentials(
  base: string,
  email: string,
  password: string,
  extraHeaders: Record<string, string> = {},
): Promise<{ response: Response; jar: string[] }> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: extraHeaders });
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      ...extraHeaders,
      "content-type": "application/x-www-form-urlencoded",
      cookie: jar.join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
  });
  await response.arrayBuffer();
  return { response, jar };
}

/** Signs in; returns the cookie header of the session. */
export async function signInCookie(base: string, email: string): Promise<string> {
  const { response, jar } = await postCredentials(base, email, PROBE_PASSWORD);
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`could not sign in as ${email} on ${base}`);
  return [...jar, session.split(";")[0]].join("; ");
}
