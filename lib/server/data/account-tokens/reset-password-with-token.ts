import "server-only";
import { inTransaction } from "../reviews/card-transaction";
import { redeemAccountToken } from "./redeem-account-token";

/**
 * Uses a reset token and sets the new password hash, in one transaction: the session version goes
 * up (every signed-in session of the account ends) and the address counts as confirmed (the link
 * reached it). The password only changes if the account still has the address the link was sent
 * to. Returns the new session version; null when the link no longer works; nothing changes then, and the token stays as it was.
 */
export async function resetPasswordWithToken(options: {
  token: string;
  passwordHash: string;
  now: Date;
}): Promise<{ userId: string; sessionVersion: number } | null> {
  return inTransaction(async (tx) => {
    const redeemed = await redeemAccountToken(tx, { ...options, purpose: "password_reset" });
    if (!redeemed) return null;
    const [user] = await tx.user.updateManyAndReturn({
      where: { id: redeemed.userId, email: redeemed.email },
      data: {
        passwordHash: options.passwordHash,
        sessionVersion: { increment: 1 },
        emailVerifiedAt: options.now,
      },
      select: { sessionVersion: true },
    });
    if (!user) throw new StaleLink();
    // Other reset links of the account die with this one.
    await tx.accountToken.deleteMany({
      where: { userId: redeemed.userId, purpose: "password_reset", usedAt: null },
    });
    return { userId: redeemed.userId, sessionVersion: user.sessionVersion };
  }).catch((error) => {
    if (error instanceof StaleLink) return null;
    throw error;
  });
}

/** Rolls the transaction back when the account's address changed since the link was sent. */
class StaleLink extends Error {}
