import "server-only";
import { checkSignInThrottle } from "../data/sign-in-attempts/check-sign-in-throttle";
import { recordSignInAttempt } from "../data/sign-in-attempts/record-sign-in-attempt";
import { type AuthenticatedUser, verifyUserPassword } from "../data/users/verify-user-password";

export type SignInOutcome =
  | { kind: "signed-in"; user: AuthenticatedUser }
  | { kind: "wrong" }
  | { kind: "throttled"; retryAfterSeconds: number };

/** The credentials check of sign-in, throttled per account and per client address. */
export async function verifySignIn(options: {
  email: string;
  password: string;
  /** The client's address, or null when it is not known. */
  address: string | null;
}): Promise<SignInOutcome> {
  const { email, password } = options;
  const keys = [`email:${email}`, `ip:${options.address ?? "unknown"}`];
  const now = new Date();
  const wait = await checkSignInThrottle({ keys, now });
  if (wait > 0) return { kind: "throttled", retryAfterSeconds: wait };
  const user = await verifyUserPassword({ email, password });
  await recordSignInAttempt({ keys, succeeded: user !== null, at: now });
  return user ? { kind: "signed-in", user } : { kind: "wrong" };
}
