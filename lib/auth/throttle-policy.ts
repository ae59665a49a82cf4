/**
 * Sign-in throttling, as a pure policy over recent failed attempts of one key (an account or an IP).
 * After `freeFailures` failures in the window, each further attempt must wait, doubling from
 * `baseDelaySeconds` up to `maxDelaySeconds`; a success resets the count (the caller passes only
 * failures since the last success).
 */
export interface ThrottlePolicy {
  windowSeconds: number;
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

export const ACCOUNT_THROTTLE: ThrottlePolicy = {
  windowSeconds: 15 * 60,
  freeFailures: 5,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
};

/** Per IP: looser, since a school shares one address, but it still stops password spraying. */
export const IP_THROTTLE: ThrottlePolicy = {
  windowSeconds: 15 * 60,
  freeFailures: 30,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
};

/**
 * Seconds the caller must still wait before the next attempt (0 = allowed).
 * `failures` are the times of failed attempts inside the window, in any order.
 */
export function retryAfterSeconds(
  failures: readonly Date[],
  now: Date,
  policy: ThrottlePolicy,
): number {
  const windowStart = now.getTime() - policy.windowSeconds * 1000;
  const recent = failures.filter((t) => t.getTime() > windowStart);
  if (recent.length < policy.freeFailures) return 0;
  const excess = recent.length - policy.freeFailures;
  const delay = Math.min(policy.baseDelaySeconds * 2 ** excess, policy.maxDelaySeconds);
  const last = Math.max(...recent.map((t) => t.getTime()));
  const waitMs = last + delay * 1000 - now.getTime();
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}
