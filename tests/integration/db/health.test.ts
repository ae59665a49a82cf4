import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDatabaseHealth } from "@/lib/db/health";
import { createTestDatabase, type TestDatabase, testBackend } from "../helpers/test-db";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describe(`checkDatabaseHealth (${testBackend()})`, () => {
  it("names the backend and says migrations are up to date", async () => {
    const health = await checkDatabaseHealth({
      backend: database.backend,
      connectionString: database.url,
    });
    expect(health).toEqual({
      ok: true,
      backend: database.backend,
      migrations: { upToDate: true, pending: [], failed: [] },
    });
  });

  it("lists a migration added to the folder as pending", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "health-"));
    try {
      await cp(path.resolve("prisma/migrations"), dir, { recursive: true });
      await mkdir(path.join(dir, "29990101000000_later"));
      await writeFile(path.join(dir, "29990101000000_later", "migration.sql"), "SELECT 1;");

      const health = await checkDatabaseHealth({
        backend: database.backend,
        connectionString: database.url,
        migrationsDir: dir,
      });

      expect(health).toEqual({
        ok: true,
        backend: database.backend,
        migrations: { upToDate: false, pending: ["29990101000000_later"], failed: [] },
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reports the database as unreachable instead of throwing", async () => {
    const health = await checkDatabaseHealth({
      backend: "postgres",
      connectionString: "postgresql://app:secret@127.0.0.1:1/recall",
    });
    expect(health.ok).toBe(false);
    expect(health.ok === false && health.reason).toMatch(/^database unreachable: /);
    expect(JSON.stringify(health)).not.toContain("secret");
  });
});
