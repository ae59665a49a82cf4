import "server-only";
import { db } from "../../db";
import { notFound } from "../../errors";

/** The user's address and whether it is confirmed, for the pages that offer to confirm it. */
export async function getEmailStatus(options: {
  userId: string;
}): Promise<{ email: string; verified: boolean }> {
  const user = await db().user.findUnique({
    where: { id: options.userId },
    select: { email: true, emailVerifiedAt: true },
  });
  if (!user) throw notFound("Account");
  return { email: user.email, verified: user.emailVerifiedAt !== null };
}
