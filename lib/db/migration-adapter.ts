import { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

/** The last error PostgreSQL raised while running a migration script, kept for the error report. */
export type ScriptFailure = { message: string; code: string | undefined };

export type MigrationAdapterFactory = SqlMigrationAwareDriverAdapterFactory & {
  /** The PostgreSQL error of the last failed script, with its SQLSTATE code. */
  lastScriptFailure(): ScriptFailure | undefined;
  /** Ends every connection pool this factory opened; safe to call twice. */
  disposeAll(): Promise<void>;
};

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * A PrismaPg factory for the schema engine, with one fix: PrismaPg's `executeScript` splits a script
 * on every ";" (breaking `$$` bodies and string literals) and runs the pieces one by one, so a failing
 * migration left its first statements behind. Here the whole script goes to PostgreSQL as one simple
 * query, which PostgreSQL runs as one implicit transaction, as Prisma's native engine does.
 */
export function createMigrationAdapterFactory(options: {
  connectionString: string;
  /** Where `connectToShadowDb` goes; by default PrismaPg creates a temporary database there. */
  shadowConnectionString?: string;
}): MigrationAdapterFactory {
  // One connection per pool: the engine's advisory lock and the scripts then share a session.
  const main = new PrismaPg({ connectionString: options.connectionString, max: 1 });
  const shadow =
    options.shadowConnectionString === undefined
      ? undefined
      : new PrismaPg({ connectionString: options.shadowConnectionString, max: 1 });
  const opened = new Set<PgAdapter>();
  let lastFailure: ScriptFailure | undefined;

  const wrap = (adapter: PgAdapter): SqlDriverAdapter => {
    opened.add(adapter);
    const pool = adapter.underlyingDriver();
    const mapError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(
      adapter,
    );
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        const pgError = error as { message?: string; code?: string };
        lastFailure = { message: String(pgError.message ?? error), code: pgError.code };
        mapError(error);
      }
    };
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (!opened.delete(adapter)) return;
      await dispose();
    };
    return adapter;
  };

  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => wrap(await main.connect()),
    connectToShadowDb: async () =>
      wrap(shadow === undefined ? await main.connectToShadowDb() : await shadow.connect()),
    lastScriptFailure: () => lastFailure,
    disposeAll: async () => {
      await Promise.allSettled([...opened].map((adapter) => adapter.dispose()));
    },
  };
}
