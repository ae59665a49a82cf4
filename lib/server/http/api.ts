import "server-only";
import { isUserGone } from "../auth/session-version";
import { requestClientAddress } from "../client-address";
import { readServerEnv } from "../env";
import { AppError } from "../errors";
import { limitApiRequest } from "../limits/request-limits";
import { requestUser, type SessionUser } from "../session";
import { isDatabaseUnavailable, toErrorResponse } from "./error-response";

/**
 * A route handler for signed-in users with one role; anonymous → 401, the other role → 403, over
 * the user's or the address's rate limit (RATE_LIMIT_API_PER_MINUTE) → 429.
 */
export function apiHandler<Ctx>(
  role: "student" | "teacher" | "any",
  handler: (request: Request, user: SessionUser, context: Ctx) => Promise<Response>,
): (request: Request, context: Ctx) => Promise<Response> {
  return async (request, context) => {
    let user: SessionUser | null = null;
    try {
      user = await requestUser(request);
      if (!user) throw new AppError("UNAUTHENTICATED", "Sign in first.");
      if (role !== "any" && user.role !== role) {
        throw new AppError(
          "FORBIDDEN",
          `This is for ${role}s; you are signed in as a ${user.role}.`,
        );
      }
      await limitApiRequest({
        userId: user.id,
        address: requestClientAddress(request.headers),
        perMinute: readServerEnv().apiRequestsPerMinute,
      });
      return await handler(request, user, context);
    } catch (error) {
      if (user && (await deletedMeanwhile(user.id, error))) {
        return toErrorResponse(new AppError("UNAUTHENTICATED", "Sign in first."));
      }
      return toErrorResponse(error);
    }
  };
}

/**
 * An unexpected failure whose user turns out to be deleted (on another instance, within the session
 * cache's TTL: their writes break foreign keys) is a 401, not a 500. One fresh read, on failures only.
 */
async function deletedMeanwhile(userId: string, error: unknown): Promise<boolean> {
  if (error instanceof AppError || isDatabaseUnavailable(error)) return false;
  return isUserGone(userId).catch(() => false);
}
