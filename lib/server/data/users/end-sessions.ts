import "server-only";
import { db } from "../../db";

/**
 * Ends every session of a user by raising their session version: cookies carrying an older
 * version are refused from then on. With `fromVersion`, only a session of the current version may
 * do it (a sign-out with an already-stale cookie changes nothing). Returns the new version, or
 * null when nothing changed (no such user, or `fromVersion` is stale).
 */
export async function endSessions(options: {
  userId: string;
  fromVersion?: number;
}): Promise<number | null> {
  const { userId, fromVersion } = options;
  // One conditional UPDATE: two sign-outs racing with the same cookie raise the version once.
  const { count } = await db().user.updateMany({
    where: { id: userId, ...(fromVersion === undefined ? {} : { sessionVersion: fromVersion }) },
    data: { sessionVersion: { increment: 1 } },
  });
  if (count === 0) return null;
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { sessionVersion: true },
  });
  return user?.sessionVersion ?? null;
}
