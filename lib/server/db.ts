import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/client";
import { readServerEnv } from "./env";

const globalForDb = globalThis as unknown as { caspianDb?: PrismaClient };

/** The app's one Prisma client, created on first use (so `next build` never needs a database). */
export function db(): PrismaClient {
  globalForDb.caspianDb ??= createPrismaClient(readServerEnv().databaseUrl);
  return globalForDb.caspianDb;
}
