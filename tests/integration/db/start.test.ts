import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "@/lib/db/config";
import { MigrationError } from "@/lib/db/migrate";
import { listMigrationNames } from "@/lib/db/migrations-dir";
import { startDatabase } from "@/lib/db/start";
import { createEmptyTestDatabase, testServerUrl } from "../helpers/test-db";

const repoMigrations = path.resolve("prisma/migrations");
let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "start-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("startDatabase", () => {
  it("opens the embedded folder without DATABASE_URL and migrates it once", async () => {
    const env = { DATA_DIR: path.join(root, "pglite") };
    const first = await startDatabase({ env, migrationsDir: repoMigrations });
    expect(first.backend).toBe("embedded");
    expect(first.applied).toEqual(await listMigrationNames(repoMigrations));
    await first.stop();

    const second = await startDatabase({ env, migrationsDir: repoMigrations });
    expect(second.applied).toEqual([]);
    await second.stop();
  });

  it("stops with the migration's error and frees the embedded folder", async () => {
    const migrationsDir = path.join(root, "migrations");
    await mkdir(path.join(migrationsDir, "20260101000000_bad"), { recursive: true });
    await writeFile(path.join(migrationsDir, "20260101000000_bad", "migration.sql"), "SELEC 1;");
    const env = { DATA_DIR: path.join(root, "pglite") };

    await expect(startDatabase({ env, migrationsDir })).rejects.toThrow(MigrationError);
    // The folder was released (no DataDirInUseError), and the failure was remembered.
    await expect(startDatabase({ env, migrationsDir })).rejects.toThrow(
      /"20260101000000_bad" failed earlier/,
    );
  });

  it("refuses an unreachable DATABASE_URL before touching anything", async () => {
    await expect(
      startDatabase({ env: { DATABASE_URL: "postgresql://app:pw@127.0.0.1:1/recall" } }),
    ).rejects.toThrow(ConfigError);
  });

  it.runIf(testServerUrl() !== undefined)("uses the server named by DATABASE_URL", async () => {
    const database = await createEmptyTestDatabase();
    try {
      const running = await startDatabase({
        env: { DATABASE_URL: database.url },
        migrationsDir: repoMigrations,
      });
      expect(running).toMatchObject({ backend: "postgres", url: database.url });
      expect(running.applied).toEqual(await listMigrationNames(repoMigrations));
      await running.stop();
    } finally {
      await database.drop();
    }
  });
});
