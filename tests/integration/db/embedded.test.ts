import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { IN_MEMORY, startEmbeddedPostgres } from "@/lib/db/embedded";
import { acquireDataDirLock, DataDirInUseError, OWNER_LOCK_FILE } from "@/lib/db/embedded-lock";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "embedded-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  if (child.pid === undefined) throw new Error("could not spawn");
  return child.pid;
}

describe("the data folder lock", () => {
  it("refuses a second owner while the first lives, naming its pid", async () => {
    const dataDir = path.join(root, "db");
    const first = await acquireDataDirLock(dataDir);

    const second = await acquireDataDirLock(dataDir).catch((e: unknown) => e);

    expect(second).toBeInstanceOf(DataDirInUseError);
    expect((second as Error).message).toContain(
      `is in use by process ${process.pid}; stop it first`,
    );
    await first.release();
  });

  it("refuses a folder locked by another live process", async () => {
    const dataDir = path.join(root, "db");
    await mkdir(dataDir, { recursive: true });
    await writeFile(path.join(dataDir, OWNER_LOCK_FILE), `${process.ppid}\n`);

    await expect(acquireDataDirLock(dataDir)).rejects.toThrow(
      `is in use by process ${process.ppid}; stop it first`,
    );
  });

  it("takes over a stale lock whose process is gone", async () => {
    const dataDir = path.join(root, "db");
    await mkdir(dataDir, { recursive: true });
    const lockPath = path.join(dataDir, OWNER_LOCK_FILE);
    await writeFile(lockPath, `${deadPid()}\n`);

    const lock = await acquireDataDirLock(dataDir);

    expect((await readFile(lockPath, "utf8")).trim()).toBe(String(process.pid));
    await lock.release();
    expect(existsSync(lockPath)).toBe(false);
  });
});

/** Starts embedded-owner.ts in a child process and resolves once it owns `dataDir`. */
async function startOwnerProcess(dataDir: string): Promise<ChildProcess> {
  const script = path.resolve("tests/integration/helpers/embedded-owner.ts");
  const child = spawn(process.execPath, ["--import", "tsx", script, dataDir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`owner process exited early (${code})`)));
  });
  return child;
}

describe("startEmbeddedPostgres", () => {
  it("refuses a folder another process serves, then takes it over with its data after a crash", async () => {
    const dataDir = path.join(root, "pglite");
    const owner = await startOwnerProcess(dataDir);
    try {
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(
        `is in use by process ${owner.pid}; stop it first`,
      );
    } finally {
      const exited = new Promise((resolve) => owner.once("exit", resolve));
      owner.kill("SIGKILL");
      await exited;
    }

    const embedded = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await sql(embedded.url, "SELECT note FROM crash_probe")).toEqual([
        { note: "written" },
      ]);
      expect((await readFile(path.join(dataDir, OWNER_LOCK_FILE), "utf8")).trim()).toBe(
        String(process.pid),
      );
    } finally {
      await embedded.stop();
    }
  });

  it("keeps data across stop and start, and frees the folder on stop", async () => {
    const dataDir = path.join(root, "pglite");
    const first = await startEmbeddedPostgres({ dataDir });
    await sql(first.url, "CREATE TABLE notes (body text); INSERT INTO notes VALUES ('kept')");
    await first.stop();
    await first.stop(); // idempotent
    expect(existsSync(path.join(dataDir, OWNER_LOCK_FILE))).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await sql(second.url, "SELECT body FROM notes")).toEqual([{ body: "kept" }]);
    } finally {
      await second.stop();
    }
  });

  it("refuses to open a folder this process already serves, and leaves the owner working", async () => {
    const dataDir = path.join(root, "pglite");
    const owner = await startEmbeddedPostgres({ dataDir });
    try {
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(
        `is in use by process ${process.pid}; stop it first`,
      );
      expect(await sql(owner.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await owner.stop();
    }
  });

  it("serves on the port asked for", async () => {
    const probe = await startEmbeddedPostgres({ dataDir: IN_MEMORY });
    const port = probe.port;
    await probe.stop();

    const embedded = await startEmbeddedPostgres({ dataDir: IN_MEMORY, port });
    try {
      expect(embedded.url).toBe(`postgresql://postgres:postgres@127.0.0.1:${port}/postgres`);
      expect(await sql(embedded.url, "SELECT 2 AS two")).toEqual([{ two: 2 }]);
    } finally {
      await embedded.stop();
    }
  });
});
