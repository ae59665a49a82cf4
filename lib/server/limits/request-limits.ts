import "server-only";
import {
  apiRequestPolicies,
  MAIL_REQUESTS_PER_ADDRESS,
  signUpPolicy,
} from "@/lib/auth/throttle-policy";
import { RateLimitedError } from "../errors";
import { consumeLimit } from "./rate-limiters";

/**
 * Counts one API request against its user's and its address's allowances (an unknown address:
 * the user's only); over either, a RateLimitedError (429 with Retry-After).
 */
export async function limitApiRequest(options: {
  userId: string;
  address: string | null;
  perMinute: number;
}): Promise<void> {
  const policies = apiRequestPolicies(options.perMinute);
  if (options.address !== null) {
    const byAddress = await consumeLimit(policies.perAddress, options.address);
    if (!byAddress.ok) {
      throw new RateLimitedError(
        "Too many requests from your network. Please try again in a moment.",
        byAddress.retryAfterSeconds,
      );
    }
  }
  const byUser = await consumeLimit(policies.perUser, options.userId);
  if (!byUser.ok) {
    throw new RateLimitedError(
      "Too many requests. Please slow down and try again in a moment.",
      byUser.retryAfterSeconds,
    );
  }
}

/** Counts one sign-up against its address's allowance (none when the address is unknown). */
export async function limitSignUp(options: {
  address: string | null;
  perHour: number;
}): Promise<void> {
  if (options.address === null) return;
  const result = await consumeLimit(signUpPolicy(options.perHour), options.address);
  if (!result.ok) {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    throw new RateLimitedError(
      `Too many new accounts from your network. Please try again in ${minutes} min.`,
      result.retryAfterSeconds,
    );
  }
}

/**
 * Counts one anonymous request for an account mail (forgotten password) against its address's
 * allowance (none when the address is unknown; each mailbox is capped anyway, see deliverMail).
 */
export async function limitMailRequest(options: { address: string | null }): Promise<void> {
  if (options.address === null) return;
  const result = await consumeLimit(MAIL_REQUESTS_PER_ADDRESS, options.address);
  if (!result.ok) {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    throw new RateLimitedError(
      `Too many requests from your network. Please try again in ${minutes} min.`,
      result.retryAfterSeconds,
    );
  }
}
