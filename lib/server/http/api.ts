import "server-only";
import { AppError } from "../errors";
import { requestUser, type SessionUser } from "../session";
import { toErrorResponse } from "./error-response";

/** A route handler for signed-in users with one role; anonymous → 401, the other role → 403. */
export function apiHandler<Ctx>(
  role: "student" | "teacher" | "any",
  handler: (request: Request, user: SessionUser, context: Ctx) => Promise<Response>,
): (request: Request, context: Ctx) => Promise<Response> {
  return async (request, context) => {
    try {
      const user = await requestUser(request);
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
