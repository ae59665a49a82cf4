import "server-only";
import { createHash } from "node:crypto";
import type pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { type RateLimitPolicy, retryAfterSeconds } from "@/lib/auth/throttle-policy";
import { poolOf } from "@/lib/db/client";
import { db } from "../db";

export type LimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

const limiters = new WeakMap<pg.Pool, Map<string, RateLimiterPostgres>>();

/**
 * The app's pool as the store's client, without statement names: the embedded database serves
 * every connection from one PGlite session, where two connections preparing "rlflx-upsert" collide.
 */
function unnamedStatements(pool: pg.Pool) {
  return {
    query: (query: { text: string; values?: unknown[] }) =>
      pool.query({ text: query.text, values: query.values }),
  };
}

/** One limiter per policy on the app's pool; the `rate_limits` table is made by a migration. */
function limiter(policy: RateLimitPolicy): RateLimiterPostgres {
  const pool = poolOf(db());
  const byName = limiters.get(pool) ?? new Map<string, RateLimiterPostgres>();
  limiters.set(pool, byName);
  const id = `${policy.name}/${policy.points}/${policy.durationSeconds}`;
  let found = byName.get(id);
  if (!found) {
    found = new RateLimiterPostgres({
      storeClient: unnamedStatements(pool),
      storeType: "client",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: policy.name,
      points: policy.points,
      duration: policy.durationSeconds,
    });
    byName.set(id, found);
  }
  return found;
}

/** Keys fit the table's varchar(255) with their prefix: a long one (an odd email) is hashed. */
function storeKey(key: string): string {
  return key.length <= 200 ? key : `sha256:${createHash("sha256").update(key).digest("hex")}`;
}

/**
 * Takes `points` from `key`'s allowance in one atomic upsert; concurrent callers cannot both take
 * the last point. Refused: the seconds until the window ends. A database error is thrown as is.
 */
export async function consumeLimit(
  policy: RateLimitPolicy,
  key: string,
  points = 1,
): Promise<LimitResult> {
  try {
    await limiter(policy).consume(storeKey(key), points);
    return { ok: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      return { ok: false, retryAfterSeconds: retryAfterSeconds(error.msBeforeNext) };
    }
    throw error;
  }
}

/** Gives back points taken for something that turned out not to count (a right password). */
export async function refundLimit(policy: RateLimitPolicy, key: string, points = 1): Promise<void> {
  await limiter(policy).reward(storeKey(key), points);
}

/** Forgets `key`'s use of the policy (an account's failures once its owner signs in). */
export async function resetLimit(policy: RateLimitPolicy, key: string): Promise<void> {
  await limiter(policy).delete(storeKey(key));
}
