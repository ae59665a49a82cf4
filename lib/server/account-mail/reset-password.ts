import "server-only";
import bcrypt from "bcryptjs";
import { passwordProblem } from "@/lib/auth/password-policy";
import { noteSessionVersion } from "../auth/session-version";
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
  // The account's own words (its address, its name) count against the password, as at sign-up.
  const problem = passwordProblem(options.password, live.user);
  if (problem) return { status: "weak-password", message: problem };
  const passwordHash = await bcrypt.hash(options.password, BCRYPT_COST);
  const done = await resetPasswordWithToken({ ...options, passwordHash });
  if (!done) return { status: "expired" };
  // Every older cookie is refused on this instance at once (on the others within the cache's TTL).
  noteSessionVersion(done.userId, done.sessionVersion);
  return { status: "done" };
}
