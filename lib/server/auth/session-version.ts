import "server-only";
import { SessionVersionCache } from "@/lib/auth/session-version-cache";
import { endSessions } from "../data/users/end-sessions";
import { getSessionVersion } from "../data/users/get-session-version";

/**
 * Session revocation without a query on every request: each process keeps userId → session
 * version for SESSION_VERSION_TTL_MS (15 s) and re-reads it after that. A sign-out or password
 * change applies at once on the instance that made it and within 15 s on the others.
 * One cache per process (on globalThis, so every bundle of the server shares it).
 */
const slot = globalThis as unknown as { caspianSessionVersions?: SessionVersionCache };
function cache(): SessionVersionCache {
  slot.caspianSessionVersions ??= new SessionVersionCache((userId) =>
    getSessionVersion({ userId }),
  );
  return slot.caspianSessionVersions;
}

/** True when a session cookie of `userId` issued at `tokenVersion` has not been revoked. */
export function isSessionCurrent(userId: string, tokenVersion: unknown): Promise<boolean> {
  return cache().isCurrent(userId, tokenVersion, Date.now());
}

/**
 * Ends every session of the user (see `endSessions`) and notes the new version here at once.
 * Returns the new version, or null when nothing changed.
 */
export async function revokeSessions(options: {
  userId: string;
  fromVersion?: number;
}): Promise<number | null> {
  const version = await endSessions(options);
  if (version === null) cache().forget(options.userId);
  else cache().set(options.userId, version, Date.now());
  return version;
}

/** Notes a version this process has just written (a password change): applies here at once. */
export function noteSessionVersion(userId: string, version: number): void {
  cache().set(userId, version, Date.now());
}

/**
 * Reads the user's version afresh (past the cache): true when the account no longer exists. For a
 * request that failed unexpectedly, whose user may have been deleted within the cache's TTL.
 */
export async function isUserGone(userId: string): Promise<boolean> {
  cache().forget(userId);
  return (await cache().get(userId, Date.now())) === null;
}

/** Notes that the user is gone (deleted account): their cookies are refused here at once. */
export function forgetSessions(userId: string): void {
  cache().set(userId, null, Date.now());
}
