import "server-only";
import { passwordProblem } from "@/lib/auth/password-policy";
import { forgetSessions, noteSessionVersion } from "../auth/session-version";
import { changePassword } from "../data/users/change-password";
import { deleteUser } from "../data/users/delete-user";
import { AppError } from "../errors";

/**
 * Changes the password of a signed-in user: the new one must pass the policy for this account,
 * the current one must match, and every session signed in before ends (on this instance at once,
 * on others within the session cache's TTL). The caller signs this session in again.
 */
export async function changeAccountPassword(options: {
  user: { id: string; email: string; name: string };
  currentPassword: string;
  newPassword: string;
}): Promise<void> {
  const { user, currentPassword, newPassword } = options;
  const problem = passwordProblem(newPassword, user);
  if (problem) throw new AppError("INVALID_INPUT", problem, "newPassword");
  if (newPassword === currentPassword) {
    throw new AppError("INVALID_INPUT", "Choose a password you have not used here.", "newPassword");
  }
  const { sessionVersion } = await changePassword({
    userId: user.id,
    currentPassword,
    newPassword,
  });
  noteSessionVersion(user.id, sessionVersion);
}

/** Deletes the signed-in user's account once the password matches; their cookies stop at once. */
export async function deleteAccount(options: { userId: string; password: string }): Promise<void> {
  await deleteUser(options);
  forgetSessions(options.userId);
}
