/**
 * `npm start` / `npm run dev`: the one way the app starts.
 * Resolves the database (DATABASE_URL, or the embedded PGlite folder this process then owns), applies
 * migrations and the courses' question-id successor files, checks the course content, creates the
 * demo accounts in demo mode (the embedded database, or `--demo` / DEMO=1), builds if the build is stale, then runs Next.js as a child process and stops
 * everything cleanly when it ends.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { contentDir } from "@/lib/content/content-dir";
import { CourseValidationError } from "@/lib/content/issues";
import { checkCourse, listCourses } from "@/lib/content/load-course";
import { createPrismaClient } from "@/lib/db/client";
import { ConfigError } from "@/lib/db/config";
import { DataDirInUseError } from "@/lib/db/embedded-lock";
import { MigrationError } from "@/lib/db/migrate";
import { prepareAppData } from "@/lib/db/prepare-app-data";
import { readSuccessorFiles, SuccessorFileError } from "@/lib/db/question-successors";
import { startDatabase } from "@/lib/db/start";
import { AUTH_SECRET_HELP, ConfigurationError, readStartEnv } from "@/lib/server/env";
import { DEMO_ACCOUNTS } from "@/prisma/seed";
import { buildIsCurrent, recordBuild } from "./build-fingerprint";
import { acquireBuildLock } from "./build-lock";
import { superviseNode } from "./supervise";

const root = process.cwd();
const { values: flags } = parseArgs({
  options: { dev: { type: "boolean", default: false }, demo: { type: "boolean", default: false } },
});
const dev = flags.dev;
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

class StartError extends Error {}

function log(message: string): void {
  console.log(`[caspian] ${message}`);
}

/** A per-installation secret for the embedded (local) mode, kept beside its data. */
function localAuthSecret(dataDir: string): string {
  const file = path.join(path.dirname(dataDir), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Fails before anything starts when PORT is taken, rather than after a build with EADDRINUSE. */
async function assertPortFree(port: number): Promise<void> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new StartError(
              `port ${port} is in use: another app, or an \`npm start\` still running, listens ` +
                "there. Stop it, or choose another port with PORT=…",
            )
          : error,
      ),
    );
    server.listen(port, () => server.close(() => resolve()));
  });
}

/**
 * Builds when the build is missing or older than the code. Under the build lock, re-checked once it
 * is ours: a second start launched beside the first waits for its build and then reuses it.
 */
async function buildIfStale(env: NodeJS.ProcessEnv): Promise<void> {
  if (buildIsCurrent(root)) return;
  const lock = await acquireBuildLock({
    root,
    onWait: (pid) => log(`waiting for the build of another start (process ${pid})…`),
  });
  try {
    if (buildIsCurrent(root)) return;
    log("building the app (first start, or the code changed)…");
    const code = await run(["build"], env);
    if (code !== 0) throw new StartError(`next build failed (exit ${code})`);
    recordBuild(root);
  } finally {
    await lock.release();
  }
}

/**
 * Refuses to start on an invalid course, with the same file › record › field message as
 * `content:check`, quotes included (every course carries its source texts).
 */
function checkContent(): void {
  const folders = listCourses(contentDir());
  if (folders.length === 0) throw new StartError(`no course found in ${contentDir()}`);
  for (const dir of folders) {
    const result = checkCourse(dir);
    if (!result.ok) throw new CourseValidationError(path.relative(root, dir), result.issues);
  }
}

async function main(): Promise<number> {
  checkContent();
  const successorFiles = readSuccessorFiles(contentDir());
  // Every variable checked before anything starts, each bad one named.
  const startEnv = readStartEnv(process.env);
  const maintainers = startEnv.courseMaintainers;
  if (maintainers.length > 0) log(`course maintainers: ${maintainers.join(", ")}`);
  const config = startEnv.database;
  await assertPortFree(startEnv.port);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (config.backend === "postgres" && !dev && !startEnv.authSecret)
    throw new StartError(AUTH_SECRET_HELP);
  if (config.backend === "embedded" && !dev) env.AUTH_SECRET ??= localAuthSecret(config.dataDir);

  const database = await startDatabase({ env: process.env });
  const { url } = database;
  log(
    config.backend === "postgres"
      ? `database: PostgreSQL server (${new URL(url).host})`
      : `database: embedded PostgreSQL (PGlite) in ${path.relative(root, config.dataDir)}`,
  );
  log(
    database.applied.length
      ? `applied migrations: ${database.applied.join(", ")}`
      : "migrations: up to date",
  );

  try {
    const prisma = createPrismaClient(url);
    try {
      const demo = await prepareAppData({
        prisma,
        successorFiles,
        log,
        backend: config.backend,
        demo: flags.demo || startEnv.demo,
      });
      if (demo.seed) {
        log(`demo mode: on (${demo.reason}); demo accounts (see README):`);
        for (const a of DEMO_ACCOUNTS) log(`  ${a.role.padEnd(8)} ${a.email} / ${a.password}`);
      } else {
        log(`demo mode: off (${demo.reason})`);
      }
    } finally {
      await prisma.$disconnect();
    }

    const childEnv: NodeJS.ProcessEnv = {
      ...env,
      DATABASE_URL: url,
      CASPIAN_DB_BACKEND: database.backend,
      NODE_ENV: dev ? "development" : "production",
    };
    if (!dev) await buildIfStale(childEnv);
    const port = String(startEnv.port);
    log(`serving on http://localhost:${port}`);
    const child = superviseNode({
      args: [nextBin, dev ? "dev" : "start", "-p", port],
      env: childEnv,
    });
    return await child.exited;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const expected = [
      ConfigError,
      ConfigurationError,
      CourseValidationError,
      DataDirInUseError,
      MigrationError,
      StartError,
      SuccessorFileError,
    ];
    if (error instanceof Error && expected.some((kind) => error instanceof kind)) {
      console.error(`\n[caspian] cannot start: ${error.message}\n`);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
