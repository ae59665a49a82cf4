import "server-only";
import { db } from "../../db";

/** The user's current session version, or null when the account no longer exists. */
export async function getSessionVersion(options: { userId: string }): Promise<number | null> {
  const user = await db().user.findUnique({
    where: { id: options.userId },
    select: { sessionVersion: true },
  });
  return user?.sessionVersion ?? null;
}
