/**
 * `npm run bench -- [--quick] [--skip-lighthouse] [--out bench-results/bench.json] [--port N]
 * [--baseline-port N]`: measures the app and prints one table (figure | ours | baseline | ratio |
 * target | met?), also written as JSON. On DATABASE_URL's server (scratch databases beside it) or,
 * without DATABASE_URL, on embedded PGlite folders; see lib/cli/bench/*.ts and the README.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { contentDir } from "@/lib/content/content-dir";
import { loadCourse } from "@/lib/content/load-course";
import type { Course } from "@/lib/content/types";
import { generateQuestionBank } from "@/lib/questions";
import { QUESTION_BANK_SEED } from "@/lib/questions/bank-seed";
import type { Question } from "@/lib/questions/types";
import { BENCH_COURSE, benchStudent, signInAs } from "./bench/client";
import {
  type BenchDatabase,
  benchBackend,
  benchDatabaseSpecs,
  openBenchDatabase,
  resetLoadAnswers,
} from "./bench/databases";
import { type LoadStudent, runWrk, type WrkResult, writeLoadScripts } from "./bench/load";
import { firstLoadJs, lighthouseScores, pageServerTime } from "./bench/pages";
import { type BankTiming, type BenchResults, benchRows, markdownTable } from "./bench/report";
import { seededReviewsPerUser } from "./bench/seed";
import {
  freePort,
  type RunningServer,
  startApp,
  startBaseline,
  timeDueQueue,
} from "./bench/servers";
import { recordCount, syntheticCourse } from "./bench/synthetic-course";

const { values: flags } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    "skip-lighthouse": { type: "boolean", default: false },
    out: { type: "string", default: "bench-results/bench.json" },
    port: { type: "string" },
    "baseline-port": { type: "string" },
  },
});

/** Full run (under 10 minutes once seeded) or a smoke run (`--quick`). */
const plan = flags.quick
  ? { loadSeconds: 3, warmUpSeconds: 1, dueQueueRuns: 10, pageRuns: 5, syntheticTimes: 10 }
  : { loadSeconds: 10, warmUpSeconds: 3, dueQueueRuns: 50, pageRuns: 20, syntheticTimes: 100 };
const CONNECTIONS = [4, 50, 200];
/** Signed-in students the load is spread over (each request from a random one). */
const LOAD_STUDENTS = 50;
const PAGES = {
  home: "/home",
  deck: `/courses/${BENCH_COURSE}`,
  study: `/study/${BENCH_COURSE}/all`,
  stats: `/stats/${BENCH_COURSE}`,
  signIn: "/sign-in",
};

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

function timeBank(course: Course): { timing: BankTiming; questions: Question[] } {
  const started = performance.now();
  const questions = generateQuestionBank(course, { seed: QUESTION_BANK_SEED });
  const ms = performance.now() - started;
  return { timing: { records: recordCount(course), questions: questions.length, ms }, questions };
}

async function signInStudents(base: string): Promise<LoadStudent[]> {
  const students: LoadStudent[] = [];
  // A few at a time: each sign-in is a bcrypt check on the server.
  for (let first = 1; first <= LOAD_STUDENTS; first += 5) {
    const batch = Array.from({ length: Math.min(5, LOAD_STUDENTS - first + 1) }, (_, i) =>
      benchStudent(first + i),
    );
    const cookies = await Promise.all(batch.map((s) => signInAs(base, s.email)));
    students.push(...batch.map((s, i) => ({ id: s.id, cookie: cookies[i] ?? "" })));
  }
  return students;
}

async function measureLoad(
  servers: { ours: RunningServer; baseline: RunningServer },
  scripts: { answers: string; next: string },
  reset: () => Promise<void>,
): Promise<BenchResults["load"]> {
  const load: BenchResults["load"] = {
    answers: { ours: [], baseline: [] },
    next: { ours: [], baseline: [] },
  };
  for (const endpoint of ["answers", "next"] as const) {
    for (const side of ["ours", "baseline"] as const) {
      await runWrk(servers[side].url, scripts[endpoint], 4, plan.warmUpSeconds); // JIT, caches
    }
    for (const connections of CONNECTIONS) {
      for (const side of ["ours", "baseline"] as const) {
        await reset();
        const result: WrkResult = await runWrk(
          servers[side].url,
          scripts[endpoint],
          connections,
          plan.loadSeconds,
        );
        log(
          `  ${endpoint} ${side} ×${connections}: ${result.perSecond.toFixed(0)}/s, p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms${result.errors ? `, ${result.errors} errors` : ""}`,
        );
        load[endpoint][side].push(result);
      }
    }
  }
  await reset();
  return load;
}

async function main(): Promise<void> {
  const backend = benchBackend(process.env);
  const outDir = path.dirname(path.resolve(flags.out));
  mkdirSync(outDir, { recursive: true });
  const logs = { app: path.join(outDir, "app.log"), baseline: path.join(outDir, "baseline.log") };
  writeFileSync(logs.app, "");
  writeFileSync(logs.baseline, "");
  const loadAtStart = loadavg()[0] ?? 0;
  log(
    `database: ${backend === "postgres" ? "PostgreSQL server (DATABASE_URL)" : "embedded PGlite"}`,
  );

  const dueQueue: BenchResults["dueQueue"] = [];
  const servers: RunningServer[] = [];
  let large: BenchDatabase | undefined;
  try {
    const specs = benchDatabaseSpecs(backend);
    for (const [i, spec] of specs.entries()) {
      const database = await openBenchDatabase(spec, process.env, log);
      const userId = benchStudent(spec.size.users).id;
      const timing = await timeDueQueue({
        databaseUrl: database.url,
        userId,
        runs: plan.dueQueueRuns,
      });
      log(`due queue (${spec.label} reviews, ${userId}): p50 ${timing.p50Ms.toFixed(1)} ms`);
      dueQueue.push({
        label: spec.label,
        reviews: spec.size.users * seededReviewsPerUser(spec.size),
        timing,
      });
      if (i === specs.length - 1) large = database;
      else await database.stop();
    }
    if (!large) throw new Error("no database to run the app on");
    const loadDatabase = large;

    log("question bank generation…");
    const course = loadCourse(path.join(contentDir(), BENCH_COURSE), { verifyQuotes: false });
    timeBank(course); // warm-up
    const { timing: courseTiming, questions } = timeBank(course);
    const synthetic = {
      ...timeBank(syntheticCourse(course, plan.syntheticTimes)).timing,
      times: plan.syntheticTimes,
    };

    const appPort = Number(flags.port ?? (await freePort()));
    const baselinePort = Number(flags["baseline-port"] ?? (await freePort()));
    log(`starting the app with npm start on ${appPort} (builds first if needed; ${logs.app})…`);
    const app = await startApp({
      port: appPort,
      databaseUrl: large.url,
      authSecret: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64"),
      logFile: logs.app,
    });
    servers.push(app);
    const baseline = await startBaseline({
      port: baselinePort,
      databaseUrl: large.url,
      logFile: logs.baseline,
    });
    servers.push(baseline);

    log(`signing in ${LOAD_STUDENTS} bench students…`);
    const students = await signInStudents(app.url);
    const cookie = students[0]?.cookie ?? "";
    const reset = () =>
      resetLoadAnswers(
        loadDatabase.url,
        students.map((s) => s.id),
      );
    await reset();

    log("pages: first-load JS, server time…");
    const firstLoad: BenchResults["firstLoadJs"] = [];
    for (const name of ["home", "deck", "study"] as const) {
      firstLoad.push({
        name,
        page: PAGES[name],
        ...(await firstLoadJs(app.url, PAGES[name], cookie)),
      });
    }
    const serverTimes: BenchResults["pageServerTime"] = [];
    for (const name of ["home", "stats"] as const) {
      const time = await pageServerTime(app.url, PAGES[name], cookie, plan.pageRuns);
      serverTimes.push({ name, page: PAGES[name], ...time });
    }
    let lighthouse: BenchResults["lighthouse"] = null;
    if (!flags["skip-lighthouse"]) {
      log("Lighthouse (mobile)…");
      const pages = [
        { name: "sign-in", page: PAGES.signIn, cookie: undefined },
        { name: "home", page: PAGES.home, cookie },
        { name: "study", page: PAGES.study, cookie },
      ];
      const scores = await lighthouseScores(
        pages.map((p) => ({ ...p, url: `${app.url}${p.page}` })),
      );
      lighthouse = scores.map(({ name, page, performance, accessibility, bestPractices }) => ({
        name,
        page,
        performance,
        accessibility,
        bestPractices,
      }));
    }

    log(`load: wrk ${plan.loadSeconds} s per run, ${LOAD_STUDENTS} students…`);
    const scripts = writeLoadScripts(
      mkdtempSync(path.join(tmpdir(), "caspian-bench-")),
      students,
      questions.flatMap((q) =>
        q.type === "multiple-choice" ? [{ id: q.id, optionIds: q.options.map((o) => o.id) }] : [],
      ),
    );
    const load = await measureLoad({ ours: app, baseline }, scripts, reset);

    const results: BenchResults = {
      startedAt: new Date().toISOString(),
      command: [
        "npm run bench",
        ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : []),
      ].join(" "),
      backend,
      quick: flags.quick,
      load,
      loadDatabase: large.label,
      dueQueue,
      bankGeneration: { course: courseTiming, synthetic },
      firstLoadJs: firstLoad,
      pageServerTime: serverTimes,
      lighthouse,
      loadAverage: loadavg()[0] ?? 0,
    };
    const rows = benchRows(results);
    writeFileSync(path.resolve(flags.out), `${JSON.stringify({ results, rows }, null, 2)}\n`);
    console.log(
      `\nLoad on the ${large.label}-review database (${LOAD_STUDENTS} signed-in students); ` +
        `baseline: node:http + pg, student named by a header (no JWT). Machine load average ` +
        `(1 min) ${loadAtStart.toFixed(1)} at the start, ${results.loadAverage.toFixed(1)} at the end.` +
        `${flags.quick ? " QUICK RUN: short durations." : ""}\n`,
    );
    console.log(markdownTable(rows));
    console.log(`\nwritten to ${flags.out}`);
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await large?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench] failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
