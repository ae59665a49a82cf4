import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { acquireDataDirLock, type DataDirLock } from "./embedded-lock";
import { type PGliteServer, servePGlite } from "./pglite-server";

/** PGlite's in-memory database: nothing on disk, so no lock. */
export const IN_MEMORY = "memory://";

export type EmbeddedPostgres = {
  /** A PostgreSQL URL for `pg` / `@prisma/adapter-pg`, on 127.0.0.1. */
  url: string;
  port: number;
  dataDir: string;
  /** Closes the server, then PGlite (flushing it to disk), then releases the folder. Idempotent. */
  stop(): Promise<void>;
};

/**
 * Opens the PGlite folder in this process and serves it over the PostgreSQL protocol, so the app and
 * the CLIs only ever speak PostgreSQL. Exactly one process may own a folder (see embedded-lock.ts).
 * `dataDir` may be IN_MEMORY for a throwaway database; `port` 0 or omitted picks a free port.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
}): Promise<EmbeddedPostgres> {
  const inMemory = options.dataDir === IN_MEMORY;
  const dataDir = inMemory ? IN_MEMORY : path.resolve(options.dataDir);
  const lock: DataDirLock | undefined = inMemory ? undefined : await acquireDataDirLock(dataDir);
  let db: PGlite | undefined;
  let server: PGliteServer | undefined;
  try {
    db = await PGlite.create(inMemory ? undefined : dataDir);
    server = await servePGlite({ db, port: options.port ?? 0 });
  } catch (error) {
    await db?.close().catch(() => {});
    await lock?.release();
    throw error;
  }
  const openDb = db;
  const openServer = server;
  let stopped: Promise<void> | undefined;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${openServer.port}/postgres`,
    port: openServer.port,
    dataDir,
    stop() {
      stopped ??= (async () => {
        try {
          await openServer.stop();
          await openDb.close();
        } finally {
          await lock?.release();
        }
      })();
      return stopped;
    },
  };
}
