import "server-only";
import bcrypt from "bcryptjs";
import { passwordSchema } from "@/lib/auth/password-policy";
import { findAccountToken } from "../data/account-tokens/find-account-token";
import { resetPasswordWithToken } from "../data/account-tokens/reset-password-with-token";
import { BCRYPT_COST } from "../data/users/create-user";

export type ResetPasswordOutcome =
  | { status: "done" }
  /** The link is unknown, used, expired or superseded: ask for a new one. */
  | { status: "expired" }
  | { status: "weak-password"; message: string };

/**
 * Sets a new password through a reset link: the same password policy as sign-up, then the token is
 * used and the password set in one transaction (which also ends every session and confirms the
 * address; see resetPasswordWithToken).
 */
export async function resetPassword(options: {
  token: string;
  password: string;
  now: Date;
}): Promise<ResetPasswordOutcome> {
  const live = await findAccountToken({ ...options, purpose: "password_reset" });
  if (!live) return { status: "expired" };
  const checked = passwordSchema.safeParse(options.password);
  if (!checked.success) {
    return { status: "weak-password", message: checked.error.issues[0]?.message ?? "" };
  }
  const passwordHash = await bcrypt.hash(checked.data, BCRYPT_COST);
  const done = await resetPasswordWithToken({ ...options, passwordHash });
  return done ? { status: "done" } : { status: "expired" };
}
