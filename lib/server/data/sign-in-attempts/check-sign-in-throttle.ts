import "server-only";
import {
  ACCOUNT_THROTTLE,
  IP_THROTTLE,
  retryAfterSeconds,
  type ThrottlePolicy,
} from "@/lib/auth/throttle-policy";
import { db } from "../../db";

function policyFor(key: string): ThrottlePolicy {
  return key.startsWith("ip:") ? IP_THROTTLE : ACCOUNT_THROTTLE;
}

/** Seconds to wait before another sign-in attempt is allowed for any of `keys` (0 = go ahead). */
export async function checkSignInThrottle(options: { keys: string[]; now: Date }): Promise<number> {
  let wait = 0;
  for (const key of options.keys) {
    const policy = policyFor(key);
    const windowStart = new Date(options.now.getTime() - policy.windowSeconds * 1000);
    const lastSuccess = await db().signInAttempt.findFirst({
      where: { key, succeeded: true, createdAt: { gt: windowStart } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const failures = await db().signInAttempt.findMany({
      where: { key, succeeded: false, createdAt: { gt: lastSuccess?.createdAt ?? windowStart } },
      orderBy: { createdAt: "desc" },
      take: 64,
      select: { createdAt: true },
    });
    const failureTimes = failures.map((f) => f.createdAt);
    wait = Math.max(wait, retryAfterSeconds(failureTimes, options.now, policy));
  }
  return wait;
}
