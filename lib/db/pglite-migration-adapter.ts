import type { PGlite } from "@electric-sql/pglite";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * An in-process PGlite factory for the schema engine, used where the engine must *read* a schema
 * (diffs): PrismaPg cannot decode PostgreSQL's internal `"char"` columns that the engine's schema
 * describer selects, pglite-prisma-adapter can. Its `executeScript` does not await PGlite's `exec`,
 * so a failing script passed silently; every adapter it hands out is fixed to await it.
 * `db` must be a throwaway database: it is also used as the shadow database.
 */
export function createPGliteMigrationAdapterFactory(
  db: PGlite,
): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPGlite(db);
  const fix = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const internals = adapter as unknown as { client?: PGlite; onError(error: unknown): never };
    const client = internals.client;
    if (client === undefined || typeof client.exec !== "function") {
      throw new Error(
        "pglite-prisma-adapter changed: its adapter has no `client`; re-check the fix.",
      );
    }
    adapter.executeScript = async (script: string) => {
      try {
        await client.exec(script);
      } catch (error) {
        internals.onError(error);
      }
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => fix(await factory.connect()),
    // The stock shadow is a second in-memory PGlite that is never closed and costs seconds to
    // create; callers hand us a throwaway PGlite, so it serves as its own shadow.
    connectToShadowDb: async () => fix(await factory.connect()),
  };
}
