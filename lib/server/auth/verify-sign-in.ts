import "server-only";
import {
  SIGN_IN_FAILURES_PER_ACCOUNT,
  SIGN_IN_FAILURES_PER_ADDRESS,
  signInAccountKey,
} from "@/lib/auth/throttle-policy";
import { type AuthenticatedUser, verifyUserPassword } from "../data/users/verify-user-password";
import { consumeLimit, refundLimit, resetLimit } from "../limits/rate-limiters";

export type SignInOutcome =
  | { kind: "signed-in"; user: AuthenticatedUser }
  | { kind: "wrong" }
  | { kind: "throttled"; retryAfterSeconds: number };

/**
 * The credentials check of sign-in, throttled per account (at this address) and per address.
 * A point of each is taken *before* bcrypt, in one atomic upsert each, so 40 concurrent guesses
 * check at most 5 passwords; a right password gives them back (the account's failures at this
 * address are forgotten). An unknown address throttles the account alone, never a shared key.
 */
export async function verifySignIn(options: {
  email: string;
  password: string;
  /** The client's address (lib/server/http/client-address.ts), or null when it is not known. */
  address: string | null;
}): Promise<SignInOutcome> {
  const { email, password, address } = options;
  if (address !== null) {
    const byAddress = await consumeLimit(SIGN_IN_FAILURES_PER_ADDRESS, address);
    if (!byAddress.ok) return { kind: "throttled", retryAfterSeconds: byAddress.retryAfterSeconds };
  }
  const accountKey = signInAccountKey(email, address);
  const byAccount = await consumeLimit(SIGN_IN_FAILURES_PER_ACCOUNT, accountKey);
  if (!byAccount.ok) {
    // No password was checked: this attempt does not count against the address.
    if (address !== null) await refundLimit(SIGN_IN_FAILURES_PER_ADDRESS, address);
    return { kind: "throttled", retryAfterSeconds: byAccount.retryAfterSeconds };
  }
  const user = await verifyUserPassword({ email, password });
  if (!user) return { kind: "wrong" };
  await Promise.all([
    resetLimit(SIGN_IN_FAILURES_PER_ACCOUNT, accountKey),
    address !== null ? refundLimit(SIGN_IN_FAILURES_PER_ADDRESS, address) : undefined,
  ]);
  return { kind: "signed-in", user };
}
