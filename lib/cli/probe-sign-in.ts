/**
 * `npm run probe:sign-in -- --base http://localhost:3000 --email student@example.com --password …`:
 * a sign-in throttling probe from outside, against a running instance, through Auth.js's own
 * credentials endpoint (as a script would, not through the form):
 *
 * 0. revoke — a probe student signs in and out; the old cookie, replayed, must be refused;
 * 1. race — 40 concurrent wrong guesses at one account: how many were checked (the rest throttled);
 * 2. spray — 40 wrong guesses at one account, each with a new X-Forwarded-For: how many were checked;
 * 3. lockout — 30 wrong sign-ins for random emails from this client with no X-Forwarded-For, then
 *    the real account signs in with its right password, with and without a header: it must get in;
 *
 * "Checked" means the server compared the password (it answered "wrong password"); "throttled" means
 * it refused before comparing. Prints the figures; exits 1 when the real account was locked out or a
 * signed-out cookie still works
 * (without a header: with one, when the app trusts no proxy, the header must change nothing).
 * 1 and 2 aim at fresh students the probe creates in DATABASE_URL's database (the app's), so runs do
 * not disturb each other.
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { createProbeStudents, postCredentials, signInCookie } from "./probe/accounts";

const { values: flags } = parseArgs({
  options: {
    base: { type: "string", default: "http://localhost:3000" },
    email: { type: "string", default: "student@example.com" },
    password: { type: "string", default: "caspian-student-demo" },
    "victim-address": { type: "string", default: "203.0.113.77" },
  },
});
const base = flags.base ?? "";

type Outcome = "signed-in" | "wrong" | "throttled" | `other:${string}`;

async function attempt(email: string, password: string, forwardedFor?: string): Promise<Outcome> {
  const { response } = await postCredentials(
    base,
    email,
    password,
    forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  );
  if (response.status === 429) return "throttled";
  if (response.headers.getSetCookie().some((c) => c.includes("session-token="))) return "signed-in";
  const location = new URL(response.headers.get("location") ?? "/", base);
  const code = location.searchParams.get("code") ?? "";
  if (/throttl|too.?many|rate/i.test(code)) return "throttled";
  if (location.searchParams.get("error") === "CredentialsSignin") return "wrong";
  return `other:${response.status}`;
}

function tally(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1;
  return counts;
}

async function main(): Promise<number> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const [sprayTarget = "", raceTarget = "", revokeTarget = ""] = await createProbeStudents(db, 3);
  await db.end();

  // 0. revoke (first, while this address is not throttled): a signed-out session's cookie, replayed
  const cookie = await signInCookie(base, revokeTarget);
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signOut = await fetch(`${base}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken }),
  });
  await signOut.arrayBuffer();
  const replayGet = await fetch(`${base}/api/study/next?course=probe&deck=probe`, {
    headers: { cookie },
  });
  const replayPage = await fetch(`${base}/home`, { headers: { cookie }, redirect: "manual" });
  console.log(
    `revoke: sign in, sign out (${signOut.status}), replay the old cookie → ` +
      `GET /api/study/next ${replayGet.status} (401 = refused; 404 = accepted, unknown deck), ` +
      `GET /home ${replayPage.status} (redirect = refused)`,
  );

  // 1. race (first: the later steps fill the address's throttle)
  const race = await Promise.all(
    Array.from({ length: 40 }, (_, i) => attempt(raceTarget, `race-guess-${i}`)),
  );
  console.log(`race: 40 concurrent guesses at one account → ${JSON.stringify(tally(race))}`);

  // 2. spray
  const spray: Outcome[] = [];
  for (let i = 0; i < 40; i++) {
    spray.push(await attempt(sprayTarget, `guess-${i}-password`, `198.51.100.${i + 1}`));
  }
  console.log(
    `spray: 40 guesses at one account, a new X-Forwarded-For each → ${JSON.stringify(tally(spray))}`,
  );

  // 3. lockout
  const noise: Outcome[] = [];
  for (let i = 0; i < 30; i++) {
    noise.push(await attempt(`nobody-${randomUUID()}@example.test`, "wrong-password-123"));
  }
  const victim = await attempt(flags.email ?? "", flags.password ?? "", flags["victim-address"]);
  const victimNoHeader = await attempt(flags.email ?? "", flags.password ?? "");
  console.log(
    `lockout: 30 wrong sign-ins for random emails (no X-Forwarded-For) → ${JSON.stringify(tally(noise))}; ` +
      `then ${flags.email} with the right password → ${victim} (X-Forwarded-For ${flags["victim-address"]}), ` +
      `${victimNoHeader} (no header)`,
  );

  return replayGet.status === 401 && victimNoHeader === "signed-in" && victim === "signed-in"
    ? 0
    : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
