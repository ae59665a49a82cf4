import "server-only";
import { db } from "../../db";
import { notFound } from "../../errors";

/** Sets the user's display name (already validated by the caller). */
export async function renameUser(options: { userId: string; name: string }): Promise<void> {
  const { count } = await db().user.updateMany({
    where: { id: options.userId },
    data: { name: options.name },
  });
  if (count === 0) throw notFound("Account");
}
