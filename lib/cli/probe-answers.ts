/**
 * `npm run probe:answers -- --base http://localhost:3000[,http://localhost:3001] [--seconds 20]
 * [--clients 8] [--fault "shell command"]`: a durability probe from outside, against running app
 * instances on DATABASE_URL's database. It creates its own students (probe-N@example.test), then:
 *
 * 1. duplicates — 50 concurrent posts of one answer id: the log must hold it once;
 * 2. load — `clients` loops answer flashcards on random questions across the instances for
 *    `seconds`, resending an answer (same id) while the reply is not a 2xx, as the browser's outbox
 *    does; `--fault` runs a shell command a few seconds in (e.g. a database restart or a kill -9);
 * 3. it then counts, in the database, the answers acknowledged (a 2xx came back) that are missing
 *    (lost), and answer ids stored more than once (duplicated).
 *
 * Prints sent / acknowledged / found figures; exits 1 when an acknowledged answer is lost.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { contentDir } from "@/lib/content/content-dir";
import { loadCourse } from "@/lib/content/load-course";
import { generateQuestionBank } from "@/lib/questions";
import { QUESTION_BANK_SEED } from "@/lib/questions/bank-seed";
import { createProbeStudents, signInCookie } from "./probe/accounts";

const COURSE = "azerbaijan-kazakhstan";

const { values: flags } = parseArgs({
  options: {
    base: { type: "string", default: "http://localhost:3000" },
    seconds: { type: "string", default: "20" },
    clients: { type: "string", default: "8" },
    fault: { type: "string" },
    "fault-after": { type: "string", default: "4" },
  },
});

const bases = (flags.base ?? "").split(",").filter(Boolean);
const seconds = Number(flags.seconds);
const clients = Number(flags.clients);

interface Tally {
  sent: number;
  acknowledged: Set<string>;
  statuses: Map<string, number>;
  /** Answers that met a 500 at least once: a client treating 500 as final would have dropped them. */
  met500: Set<string>;
}

async function post(base: string, cookie: string, body: object): Promise<number | string> {
  try {
    const response = await fetch(`${base}/api/study/answers`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    return (error as Error).name === "TimeoutError" ? "timeout" : "network";
  }
}

function count(tally: Tally, status: number | string): void {
  const key = String(status);
  tally.statuses.set(key, (tally.statuses.get(key) ?? 0) + 1);
}

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("set DATABASE_URL to the database the app instances use");
  const course = loadCourse(path.join(contentDir(), COURSE), { verifyQuotes: false });
  const questionIds = generateQuestionBank(course, { seed: QUESTION_BANK_SEED }).map((q) => q.id);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const emails = await createProbeStudents(db, clients + 1);
    const cookies = await Promise.all(
      emails.map((email, i) => signInCookie(bases[i % bases.length] ?? "", email)),
    );
    const answer = (questionId: string) => ({
      answerId: randomUUID(),
      courseId: COURSE,
      deckId: "all",
      questionId,
      mode: "flashcard",
      rating: "Good",
      responseMs: 1500,
      answeredAt: new Date().toISOString(),
    });

    // 1. duplicates
    const duplicate = answer(questionIds[0] ?? "");
    const dupStatuses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post(bases[i % bases.length] ?? "", cookies[clients] ?? "", duplicate),
      ),
    );
    const dupRows = await db.query("SELECT count(*)::int AS n FROM reviews WHERE answer_id = $1", [
      duplicate.answerId,
    ]);
    await db.end();
    console.log(
      `duplicates: 50 concurrent posts of one answer → statuses ${JSON.stringify(
        Object.fromEntries(
          [...new Set(dupStatuses)].map((s) => [s, dupStatuses.filter((x) => x === s).length]),
        ),
      )}, rows stored: ${dupRows.rows[0].n}`,
    );

    // 2. load with an optional fault
    const tally: Tally = {
      sent: 0,
      acknowledged: new Set(),
      statuses: new Map(),
      met500: new Set(),
    };
    const sentIds = new Set<string>();
    const deadline = Date.now() + seconds * 1000;
    let faultRan = false;
    const fault = flags.fault
      ? new Promise<void>((resolve) => {
          setTimeout(() => {
            console.log(`fault: ${flags.fault}`);
            // Asynchronously: the clients keep answering while the fault runs.
            const child = spawn("/bin/bash", ["-c", flags.fault ?? ""], { stdio: "inherit" });
            child.on("exit", (code) => {
              if (code !== 0) console.log(`fault command exited with ${code}`);
              faultRan = true;
              resolve();
            });
          }, Number(flags["fault-after"]) * 1000);
        })
      : Promise.resolve();
    const loops = Array.from({ length: clients }, async (_, c) => {
      let n = 0;
      while (Date.now() < deadline || (flags.fault && !faultRan)) {
        const body = answer(questionIds[(c * 97 + n++ * 13) % questionIds.length] ?? "");
        sentIds.add(body.answerId);
        // Like the outbox: resend the same answer until a 2xx (or a final 4xx), up to 60 s.
        const giveUp = Date.now() + 60_000;
        for (let attempt = 0; Date.now() < giveUp; attempt++) {
          const base = bases[(c + attempt) % bases.length] ?? "";
          tally.sent += 1;
          const status = await post(base, cookies[c] ?? "", body);
          count(tally, status);
          if (status === 500) tally.met500.add(body.answerId);
          if (typeof status === "number" && status >= 200 && status < 300) {
            tally.acknowledged.add(body.answerId);
            break;
          }
          if (typeof status === "number" && status >= 400 && status < 500 && status !== 429) break;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    });
    await Promise.all([...loops, fault]);

    // The fault may have restarted the database: verify on a fresh connection.
    const ids = [...sentIds];
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const found = await check.query<{ answer_id: string; n: number }>(
      "SELECT answer_id, count(*)::int AS n FROM reviews WHERE answer_id = ANY($1) GROUP BY answer_id",
      [ids],
    );
    await check.end();
    const stored = new Map(found.rows.map((r) => [r.answer_id, r.n]));
    const lost = [...tally.acknowledged].filter((id) => !stored.has(id));
    const duplicated = [...stored.values()].filter((n) => n > 1).length;
    console.log(
      `load: ${clients} clients × ${seconds} s over ${bases.length} instance(s): ` +
        `${ids.length} answers, ${tally.sent} requests sent, ${tally.acknowledged.size} acknowledged, ` +
        `${stored.size} found in the log, ${lost.length} acknowledged but lost, ${duplicated} duplicated; ` +
        `replies ${JSON.stringify(Object.fromEntries(tally.statuses))}; ` +
        `${tally.met500.size} answers met a 500 (dropped by a client that treats 500 as final)`,
    );
    return lost.length === 0 && duplicated === 0 && dupRows.rows[0].n === 1 ? 0 : 1;
  } finally {
    await db.end().catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
