import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { DEFAULT_MIGRATIONS_DIR, readMigrationsList } from "@/lib/db/migrations-dir";
import { servePGlite } from "@/lib/db/pglite-server";

export type TestBackend = "postgres" | "embedded";

export type EmptyTestDatabase = {
  url: string;
  backend: TestBackend;
  /** Drops the database (server) or closes the in-memory PGlite (embedded). Idempotent. */
  drop(): Promise<void>;
};

export type TestDatabase = EmptyTestDatabase & { prisma: PrismaClient };

/** The server tests run against: TEST_DATABASE_URL, else DATABASE_URL, else none (embedded). */
export function testServerUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.TEST_DATABASE_URL || env.DATABASE_URL || undefined;
}

export function testBackend(): TestBackend {
  return testServerUrl() === undefined ? "embedded" : "postgres";
}

/**
 * A fresh database with no tables: a uniquely named database on the test server, or an in-memory
 * PGlite served over the PostgreSQL protocol on 127.0.0.1.
 */
export async function createEmptyTestDatabase(): Promise<EmptyTestDatabase> {
  const serverUrl = testServerUrl();
  return serverUrl === undefined
    ? startEmbedded(await cachedSnapshot("empty", async () => {}))
    : createServerDatabase(serverUrl);
}

/**
 * A fresh database with every migration of `migrationsDir` applied, and a Prisma client on it.
 * Make one per test file (beforeAll) and `drop()` it in afterAll.
 */
export async function createTestDatabase(
  options: { migrationsDir?: string } = {},
): Promise<TestDatabase> {
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const serverUrl = testServerUrl();
  const database =
    serverUrl === undefined
      ? await startEmbedded(await migratedSnapshot(migrationsDir))
      : await createServerDatabase(serverUrl);
  try {
    if (serverUrl !== undefined)
      await applyMigrations({ connectionString: database.url, migrationsDir });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const prisma = createPrismaClient(database.url);
  let dropped: Promise<void> | undefined;
  return {
    ...database,
    prisma,
    drop() {
      dropped ??= prisma.$disconnect().finally(() => database.drop());
      return dropped;
    },
  };
}

async function createServerDatabase(serverUrl: string): Promise<EmptyTestDatabase> {
  const name = `test_${process.pid}_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped: Promise<void> | undefined;
  return {
    url: url.toString(),
    backend: "postgres",
    drop() {
      dropped ??= (async () => {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        try {
          await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await client.end();
        }
      })();
      return dropped;
    },
  };
}

async function startEmbedded(snapshot: Blob | undefined): Promise<EmptyTestDatabase> {
  return (await startServedPGlite(snapshot)).database;
}

async function startServedPGlite(
  snapshot: Blob | undefined,
): Promise<{ db: PGlite; database: EmptyTestDatabase; stopServer(): Promise<void> }> {
  const db = await PGlite.create(snapshot === undefined ? {} : { loadDataDir: snapshot });
  const server = await servePGlite({ db, port: 0 });
  let dropped: Promise<void> | undefined;
  const database: EmptyTestDatabase = {
    url: `postgresql://postgres:postgres@127.0.0.1:${server.port}/postgres`,
    backend: "embedded",
    drop() {
      dropped ??= server.stop().finally(() => db.close());
      return dropped;
    },
  };
  return { db, database, stopServer: server.stop };
}

/** Read from disk: the package's exports map hides its package.json. */
const PGLITE_VERSION: string = (
  JSON.parse(
    readFileSync(
      path.join(
        path.dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite")),
        "../package.json",
      ),
      "utf8",
    ),
  ) as { version: string }
).version;

/**
 * A PGlite data folder with the migrations applied, cached as a tarball in the temp folder and keyed
 * by the migrations' content and PGlite's version: creating a PGlite from scratch (initdb) takes
 * 3–5 s, loading a gzipped snapshot about 1 s.
 */
async function migratedSnapshot(migrationsDir: string): Promise<Blob> {
  const list = await readMigrationsList(migrationsDir);
  const hash = createHash("sha256");
  for (const directory of list.migrationDirectories) {
    hash.update(`\0${directory.path}\0${JSON.stringify(directory.migrationFile.content)}`);
  }
  return cachedSnapshot(`migrated-${hash.digest("hex").slice(0, 16)}`, (url) =>
    applyMigrations({ connectionString: url, migrationsDir }).then(() => {}),
  );
}

/** The data folder of a fresh PGlite after `prepare(url)` ran on it, built once per key. */
async function cachedSnapshot(key: string, prepare: (url: string) => Promise<void>): Promise<Blob> {
  const cachePath = path.join(tmpdir(), `caspian-recall-pglite-${PGLITE_VERSION}-${key}.tar.gz`);
  const cached = await readFile(cachePath).catch(() => undefined);
  if (cached !== undefined) return new Blob([cached]);

  const { db, database, stopServer } = await startServedPGlite(undefined);
  try {
    await prepare(database.url);
    await stopServer();
    const snapshot = await db.dumpDataDir("gzip");
    // Write then rename, so a test file running in parallel never reads half a tarball.
    const partial = `${cachePath}.${process.pid}.${randomUUID()}`;
    await writeFile(partial, Buffer.from(await snapshot.arrayBuffer()));
    await rename(partial, cachePath);
    return snapshot;
  } finally {
    await database.drop();
  }
}
