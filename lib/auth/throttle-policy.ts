/**
 * Sign-in throttles and request rate limits, as data: each is a number of points a key may use in a
 * window, kept in the `rate_limits` table by rate-limiter-flexible (lib/server/limits). A rejected
 * request waits until its key's window ends.
 */
export interface RateLimitPolicy {
  /** The key prefix in `rate_limits`, unique per policy. */
  name: string;
  points: number;
  durationSeconds: number;
}

/** A class behind one school address: an address may do what this many users may. */
export const CLASS_SIZE = 40;

/**
 * Wrong passwords for one account from one address (or from unknown addresses): 5 free, then wait
 * for the 15-minute window to end. Keyed by account *and* address, so an attacker elsewhere cannot
 * lock the owner out; a point is taken before the password is checked, so concurrent tries cannot
 * check more than 5.
 */
export const SIGN_IN_FAILURES_PER_ACCOUNT: RateLimitPolicy = {
  name: "sign_in_account",
  points: 5,
  durationSeconds: 15 * 60,
};

/**
 * Wrong passwords from one address for any accounts: loose, since a class shares one address (40
 * students mistyping twice each stay far below), but it stops spraying one password over many.
 */
export const SIGN_IN_FAILURES_PER_ADDRESS: RateLimitPolicy = {
  name: "sign_in_address",
  points: 200,
  durationSeconds: 60 * 60,
};

/** New accounts from one address per hour: a whole class signs up in a lesson, a script does not. */
export function signUpPolicy(perHour: number): RateLimitPolicy {
  return { name: "sign_up_address", points: perHour, durationSeconds: 60 * 60 };
}

/** Account mails (links to reset or confirm) one address may receive per hour, whoever asks. */
export const MAILS_PER_RECIPIENT: RateLimitPolicy = {
  name: "mail_recipient",
  points: 5,
  durationSeconds: 60 * 60,
};

/** Forgotten-password requests one client address may make per hour (a class's worth and more). */
export const MAIL_REQUESTS_PER_ADDRESS: RateLimitPolicy = {
  name: "mail_request_address",
  points: 60,
  durationSeconds: 60 * 60,
};

/** API requests per minute of one user, and of one address (a class's worth). */
export function apiRequestPolicies(perUserPerMinute: number): {
  perUser: RateLimitPolicy;
  perAddress: RateLimitPolicy;
} {
  return {
    perUser: { name: "api_user", points: perUserPerMinute, durationSeconds: 60 },
    perAddress: { name: "api_address", points: perUserPerMinute * CLASS_SIZE, durationSeconds: 60 },
  };
}

/** The sign-in throttle key of an account at an address; the account alone when it is unknown. */
export function signInAccountKey(email: string, address: string | null): string {
  const account = email.trim().toLowerCase();
  return address === null ? account : `${account} ${address}`;
}

/** Whole seconds for a Retry-After header or a message: at least 1, rounded up. */
export function retryAfterSeconds(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000));
}
