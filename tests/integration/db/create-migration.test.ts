import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMigration, migrationTimestamp } from "@/lib/db/create-migration";
import { applyMigrations } from "@/lib/db/migrate";
import { createEmptyTestDatabase } from "../helpers/test-db";

const schemaHeader = `datasource db {
  provider = "postgresql"
}
`;
const bookModel = `
model Book {
  id    Int    @id @default(autoincrement())
  title String
}
`;
const bookModelWithYear = bookModel.replace("title String", "title String\n  year  Int?");

let root: string;
let schemaPath: string;
let migrationsDir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "migrate-new-"));
  schemaPath = path.join(root, "schema.prisma");
  migrationsDir = path.join(root, "migrations");
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("createMigration", () => {
  it("formats Prisma's folder timestamp from UTC", () => {
    expect(migrationTimestamp(new Date("2026-03-04T05:06:07.890Z"))).toBe("20260304050607");
  });

  it("rejects a name that is not snake_case", async () => {
    await expect(createMigration({ name: "Add Books", schemaPath, migrationsDir })).rejects.toThrow(
      "snake_case",
    );
  });

  it("writes the first migration and a migration_lock.toml like Prisma's", async () => {
    await writeFile(schemaPath, schemaHeader + bookModel);

    const result = await createMigration({
      name: "add_books",
      schemaPath,
      migrationsDir,
      now: new Date("2026-01-02T03:04:05Z"),
    });

    expect(result).toMatchObject({ created: true, migrationName: "20260102030405_add_books" });
    const sql = await readFile(
      path.join(migrationsDir, "20260102030405_add_books", "migration.sql"),
      "utf8",
    );
    expect(sql).toContain('CREATE TABLE "Book"');
    expect(await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain(
      'provider = "postgresql"',
    );
  });

  it("writes nothing when the schema matches the migrations", async () => {
    const before = await readdir(migrationsDir);

    const result = await createMigration({ name: "nothing", schemaPath, migrationsDir });

    expect(result).toEqual({ created: false });
    expect(await readdir(migrationsDir)).toEqual(before);
  });

  it("writes only the difference for a changed schema, and the folder applies cleanly", async () => {
    await writeFile(schemaPath, schemaHeader + bookModelWithYear);

    const result = await createMigration({
      name: "add_book_year",
      schemaPath,
      migrationsDir,
      now: new Date("2026-01-03T00:00:00Z"),
    });

    expect(result.created && result.script).toContain(
      'ALTER TABLE "Book" ADD COLUMN     "year" INTEGER',
    );
    expect(result.created && result.script).not.toContain("CREATE TABLE");
    const database = await createEmptyTestDatabase();
    try {
      expect(await applyMigrations({ connectionString: database.url, migrationsDir })).toEqual([
        "20260102030405_add_books",
        "20260103000000_add_book_year",
      ]);
    } finally {
      await database.drop();
    }
  });
});
