/**
 * The processes `npm run bench` runs: the app through `npm start` (which builds first when the code
 * changed), the baseline server, and the due-queue timing. Servers run in their own process group,
 * so stopping one stops its children (npm → start.ts → next start) and nothing else.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { openSync } from "node:fs";
import { createServer } from "node:net";

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** A port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return resolve();
    const pid = child.pid;
    const force = setTimeout(() => process.kill(-pid, "SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    process.kill(-pid, "SIGTERM");
  });
}

/** Polls `url` until it answers 200, failing early when the process ends. */
async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`);
}

function startServer(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; logFile: string; readyUrl: string; timeoutMs: number },
  what: string,
): Promise<RunningServer> {
  const log = openSync(options.logFile, "a");
  const child = spawn(command, args, {
    env: options.env,
    stdio: ["ignore", log, log],
    detached: true,
  });
  const stop = () => stopGroup(child);
  return waitUntilUp(options.readyUrl, child, options.timeoutMs, what).then(
    () => ({ url: new URL(options.readyUrl).origin, stop }),
    async (error: unknown) => {
      await stop();
      throw new Error(`${error instanceof Error ? error.message : error} (see ${options.logFile})`);
    },
  );
}

/** `npm start` on `port`: the production build, built first when missing or stale. */
export function startApp(options: {
  port: number;
  databaseUrl: string;
  authSecret: string;
  logFile: string;
}): Promise<RunningServer> {
  return startServer(
    "npm",
    ["start"],
    {
      env: {
        ...process.env,
        PORT: String(options.port),
        DATABASE_URL: options.databaseUrl,
        AUTH_SECRET: options.authSecret,
        // The load comes from one address and a few students: lift the API rate limit so the bench
        // measures the answer path (the limiter's upserts included), not 429s.
        RATE_LIMIT_API_PER_MINUTE: process.env.RATE_LIMIT_API_PER_MINUTE ?? "10000000",
      },
      logFile: options.logFile,
      readyUrl: `http://127.0.0.1:${options.port}/api/health`,
      timeoutMs: 15 * 60_000, // a build takes minutes on two cores
    },
    "npm start",
  );
}

const tsx = (file: string, ...nodeFlags: string[]) => [...nodeFlags, "--import", "tsx", file];

export function startBaseline(options: {
  port: number;
  databaseUrl: string;
  logFile: string;
}): Promise<RunningServer> {
  return startServer(
    process.execPath,
    tsx("lib/cli/bench/baseline-server.ts"),
    {
      env: { ...process.env, PORT: String(options.port), DATABASE_URL: options.databaseUrl },
      logFile: options.logFile,
      readyUrl: `http://127.0.0.1:${options.port}/health`,
      timeoutMs: 60_000,
    },
    "the baseline server",
  );
}

export interface DueQueueTiming {
  p50Ms: number;
  p95Ms: number;
  cards: number;
}

/** Runs lib/cli/bench/due-queue-timing.ts against one database. */
export function timeDueQueue(options: {
  databaseUrl: string;
  userId: string;
  runs: number;
}): Promise<DueQueueTiming> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        ...tsx("lib/cli/bench/due-queue-timing.ts", "--conditions=react-server"),
        options.userId,
        String(options.runs),
      ],
      {
        env: { ...process.env, DATABASE_URL: options.databaseUrl },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out) as DueQueueTiming)
        : reject(new Error(`due-queue timing exited with code ${code}`)),
    );
  });
}
