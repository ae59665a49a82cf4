import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OWNER_LOCK_FILE } from "@/lib/db/embedded-lock";

// Real processes, killed for real: the supervisor (it owns the embedded database, as npm start does)
// and its child app server. No mocks, no fixed sleeps: every wait polls for a state with a deadline.

const fixture = path.resolve("tests/integration/helpers/supervised-start.ts");
let root: string;
const started = new Set<number>();

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "supervisor-"));
});
afterEach(async () => {
  for (const pid of started) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  started.clear();
  await rm(root, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

/** Starts the supervisor and resolves once its child listens, with both pids. */
function startSupervised(dataDir: string, port: number) {
  const parent: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", fixture, dataDir, String(port)],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  if (parent.pid) started.add(parent.pid);
  let output = "";
  const ready = new Promise<{ parentPid: number; childPid: number }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready (\d+) (\d+)/.exec(output);
      if (match) {
        const childPid = Number(match[2]);
        started.add(childPid);
        resolve({ parentPid: Number(match[1]), childPid });
      }
    };
    parent.stdout?.on("data", onData);
    parent.stderr?.on("data", onData);
    parent.once("exit", (code) => reject(new Error(`supervisor exited (${code}): ${output}`)));
  });
  const exited = new Promise<void>((resolve) => parent.once("exit", () => resolve()));
  return { ready, exited };
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.connect(port, "127.0.0.1");
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`still waiting after ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the start supervisor and its app server", () => {
  it("kill -9 of the process owning the embedded database takes the app server down; a new start works", async () => {
    const dataDir = path.join(root, "pglite");
    const port = await freePort();
    const first = startSupervised(dataDir, port);
    const { parentPid, childPid } = await first.ready;
    expect(await portAnswers(port)).toBe(true);

    process.kill(parentPid, "SIGKILL");
    await waitFor("the orphaned app server to exit", () => !isAlive(childPid));
    await waitFor("the port to be free", async () => !(await portAnswers(port)));

    // The stale lock of the killed owner is taken over; the port is free for the new child.
    const second = startSupervised(dataDir, port);
    await second.ready;
    expect(await portAnswers(port)).toBe(true);
  }, 60_000);

  it("kill -9 of the app server stops the database owner and frees the folder", async () => {
    const dataDir = path.join(root, "pglite");
    const port = await freePort();
    const first = startSupervised(dataDir, port);
    const { childPid } = await first.ready;
    expect(existsSync(path.join(dataDir, OWNER_LOCK_FILE))).toBe(true);

    process.kill(childPid, "SIGKILL");
    await first.exited;
    expect(existsSync(path.join(dataDir, OWNER_LOCK_FILE))).toBe(false);
  }, 60_000);
});
