import type { DatabaseConfig } from "./config";
import { getMigrationStatus } from "./migrate";

export type DatabaseHealth =
  | {
      ok: true;
      backend: DatabaseConfig["backend"];
      migrations: { upToDate: boolean; pending: string[]; failed: string[] };
    }
  | { ok: false; backend: DatabaseConfig["backend"]; reason: string };

/**
 * What GET /api/health reports: 200 with this body when `ok`, 503 otherwise. Never throws; the
 * reason names no credentials (only the error's message, which pg keeps free of passwords).
 */
export async function checkDatabaseHealth(options: {
  backend: DatabaseConfig["backend"];
  connectionString: string;
  migrationsDir?: string;
  timeoutMs?: number;
}): Promise<DatabaseHealth> {
  try {
    const status = await getMigrationStatus({
      connectionString: options.connectionString,
      migrationsDir: options.migrationsDir,
      connectTimeoutMs: options.timeoutMs ?? 2000,
    });
    return {
      ok: true,
      backend: options.backend,
      migrations: { upToDate: status.upToDate, pending: status.pending, failed: status.failed },
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      backend: options.backend,
      reason: `database unreachable: ${message || (error as { code?: string }).code || "unknown error"}`,
    };
  }
}
