import { assertReachable, type DatabaseConfig, resolveDatabaseConfig } from "./config";
import { startEmbeddedPostgres } from "./embedded";
import { applyMigrations } from "./migrate";

export type RunningDatabase = {
  backend: DatabaseConfig["backend"];
  /** What to hand to createPrismaClient / PrismaPg. */
  url: string;
  /** Migrations applied by this start; [] when the database was up to date. */
  applied: string[];
  /** Stops the embedded server (a no-op for a PostgreSQL server). */
  stop(): Promise<void>;
};

/**
 * The app's start-up sequence: resolve the backend from the environment, check the server answers
 * (or open the embedded folder, which this process then owns), and apply pending migrations.
 * @throws ConfigError for a malformed or unreachable DATABASE_URL, DataDirInUseError when another
 *   process owns the embedded folder, MigrationError when a migration fails (start must stop).
 */
export async function startDatabase(options: {
  env: Record<string, string | undefined>;
  migrationsDir?: string;
}): Promise<RunningDatabase> {
  const config = resolveDatabaseConfig(options.env);
  if (config.backend === "postgres") {
    await assertReachable(config.url);
    const applied = await applyMigrations({
      connectionString: config.url,
      migrationsDir: options.migrationsDir,
    });
    return { backend: "postgres", url: config.url, applied, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
  try {
    const applied = await applyMigrations({
      connectionString: embedded.url,
      migrationsDir: options.migrationsDir,
    });
    return { backend: "embedded", url: embedded.url, applied, stop: embedded.stop };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
