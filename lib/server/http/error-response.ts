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

/**
 * Connection-level failures: Node socket and DNS codes, PostgreSQL classes 08 (connection
 * exception), 57P01–57P03 (shutting down, crashed, not yet accepting connections) and 53300 (too
 * many connections), Prisma's own (P1001 unreachable, P1002 timed out, P1017 closed, P2024 pool).
 */
const UNAVAILABLE_CODE =
  /^(ECONNREFUSED|ECONNRESET|ECONNABORTED|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|57P0[1-3]|08[0-9A-Z]{3}|53300|P1001|P1002|P1017|P2024)$/;
/** Prisma driver-adapter error kinds that mean "no connection", not "bad query". */
const UNAVAILABLE_KIND = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection (?:is )?closed|terminating connection|ECONNREFUSED|Can't reach database|Timed out fetching a new connection|not (?:yet|currently) accepting connections|the database system is (?:shutting down|starting up|in recovery mode|not yet accepting connections)|too many clients already/i;

/**
 * A lost or refused database connection, as opposed to a bug: looks through the error, its `cause`
 * chain and Prisma 7's `meta.driverAdapterError` (where a P2039/P2010 keeps the PostgreSQL code,
 * e.g. 57P03 right after a crash) for a connection-level code, kind or message.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const { code, originalCode, kind, message, originalMessage, cause, driverAdapterError, meta } =
    error as Record<string, unknown>;
  for (const c of [code, originalCode])
    if (typeof c === "string" && UNAVAILABLE_CODE.test(c)) return true;
  if (typeof kind === "string" && UNAVAILABLE_KIND.has(kind)) return true;
  for (const m of [message, originalMessage]) {
    if (typeof m === "string" && UNAVAILABLE_MESSAGE.test(m)) return true;
  }
  return [cause, driverAdapterError, meta].some((inner) => isDatabaseUnavailable(inner, depth + 1));
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
