import "server-only";
import { APP_ERROR_STATUS, AppError, RateLimitedError } from "../errors";

export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

function errorResponse(
  status: number,
  code: string,
  message: string,
  field?: string,
  retryAfterSeconds?: number,
): Response {
  const body: ApiErrorBody = { error: { code, message, ...(field ? { field } : {}) } };
  const retryAfter = retryAfterSeconds ?? (status === 503 ? 5 : undefined);
  const headers = retryAfter === undefined ? undefined : { "Retry-After": String(retryAfter) };
  return Response.json(body, { status, headers });
}

/** Connection-level failures: pg/Node socket codes, PostgreSQL classes 08 and 57P, Prisma's own. */
const UNAVAILABLE_CODE =
  /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|57P0[1-3]|08\d{3}|P1001|P1002|P1017|P2024)$/;
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection (?:is )?closed|terminating connection|ECONNREFUSED|Can't reach database|Timed out fetching a new connection|not currently accepting connections|the database system is (?:shutting down|starting up|in recovery mode)/i;

/**
 * A lost or refused database connection, as opposed to a bug: looks through the error, its `cause`
 * chain and Prisma's `driverAdapterError` for a connection-level code or message.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, originalCode, message, originalMessage, cause, driverAdapterError } =
    error as Record<string, unknown>;
  for (const c of [code, originalCode])
    if (typeof c === "string" && UNAVAILABLE_CODE.test(c)) return true;
  for (const m of [message, originalMessage]) {
    if (typeof m === "string" && UNAVAILABLE_MESSAGE.test(m)) return true;
  }
  return (
    isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(driverAdapterError, depth + 1)
  );
}

/** Maps anything thrown by a handler to a precise 4xx, a 503 for a lost database, or an opaque 500. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const retryAfter = error instanceof RateLimitedError ? error.retryAfterSeconds : undefined;
    return errorResponse(
      APP_ERROR_STATUS[error.code],
      error.code,
      error.message,
      error.field,
      retryAfter,
    );
  }
  if (isDatabaseUnavailable(error)) {
    return errorResponse(
      503,
      "UNAVAILABLE",
      "The database is unavailable right now. Your answer was not recorded; it will be sent again.",
    );
  }
  console.error(error);
  return errorResponse(500, "INTERNAL", "Something went wrong on our side. Please try again.");
}
