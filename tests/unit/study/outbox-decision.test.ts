import { describe, expect, it } from "vitest";
import {
  DEFAULT_RETRY_MS,
  decideOutbox,
  type SendAttempt,
} from "@/app/(student)/study/[courseId]/[deckId]/outbox-decision";

const NOW = Date.parse("2026-12-05T08:00:00.000Z");
const apiError = (code: string, message = `${code} message`) => ({ error: { code, message } });
const attempt = (status: number, body: unknown = null, retryAfter: string | null = null) =>
  ({ status, body, retryAfter }) satisfies SendAttempt;

describe("decideOutbox", () => {
  it("forgets an answer the server acknowledged (new or a duplicate)", () => {
    expect(decideOutbox(attempt(201, {}), NOW)).toEqual({ action: "acknowledged" });
    expect(decideOutbox(attempt(200, {}), NOW)).toEqual({ action: "acknowledged" });
  });

  it("keeps an answer when the network is down", () => {
    expect(decideOutbox(null, NOW)).toMatchObject({ action: "retry", reason: "offline" });
  });

  // Failure 2 of issue 13: a 500 right after a database crash deleted the answer.
  it.each([500, 502, 503, 504, 507])("keeps an answer on a %i", (status) => {
    const decision = decideOutbox(attempt(status, apiError("INTERNAL")), NOW);
    expect(decision).toMatchObject({ action: "retry" });
  });

  it("keeps an answer while the student is signed out (401) or signed in as someone else (403), and says so", () => {
    for (const status of [401, 403]) {
      const decision = decideOutbox(attempt(status, apiError("UNAUTHENTICATED")), NOW);
      expect(decision).toMatchObject({ action: "retry", reason: "signed-out" });
      if (decision.action === "retry") expect(decision.message).toMatch(/sign in/i);
    }
  });

  it("keeps an answer on 429 and waits as long as Retry-After says (seconds or a date)", () => {
    expect(decideOutbox(attempt(429, apiError("RATE_LIMITED"), "30"), NOW)).toMatchObject({
      action: "retry",
      reason: "rate-limited",
      retryAfterMs: 30_000,
    });
    const date = new Date(NOW + 90_000).toUTCString();
    expect(decideOutbox(attempt(429, null, date), NOW)).toMatchObject({
      action: "retry",
      retryAfterMs: 90_000,
    });
    expect(decideOutbox(attempt(429, null, "soon"), NOW)).toMatchObject({
      action: "retry",
      retryAfterMs: DEFAULT_RETRY_MS,
    });
  });

  it("honours a 503's Retry-After too", () => {
    expect(decideOutbox(attempt(503, apiError("UNAVAILABLE"), "5"), NOW)).toMatchObject({
      action: "retry",
      reason: "unavailable",
      retryAfterMs: 5000,
    });
  });

  it("keeps an answer on a timeout (408) and on a 4xx without the API's error code (a proxy's page)", () => {
    expect(decideOutbox(attempt(408), NOW)).toMatchObject({ action: "retry" });
    expect(decideOutbox(attempt(404, null), NOW)).toMatchObject({ action: "retry" });
    expect(decideOutbox(attempt(400, { message: "Bad Request" }), NOW)).toMatchObject({
      action: "retry",
    });
    expect(decideOutbox(attempt(413, null), NOW)).toMatchObject({ action: "retry" });
  });

  it.each([
    [400, "INVALID_INPUT"],
    [404, "NOT_FOUND"],
    [409, "CONFLICT"],
    [410, "GONE"],
    [413, "PAYLOAD_TOO_LARGE"],
    [422, "INVALID_INPUT"],
  ])("drops an answer the API says can never be recorded (%i %s) and tells why", (status, code) => {
    const decision = decideOutbox(attempt(status, apiError(code, "Deck not found.")), NOW);
    expect(decision).toMatchObject({ action: "drop", status });
    if (decision.action === "drop") {
      expect(decision.message).toMatch(/Deck not found\./);
      expect(decision.message).toMatch(/not recorded|could not be recorded/i);
    }
  });

  it("never waits less than a second nor more than an hour", () => {
    expect(decideOutbox(attempt(429, null, "0"), NOW)).toMatchObject({ retryAfterMs: 1000 });
    expect(decideOutbox(attempt(429, null, "86400"), NOW)).toMatchObject({
      retryAfterMs: 3_600_000,
    });
  });
});
