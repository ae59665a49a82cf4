import "server-only";
import { passwordProblem } from "@/lib/auth/password-policy";
import { SIGN_IN_FAILURES_PER_ACCOUNT } from "@/lib/auth/throttle-policy";
import { forgetSessions, noteSessionVersion } from "../auth/session-version";
import { changePassword } from "../data/users/change-password";
import { deleteUser } from "../data/users/delete-user";
import { AppError } from "../errors";
import { consumeLimit, refundLimit, resetLimit } from "../limits/rate-limiters";

/**
 * Runs `check` (which compares the password the user typed with theirs) under the sign-in
 * throttle of the account: a point is taken before bcrypt, so someone holding a stolen session
 * cannot guess the password through this form faster than through sign-in (5 per 15 minutes).
 * A right password forgets the failures; a failure that was not a wrong password gives its point back.
 */
async function withPasswordThrottle<T>(
  userId: string,
  field: string,
  check: () => Promise<T>,
): Promise<T> {
  const key = `account:${userId}`;
  const taken = await consumeLimit(SIGN_IN_FAILURES_PER_ACCOUNT, key);
  if (!taken.ok) {
    throw new AppError(
      "RATE_LIMITED",
      `Too many wrong passwords. Try again in ${taken.retryAfterSeconds} s.`,
      field,
    );
  }
  try {
    const result = await check();
    await resetLimit(SIGN_IN_FAILURES_PER_ACCOUNT, key);
    return result;
  } catch (error) {
    const wrongPassword = error instanceof AppError && error.code === "INVALID_INPUT";
    if (!wrongPassword) await refundLimit(SIGN_IN_FAILURES_PER_ACCOUNT, key).catch(() => {});
    throw error;
  }
}

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
  const { sessionVersion } = await withPasswordThrottle(user.id, "currentPassword", () =>
    changePassword({ userId: user.id, currentPassword, newPassword }),
  );
  noteSessionVersion(user.id, sessionVersion);
}

/** Deletes the signed-in user's account once the password matches; their cookies stop at once. */
export async function deleteAccount(options: { userId: string; password: string }): Promise<void> {
  await withPasswordThrottle(options.userId, "password", () => deleteUser(options));
  forgetSessions(options.userId);
}
