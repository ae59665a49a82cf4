import pg from "pg";
import { createMigrationAdapterFactory, type ScriptFailure } from "./migration-adapter";
import { DEFAULT_MIGRATIONS_DIR, listMigrationNames, readMigrationsList } from "./migrations-dir";
import { createSchemaEngine } from "./schema-engine";

/** A migration could not be applied; nothing after it was applied and it is not marked finished. */
export class MigrationError extends Error {
  override readonly name = "MigrationError";
  /** The failing migration's folder name, when the engine named it. */
  readonly migrationName: string | undefined;

  constructor(message: string, options: { migrationName?: string; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.migrationName = options.migrationName;
  }
}

export type MigrateOptions = {
  connectionString: string;
  /** Defaults to `prisma/migrations` under the current directory. */
  migrationsDir?: string;
};

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * Applies the pending migrations of `migrationsDir` in order and records them in `_prisma_migrations`
 * (the table `prisma migrate deploy` keeps). Returns the names applied now; [] when up to date.
 * @throws MigrationError naming the failing migration and PostgreSQL's error.
 */
export async function applyMigrations(options: MigrateOptions): Promise<string[]> {
  const migrationsList = await readMigrationsList(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const adapterFactory = createMigrationAdapterFactory({
    connectionString: options.connectionString,
  });
  const engine = await createSchemaEngine({ adapterFactory });
  try {
    const output = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return output.appliedMigrationNames;
  } catch (error) {
    throw toMigrationError(error, adapterFactory.lastScriptFailure());
  } finally {
    engine.free();
    await adapterFactory.disposeAll();
  }
}

/**
 * Marks a failed migration as rolled back (like `prisma migrate resolve --rolled-back`), so that the
 * next start applies it again once it is fixed. Undo whatever it changed before calling this.
 */
export async function markMigrationRolledBack(
  options: MigrateOptions & { migrationName: string },
): Promise<void> {
  const adapterFactory = createMigrationAdapterFactory({
    connectionString: options.connectionString,
  });
  const engine = await createSchemaEngine({ adapterFactory });
  try {
    await engine.markMigrationRolledBack({ migrationName: options.migrationName });
  } catch (error) {
    throw new MigrationError(firstLines(error), {
      migrationName: options.migrationName,
      cause: error,
    });
  } finally {
    engine.free();
    await adapterFactory.disposeAll();
  }
}

export type MigrationStatus = {
  /** Finished migrations recorded in the database (rolled-back ones excluded). */
  applied: string[];
  /** Migrations in the folder that the database has not finished. */
  pending: string[];
  /** Migrations that started and failed; nothing applies until they are resolved. */
  failed: string[];
  upToDate: boolean;
};

/** Compares the migrations folder with `_prisma_migrations`; cheap enough for a health check. */
export async function getMigrationStatus(
  options: MigrateOptions & { connectTimeoutMs?: number },
): Promise<MigrationStatus> {
  const onDisk = await listMigrationNames(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const client = new pg.Client({
    connectionString: options.connectionString,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
  });
  await client.connect();
  try {
    const table = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
    );
    const rows = table.rows[0]?.exists
      ? (
          await client.query<{ name: string; finished: boolean; rolled_back: boolean }>(
            `SELECT migration_name AS name, finished_at IS NOT NULL AS finished,
                    rolled_back_at IS NOT NULL AS rolled_back
               FROM _prisma_migrations ORDER BY started_at`,
          )
        ).rows
      : [];
    const applied = rows.filter((row) => row.finished && !row.rolled_back).map((row) => row.name);
    const failed = rows.filter((row) => !row.finished && !row.rolled_back).map((row) => row.name);
    const appliedSet = new Set(applied);
    const pending = onDisk.filter((name) => !appliedSet.has(name));
    return { applied, pending, failed, upToDate: pending.length === 0 && failed.length === 0 };
  } finally {
    await client.end();
  }
}

/** The engine's message up to its Rust backtrace, without the generic first line. */
function firstLines(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines: string[] = [];
  for (const line of message.split("\n")) {
    if (/^\s+\d+: /.test(line)) break;
    if (line.trim() === "" || line.trim() === "external connector error") continue;
    lines.push(line.trim());
  }
  return lines.join(" ");
}

function toMigrationError(error: unknown, failure: ScriptFailure | undefined): MigrationError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  if (code === "P3009") {
    const migrationName = /The `([^`]+)` migration/.exec(message)?.[1];
    return new MigrationError(
      `Migration "${migrationName ?? "?"}" failed earlier and is marked as failed in _prisma_migrations, ` +
        "so no migration is applied. Undo its partial changes, fix it, then run " +
        `\`npm run db:migrate -- --rolled-back ${migrationName ?? "<name>"}\` and start again.`,
      { migrationName, cause: error },
    );
  }
  const migrationName = /migration_name="([^"]+)"/.exec(message)?.[1];
  const reason =
    failure === undefined
      ? firstLines(error)
      : `${failure.message}${failure.code === undefined ? "" : ` (SQLSTATE ${failure.code})`}`;
  const subject =
    migrationName === undefined ? "Applying migrations" : `Migration "${migrationName}"`;
  return new MigrationError(`${subject} failed: ${reason}`, { migrationName, cause: error });
}
