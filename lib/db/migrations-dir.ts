import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";

/** The repository's migrations folder, as Prisma lays it out: `<timestamp>_<name>/migration.sql`. */
export const DEFAULT_MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

export const MIGRATION_LOCK_FILE = "migration_lock.toml";
export const MIGRATION_SCRIPT_FILE = "migration.sql";

/**
 * Reads a migrations folder into the shape the schema engine expects, exactly as the Prisma CLI does:
 * folders sorted by name, a missing folder is an empty history, an unreadable script is passed on as
 * an error for the engine to report.
 */
export async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const lockContent = await readFile(path.join(baseDir, MIGRATION_LOCK_FILE), "utf8").catch(
    () => null,
  );
  const entries = await readdir(baseDir, { withFileTypes: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    folders.map(async (folder) => ({
      path: folder,
      migrationFile: {
        path: MIGRATION_SCRIPT_FILE,
        content: await readFile(path.join(baseDir, folder, MIGRATION_SCRIPT_FILE), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        ),
      },
    })),
  );
  return {
    baseDir,
    lockfile: { path: MIGRATION_LOCK_FILE, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Names of the migration folders, in the order they apply. */
export async function listMigrationNames(migrationsDir: string): Promise<string[]> {
  const list = await readMigrationsList(migrationsDir);
  return list.migrationDirectories.map((directory) => directory.path);
}
