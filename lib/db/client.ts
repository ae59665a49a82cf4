import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";

// On globalThis: Next.js bundles this module into several server chunks, and the client made by one
// (a server action's) is used by another (a route handler's), which must find its pool too.
const slot = globalThis as unknown as { caspianPools?: WeakMap<PrismaClient, pg.Pool> };
slot.caspianPools ??= new WeakMap<PrismaClient, pg.Pool>();
const pools = slot.caspianPools;

/** A Prisma client over `pg`, the one way the app talks to either backend. */
export function createPrismaClient(connectionString: string): PrismaClient {
  const pool = new pg.Pool({ connectionString });
  // An idle connection lost (a database restart) leaves the pool, and the next query opens another;
  // without a listener its error would end the process. Prisma adds one only once it connects.
  pool.on("error", () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(prisma, pool);
  return prisma;
}

/**
 * The `pg` pool under a client made by `createPrismaClient`, for a library that speaks `pg` itself
 * (rate-limiter-flexible's PostgreSQL store): the same connections, closed with the client.
 */
export function poolOf(prisma: PrismaClient): pg.Pool {
  const pool = pools.get(prisma);
  if (!pool) throw new Error("this Prisma client was not made by createPrismaClient");
  return pool;
}

export type { PrismaClient };
