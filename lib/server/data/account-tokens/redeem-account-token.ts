import "server-only";
import type { AccountTokenPurpose, Prisma } from "@/generated/prisma/client";
import { ACCOUNT_TOKEN_PATTERN, hashAccountToken } from "./account-token";

/**
 * Marks a token used, inside the caller's transaction, and returns whose it was: one UPDATE whose
 * WHERE asks for unused and unexpired, so of two concurrent uses exactly one gets the row. Null when
 * the token is unknown, used, expired or of another purpose (a link's page need not say which).
 */
export async function redeemAccountToken(
  tx: Prisma.TransactionClient,
  options: { token: string; purpose: AccountTokenPurpose; now: Date },
): Promise<{ userId: string; email: string } | null> {
  if (!ACCOUNT_TOKEN_PATTERN.test(options.token)) return null;
  const [redeemed] = await tx.accountToken.updateManyAndReturn({
    where: {
      tokenHash: hashAccountToken(options.token),
      purpose: options.purpose,
      usedAt: null,
      expiresAt: { gt: options.now },
    },
    data: { usedAt: options.now },
    select: { userId: true, email: true },
  });
  return redeemed ?? null;
}
