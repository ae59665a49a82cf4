import "server-only";
import type { AccountTokenPurpose } from "@/generated/prisma/client";
import { db } from "../../db";
import { newAccountToken, TOKEN_LIFETIME_HOURS } from "./account-token";

/**
 * A new single-use link token for `purpose`, sent to `email`; returns the token itself (only its
 * hash is stored). The user's older unused tokens of the same purpose stop working, in the same
 * transaction, so only the latest mail's link is live.
 */
export async function issueAccountToken(options: {
  userId: string;
  purpose: AccountTokenPurpose;
  email: string;
  now: Date;
}): Promise<{ token: string; expiresAt: Date }> {
  const { userId, purpose, email, now } = options;
  const { token, tokenHash } = newAccountToken();
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_HOURS[purpose] * 3_600_000);
  await db().$transaction([
    db().accountToken.deleteMany({ where: { userId, purpose, usedAt: null } }),
    db().accountToken.create({ data: { userId, purpose, email, tokenHash, expiresAt } }),
  ]);
  return { token, expiresAt };
}
