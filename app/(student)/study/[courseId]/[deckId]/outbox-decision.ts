/**
 * What the outbox does with an answer after one attempt to send it: pure, so every status the server
 * (or a proxy in front of it) can answer is decided in one place and tested without a browser.
 */
export type OutboxDecision =
  | { action: "acknowledged" }
  /** Keep the answer and send it again, not before `retryAfterMs`; tell the student `message`. */
  | { action: "retry"; reason: RetryReason; retryAfterMs: number; message: string }
  /** The server said this answer can never be recorded: remove it and tell the student why. */
  | { action: "drop"; status: number; message: string };

export type RetryReason =
  | "offline"
  | "unavailable"
  | "signed-out"
  | "rate-limited"
  | "server-error";

/** What came back from one POST: null when the request never got an answer (network down). */
export interface SendAttempt {
  status: number;
  /** The Retry-After header, if any. */
  retryAfter: string | null;
  /** The parsed JSON body, or null. */
  body: unknown;
}

/** How long to wait before resending when the server gives no Retry-After. */
export const DEFAULT_RETRY_MS = 4000;

const OFFLINE_MESSAGE =
  "You are offline. Your answer is saved on this device and will be sent when you are back.";

/** The outbox's rule for one attempt; `now` (epoch ms) reads a Retry-After given as a date. */
export function decideOutbox(attempt: SendAttempt | null, _now: number): OutboxDecision {
  if (!attempt || [502, 503, 504].includes(attempt.status)) {
    return {
      action: "retry",
      reason: attempt ? "unavailable" : "offline",
      retryAfterMs: DEFAULT_RETRY_MS,
      message: OFFLINE_MESSAGE,
    };
  }
  if (attempt.status >= 200 && attempt.status < 300) return { action: "acknowledged" };
  const message =
    (attempt.body as { error?: { message?: string } } | null)?.error?.message ??
    `The server refused this answer (${attempt.status}).`;
  return { action: "drop", status: attempt.status, message };
}
