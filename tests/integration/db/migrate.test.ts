import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  applyMigrations,
  getMigrationStatus,
  MigrationError,
  markMigrationRolledBack,
} from "@/lib/db/migrate";
import { listMigrationNames } from "@/lib/db/migrations-dir";
import { createEmptyTestDatabase, type EmptyTestDatabase, testBackend } from "../helpers/test-db";

const repoMigrations = path.resolve("prisma/migrations");

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

type MigrationRow = { migration_name: string; finished: boolean; rolled_back: boolean };
const migrationRows = (url: string) =>
  query<MigrationRow>(
    url,
    `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
       FROM _prisma_migrations ORDER BY started_at, migration_name`,
  );

const tableExists = async (url: string, table: string) =>
  (await query<{ found: boolean }>(url, `SELECT to_regclass('${table}') IS NOT NULL AS found`))[0]
    ?.found;

let database: EmptyTestDatabase;
const tempDirs: string[] = [];

async function migrationsDir(scripts: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  tempDirs.push(dir);
  for (const [name, sql] of Object.entries(scripts)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

beforeEach(async () => {
  database = await createEmptyTestDatabase();
});
afterEach(async () => {
  await database.drop();
});
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe(`applyMigrations (${testBackend()})`, () => {
  it("applies the repository's migrations and records them as finished in _prisma_migrations", async () => {
    const names = await listMigrationNames(repoMigrations);
    expect(names.length).toBeGreaterThan(0);

    const applied = await applyMigrations({
      connectionString: database.url,
      migrationsDir: repoMigrations,
    });

    expect(applied).toEqual(names);
    expect(await migrationRows(database.url)).toEqual(
      names.map((migration_name) => ({ migration_name, finished: true, rolled_back: false })),
    );
    expect(await tableExists(database.url, "users")).toBe(true);
    expect(await tableExists(database.url, "rate_limits")).toBe(true);
    expect(await tableExists(database.url, "sign_in_attempts")).toBe(false);
  });

  it("is a no-op when run again", async () => {
    await applyMigrations({ connectionString: database.url, migrationsDir: repoMigrations });
    const before = await migrationRows(database.url);

    const again = await applyMigrations({
      connectionString: database.url,
      migrationsDir: repoMigrations,
    });

    expect(again).toEqual([]);
    expect(await migrationRows(database.url)).toEqual(before);
  });

  it("reports pending migrations until they are applied", async () => {
    const names = await listMigrationNames(repoMigrations);
    const before = await getMigrationStatus({
      connectionString: database.url,
      migrationsDir: repoMigrations,
    });
    expect(before).toEqual({ applied: [], pending: names, failed: [], upToDate: false });

    await applyMigrations({ connectionString: database.url, migrationsDir: repoMigrations });

    const after = await getMigrationStatus({
      connectionString: database.url,
      migrationsDir: repoMigrations,
    });
    expect(after).toEqual({ applied: names, pending: [], failed: [], upToDate: true });
  });

  it("applies only the new migration when one is added to the folder", async () => {
    const first = { "20260101000000_first": "CREATE TABLE first_table (id int PRIMARY KEY);" };
    await applyMigrations({
      connectionString: database.url,
      migrationsDir: await migrationsDir(first),
    });
    const grown = await migrationsDir({
      ...first,
      "20260102000000_second": "CREATE TABLE second_table (id int PRIMARY KEY);",
    });

    expect(
      (await getMigrationStatus({ connectionString: database.url, migrationsDir: grown })).pending,
    ).toEqual(["20260102000000_second"]);
    expect(await applyMigrations({ connectionString: database.url, migrationsDir: grown })).toEqual(
      ["20260102000000_second"],
    );
  });

  it("runs a script with semicolons inside a function body as written", async () => {
    const dir = await migrationsDir({
      "20260101000000_function": `CREATE FUNCTION add_one(x int) RETURNS int AS $$
BEGIN
  RETURN x + 1;
END;
$$ LANGUAGE plpgsql;
CREATE TABLE after_function (id int);`,
    });

    await applyMigrations({ connectionString: database.url, migrationsDir: dir });

    expect(await query<{ v: number }>(database.url, "SELECT add_one(41) AS v")).toEqual([
      { v: 42 },
    ]);
  });

  describe("a failing migration", () => {
    const good = { "20260101000000_good": "CREATE TABLE good_table (id int PRIMARY KEY);" };
    const broken = {
      "20260102000000_broken":
        "CREATE TABLE half_done (id int);\nINSERT INTO missing_table VALUES (1);\n",
    };

    it("throws MigrationError naming the migration and PostgreSQL's error", async () => {
      const dir = await migrationsDir({ ...good, ...broken });

      const error = await applyMigrations({
        connectionString: database.url,
        migrationsDir: dir,
      }).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(MigrationError);
      expect((error as MigrationError).migrationName).toBe("20260102000000_broken");
      expect((error as Error).message).toContain('Migration "20260102000000_broken" failed');
      expect((error as Error).message).toContain('relation "missing_table" does not exist');
    });

    it("is not recorded as finished, keeps the earlier ones, and leaves none of its statements", async () => {
      const dir = await migrationsDir({ ...good, ...broken });
      await expect(
        applyMigrations({ connectionString: database.url, migrationsDir: dir }),
      ).rejects.toThrow(MigrationError);

      expect(await migrationRows(database.url)).toEqual([
        { migration_name: "20260101000000_good", finished: true, rolled_back: false },
        { migration_name: "20260102000000_broken", finished: false, rolled_back: false },
      ]);
      expect(await tableExists(database.url, "good_table")).toBe(true);
      // The script ran as one implicit transaction: its first statement was rolled back too.
      expect(await tableExists(database.url, "half_done")).toBe(false);
      const status = await getMigrationStatus({
        connectionString: database.url,
        migrationsDir: dir,
      });
      expect(status).toEqual({
        applied: ["20260101000000_good"],
        pending: ["20260102000000_broken"],
        failed: ["20260102000000_broken"],
        upToDate: false,
      });
    });

    it("blocks later starts with a message saying how to resolve it, until marked rolled back", async () => {
      const dir = await migrationsDir({ ...good, ...broken });
      await expect(
        applyMigrations({ connectionString: database.url, migrationsDir: dir }),
      ).rejects.toThrow(MigrationError);

      const again = await applyMigrations({
        connectionString: database.url,
        migrationsDir: dir,
      }).catch((e: unknown) => e);
      expect(again).toBeInstanceOf(MigrationError);
      expect((again as Error).message).toMatch(/"20260102000000_broken" failed earlier/);
      expect((again as Error).message).toContain("--rolled-back 20260102000000_broken");

      await markMigrationRolledBack({
        connectionString: database.url,
        migrationsDir: dir,
        migrationName: "20260102000000_broken",
      });
      await writeFile(
        path.join(dir, "20260102000000_broken", "migration.sql"),
        "CREATE TABLE half_done (id int);\n",
      );
      expect(await applyMigrations({ connectionString: database.url, migrationsDir: dir })).toEqual(
        ["20260102000000_broken"],
      );
      expect(
        (await getMigrationStatus({ connectionString: database.url, migrationsDir: dir })).upToDate,
      ).toBe(true);
    });
  });
});
