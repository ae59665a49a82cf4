/** Expected failures, each with the HTTP status it maps to in one place (`lib/server/http/api.ts`). */
export const APP_ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** The input field at fault, for INVALID_INPUT (e.g. "response" or "answerId"). */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Over a rate limit: a 429 whose Retry-After says when to come back. */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("RATE_LIMITED", message);
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found.`);
