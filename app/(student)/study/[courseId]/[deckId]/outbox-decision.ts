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
  | "server-error"
  /** A timeout or a 4xx without the API's code (a proxy, a deploy): nothing says it is final. */
  | "unconfirmed";

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
const MIN_RETRY_MS = 1000;
const MAX_RETRY_MS = 60 * 60 * 1000;

/**
 * The statuses with which the API says "this answer can never be recorded" (a malformed answer, a
 * deck or question that no longer exists, an answer id taken by another question, a body too
 * large): dropped only when the body carries the API's own error code, so a proxy's or a
 * deploy's HTML 404 never deletes an answer.
 */
const FINAL_STATUSES = new Set([400, 404, 409, 410, 413, 422]);

const OFFLINE_MESSAGE =
  "You are offline. Your answer is saved on this device and will be sent when you are back.";
const UNAVAILABLE_MESSAGE =
  "The server cannot record answers right now. Your answer is saved on this device and will be sent again.";
const SIGNED_OUT_MESSAGE =
  "You are signed out. Your answer is saved on this device: sign in again (in another tab) and it will be sent.";
const RATE_LIMITED_MESSAGE =
  "Too many answers at once. Your answer is saved on this device and will be sent in a moment.";

/** Retry-After as delay-seconds or an HTTP date, bounded; the default when absent or unreadable. */
export function retryDelayMs(retryAfter: string | null, now: number): number {
  let delay = DEFAULT_RETRY_MS;
  const value = retryAfter?.trim() ?? "";
  if (/^\d+$/.test(value)) delay = Number(value) * 1000;
  else if (value) {
    const date = Date.parse(value);
    if (!Number.isNaN(date)) delay = date - now;
  }
  return Math.min(MAX_RETRY_MS, Math.max(MIN_RETRY_MS, delay));
}

function apiError(body: unknown): { code: string; message: string } | null {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (typeof error?.code !== "string" || !error.code) return null;
  return {
    code: error.code,
    message: typeof error.message === "string" ? error.message : "",
  };
}

/**
 * The outbox's rule for one attempt: drop an answer only when the API says, with its own error
 * code and a final 4xx, that it can never be recorded; keep it on everything else (no network, a
 * 5xx, signed out, rate-limited, timed out, a 4xx from something in front of the app) and send it
 * again after Retry-After or a few seconds. `now` (epoch ms) reads a Retry-After given as a date.
 */
export function decideOutbox(attempt: SendAttempt | null, now: number): OutboxDecision {
  if (!attempt) {
    return {
      action: "retry",
      reason: "offline",
      retryAfterMs: DEFAULT_RETRY_MS,
      message: OFFLINE_MESSAGE,
    };
  }
  const { status } = attempt;
  if (status >= 200 && status < 300) return { action: "acknowledged" };
  const retryAfterMs = retryDelayMs(attempt.retryAfter, now);
  const error = apiError(attempt.body);
  if (FINAL_STATUSES.has(status) && error) {
    const why = error.message || `The server refused it (${status}).`;
    return {
      action: "drop",
      status,
      message: `Your answer could not be recorded and was removed from this device: ${why}`,
    };
  }
  if (status === 401 || status === 403) {
    return { action: "retry", reason: "signed-out", retryAfterMs, message: SIGNED_OUT_MESSAGE };
  }
  if (status === 429) {
    return { action: "retry", reason: "rate-limited", retryAfterMs, message: RATE_LIMITED_MESSAGE };
  }
  return {
    action: "retry",
    reason: [502, 503, 504].includes(status)
      ? "unavailable"
      : status >= 500
        ? "server-error"
        : "unconfirmed",
    retryAfterMs,
    message: UNAVAILABLE_MESSAGE,
  };
}
