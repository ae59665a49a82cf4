import { describe, expect, it } from "vitest";
import {
  ACCOUNT_THROTTLE,
  retryAfterSeconds,
  type ThrottlePolicy,
} from "@/lib/auth/throttle-policy";

const policy: ThrottlePolicy = {
  windowSeconds: 900,
  freeFailures: 3,
  baseDelaySeconds: 30,
  maxDelaySeconds: 300,
};
const now = new Date("2026-03-01T12:00:00Z");
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

describe("retryAfterSeconds", () => {
  it("allows attempts while failures stay under the free allowance", () => {
    expect(retryAfterSeconds([], now, policy)).toBe(0);
    expect(retryAfterSeconds([secondsAgo(1), secondsAgo(2)], now, policy)).toBe(0);
  });

  it("makes the caller wait the base delay after the allowance, counted from the last failure", () => {
    expect(retryAfterSeconds([secondsAgo(1), secondsAgo(2), secondsAgo(3)], now, policy)).toBe(29);
  });

  it("doubles the delay with each further failure, up to the maximum", () => {
    const four = [0, 1, 2, 3].map(secondsAgo);
    expect(retryAfterSeconds(four, now, policy)).toBe(60);
    const many = Array.from({ length: 12 }, (_, i) => secondsAgo(i));
    expect(retryAfterSeconds(many, now, policy)).toBe(300);
  });

  it("lets the wait run out", () => {
    expect(retryAfterSeconds([secondsAgo(31), secondsAgo(40), secondsAgo(50)], now, policy)).toBe(
      0,
    );
  });

  it("ignores failures older than the window", () => {
    const old = [secondsAgo(901), secondsAgo(950), secondsAgo(1000)];
    expect(retryAfterSeconds(old, now, policy)).toBe(0);
  });

  it("throttles an account after five failures by default", () => {
    const five = [0, 1, 2, 3, 4].map(secondsAgo);
    expect(retryAfterSeconds(five.slice(0, 4), now, ACCOUNT_THROTTLE)).toBe(0);
    expect(retryAfterSeconds(five, now, ACCOUNT_THROTTLE)).toBe(30);
  });
});
