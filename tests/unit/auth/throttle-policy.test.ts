import { describe, expect, it } from "vitest";
import {
  apiRequestPolicies,
  CLASS_SIZE,
  type RateLimitPolicy,
  retryAfterSeconds,
  SIGN_IN_FAILURES_PER_ACCOUNT,
  SIGN_IN_FAILURES_PER_ADDRESS,
  signInAccountKey,
  signUpPolicy,
} from "@/lib/auth/throttle-policy";

describe("throttle policy", () => {
  it("keys an account's failures by account and address, the account alone when unknown", () => {
    expect(signInAccountKey(" Ada@Example.test ", "198.51.100.7")).toBe(
      "ada@example.test 198.51.100.7",
    );
    expect(signInAccountKey("ada@example.test", null)).toBe("ada@example.test");
    expect(signInAccountKey("ada@example.test", "198.51.100.7")).not.toBe(
      signInAccountKey("ada@example.test", "198.51.100.8"),
    );
  });

  it("gives an account 5 free failures and an address room for a class mistyping twice each", () => {
    expect(SIGN_IN_FAILURES_PER_ACCOUNT.points).toBe(5);
    expect(SIGN_IN_FAILURES_PER_ADDRESS.points).toBeGreaterThanOrEqual(2 * CLASS_SIZE);
  });

  it("sizes an address's API allowance for a class of 40 users", () => {
    const { perUser, perAddress } = apiRequestPolicies(120);
    expect(perUser).toEqual({ name: "api_user", points: 120, durationSeconds: 60 });
    expect(perAddress.points).toBe(120 * CLASS_SIZE);
  });

  it("uses one store prefix per policy", () => {
    const policies: RateLimitPolicy[] = [
      SIGN_IN_FAILURES_PER_ACCOUNT,
      SIGN_IN_FAILURES_PER_ADDRESS,
      signUpPolicy(60),
      ...Object.values(apiRequestPolicies(1)),
    ];
    expect(new Set(policies.map((p) => p.name)).size).toBe(policies.length);
  });

  it("rounds the wait up to whole seconds, at least 1", () => {
    expect(retryAfterSeconds(0)).toBe(1);
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(59_001)).toBe(60);
  });
});
