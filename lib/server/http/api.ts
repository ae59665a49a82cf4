import "server-only";
import { APP_ERROR_STATUS, AppError } from "../errors";
import { currentUser, type SessionUser } from "../session";

export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

function errorResponse(status: number, code: string, message: string, field?: string): Response {
  const body: ApiErrorBody = { error: { code, message, ...(field ? { field } : {}) } };
  const headers = status === 503 ? { "Retry-After": "5" } : undefined;
  return Response.json(body, { status, headers });
}

/** A lost or refused database connection (pg and Prisma codes), as opposed to a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { code, message, name } = current as {
      code?: unknown;
      message?: unknown;
      name?: unknown;
    };
    if (
      typeof code === "string" &&
      /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|57P0[123]|08\d{3}|P1001|P1002|P1017|P2024)$/.test(
        code,
      )
    ) {
      return true;
    }
    if (
      name === "DriverAdapterError" &&
      typeof message === "string" &&
      /connect|terminat|closed/i.test(message)
    ) {
      return true;
    }
    if (
      typeof message === "string" &&
      /Connection terminated|connection (?:is )?closed|ECONNREFUSED|Can't reach database|Timed out fetching a new connection/i.test(
        message,
      )
    ) {
      return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Maps anything thrown by a handler to a precise 4xx, a 503 for a lost database, or an opaque 500. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return errorResponse(APP_ERROR_STATUS[error.code], error.code, error.message, error.field);
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

/** A route handler for signed-in users with one role; anonymous → 401, the other role → 403. */
export function apiHandler<Ctx>(
  role: "student" | "teacher" | "any",
  handler: (request: Request, user: SessionUser, context: Ctx) => Promise<Response>,
): (request: Request, context: Ctx) => Promise<Response> {
  return async (request, context) => {
    try {
      const user = await currentUser();
      if (!user) throw new AppError("UNAUTHENTICATED", "Sign in first.");
      if (role !== "any" && user.role !== role) {
        throw new AppError(
          "FORBIDDEN",
          `This is for ${role}s; you are signed in as a ${user.role}.`,
        );
      }
      return await handler(request, user, context);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}
