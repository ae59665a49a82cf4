import "server-only";
import { AppError } from "../../errors";
import { inTransaction } from "../reviews/card-transaction";
import { redeemAccountToken } from "./redeem-account-token";

/**
 * Uses a confirmation token: the address the link was sent to becomes the account's confirmed
 * address (the same address after sign-up, a new one after a change of address). Null when the link
 * no longer works; CONFLICT, with nothing changed, when another account took the address meanwhile.
 */
export async function confirmEmailWithToken(options: {
  token: string;
  now: Date;
}): Promise<{ userId: string; email: string } | null> {
  try {
    return await inTransaction(async (tx) => {
      const redeemed = await redeemAccountToken(tx, {
        ...options,
        purpose: "email_verification",
      });
      if (!redeemed) return null;
      await tx.user.update({
        where: { id: redeemed.userId },
        data: { email: redeemed.email, emailVerifiedAt: options.now },
      });
      return redeemed;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("CONFLICT", "That address now belongs to another account.", "email");
    }
    throw error;
  }
}
