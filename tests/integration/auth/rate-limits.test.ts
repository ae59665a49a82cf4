import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { toErrorResponse } from "@/lib/server/http/error-response";
import { limitApiRequest, limitSignUp } from "@/lib/server/limits/request-limits";
import { setUpAppDatabase } from "../helpers/app-database";
import { testBackend } from "../helpers/test-db";

setUpAppDatabase();

async function refusal(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    return toErrorResponse(error);
  }
  throw new Error("expected the request to be refused");
}

describe(`request rate limits (${testBackend()})`, () => {
  it("answers a user over the API limit with 429, Retry-After and the usual error body", async () => {
    const userId = randomUUID();
    const address = "198.51.100.60";
    for (let i = 0; i < 3; i += 1) await limitApiRequest({ userId, address, perMinute: 3 });
    const response = await refusal(limitApiRequest({ userId, address, perMinute: 3 }));
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("RATE_LIMITED");
    expect(body.error.message).toMatch(/try again/i);
  });

  it("lets a class of 40 behind one address use its whole per-user allowance", async () => {
    const address = "198.51.100.61";
    const users = Array.from({ length: 40 }, () => randomUUID());
    await Promise.all(
      users.flatMap((userId) =>
        Array.from({ length: 3 }, () => limitApiRequest({ userId, address, perMinute: 3 })),
      ),
    );
    // The address's allowance is the class's: one more student would be over it.
    const response = await refusal(
      limitApiRequest({ userId: randomUUID(), address, perMinute: 3 }),
    );
    expect(response.status).toBe(429);
  }, 60_000);

  it("counts 40 concurrent requests of one user exactly", async () => {
    const userId = randomUUID();
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () => limitApiRequest({ userId, address: null, perMinute: 10 })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
  });

  it("limits sign-ups per address, not across addresses", async () => {
    const address = "198.51.100.62";
    let accepted = 0;
    for (;;) {
      try {
        await limitSignUp({ address, perHour: 60 });
        accepted += 1;
      } catch (error) {
        expect(toErrorResponse(error).status).toBe(429);
        break;
      }
      if (accepted > 1000) throw new Error("sign-ups are not limited");
    }
    expect(accepted).toBe(60);
    await limitSignUp({ address: "198.51.100.63", perHour: 60 });
  }, 60_000);
});
