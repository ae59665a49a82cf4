import "server-only";
import bcrypt from "bcryptjs";
import { db } from "../../db";
import { AppError } from "../../errors";
import { checkUserPassword } from "./check-user-password";
import { BCRYPT_COST } from "./create-user";

/**
 * Replaces the user's password once the current one is shown (INVALID_INPUT on `currentPassword`
 * otherwise), and raises the session version in the same UPDATE, so every session signed in with
 * the old password ends. The new password's strength is the caller's to check (it needs the form).
 * Returns the new session version, for the caller to sign this session in again.
 */
export async function changePassword(options: {
  userId: string;
  currentPassword: string;
  newPassword: string;
}): Promise<{ sessionVersion: number }> {
  const { userId, currentPassword, newPassword } = options;
  const { passwordHash } = await checkUserPassword({
    userId,
    password: currentPassword,
    field: "currentPassword",
  });
  const newHash = await bcrypt.hash(newPassword, BCRYPT_COST);
  // Compare-and-set on the old hash: of two changes racing with the same current password, one wins.
  const { count } = await db().user.updateMany({
    where: { id: userId, passwordHash },
    data: { passwordHash: newHash, sessionVersion: { increment: 1 } },
  });
  if (count === 0) {
    throw new AppError(
      "CONFLICT",
      "Your password was changed meanwhile (in another tab?). Sign in again.",
      "currentPassword",
    );
  }
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { sessionVersion: true },
  });
  return { sessionVersion: user.sessionVersion };
}
