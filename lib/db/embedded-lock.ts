import { mkdir, open, readFile, unlink } from "node:fs/promises";
import path from "node:path";

/** Lives inside the PGlite folder; PostgreSQL ignores files it does not know. */
export const OWNER_LOCK_FILE = "owner.lock";

/** Another live process owns the embedded database folder. */
export class DataDirInUseError extends Error {
  override readonly name = "DataDirInUseError";
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database folder ${dataDir} is in use by process ${ownerPid}; stop it first ` +
        "(only one process may open it: a second one can destroy the database).",
    );
  }
}

export type DataDirLock = {
  /** Removes the lock file if it is still ours. */
  release(): Promise<void>;
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readOwnerPid(lockPath: string): Promise<number | undefined> {
  const text = await readFile(lockPath, "utf8").catch(() => "");
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Makes this process the only holder of the lock file `lockPath`: creates it holding our pid,
 * atomically. A lock whose process is gone (or that holds no pid) is stale and taken over.
 * @returns the lock, or the pid of the live process holding it (this one included).
 */
export async function tryPidLock(
  lockPath: string,
): Promise<{ lock: DataDirLock } | { ownerPid: number }> {
  await mkdir(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(lockPath, "wx");
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      const release = async () => {
        if ((await readOwnerPid(lockPath)) === process.pid) await unlink(lockPath).catch(() => {});
      };
      return { lock: { release } };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const ownerPid = await readOwnerPid(lockPath);
    if (ownerPid !== undefined && isAlive(ownerPid)) return { ownerPid };
    // Stale: its owner died without cleaning up. Remove it and race for it again.
    await unlink(lockPath).catch(() => {});
  }
  throw new Error(`Could not take the lock ${lockPath}: it keeps changing hands.`);
}

/**
 * Makes this process the only owner of `dataDir` (see tryPidLock, with `owner.lock` inside it).
 * @throws DataDirInUseError when a live process, this one included, holds it.
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const result = await tryPidLock(path.join(dataDir, OWNER_LOCK_FILE));
  if ("ownerPid" in result) throw new DataDirInUseError(dataDir, result.ownerPid);
  return result.lock;
}
