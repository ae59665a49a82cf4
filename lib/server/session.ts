import "server-only";
import { redirect } from "next/navigation";
import type { Session } from "next-auth";
import { getToken } from "next-auth/jwt";
import type { Role } from "@/lib/auth/forms";
import { homePathFor } from "@/lib/auth/routes";
import { isHttpsRequest } from "@/lib/auth/security-headers";
import { auth } from "./auth";
import { isSessionCurrent } from "./auth/session-version";
import { authSecret } from "./env";

export type SessionUser = Session["user"];

export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  return session?.user?.id ? session.user : null;
}

/** The signed-in user, or a redirect to sign in (coming back to `returnTo` afterwards). */
export async function requireUser(returnTo = "/"): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** The signed-in user with `role`; anyone else is sent to their own home with a notice. */
export async function requireRole(role: Role, returnTo = "/"): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role !== role) redirect(`${homePathFor(user.role)}?notice=${role}-only`);
  return user;
}

/**
 * The signed-in user of an API request, from its session cookie alone: the token is decrypted and
 * its expiry checked, as `auth()` does, without Auth.js's session round trip (which also re-encodes
 * the token) on every answer. Route handlers never refresh the cookie, like the proxy. A revoked
 * session or a deleted user's cookie gives null (→ 401); the version comes from the per-process
 * cache (session-version.ts), and a database that cannot be asked throws (→ 503, never 401, so the
 * answer outbox keeps the answer).
 */
export async function requestUser(request: Request): Promise<SessionUser | null> {
  const secureCookie = isHttpsRequest(new URL(request.url), request.headers);
  const token = await getToken({ req: request, secret: authSecret(), secureCookie });
  if (!token?.sub || !token.role) return null;
  if (!(await isSessionCurrent(token.sub, token.sessionVersion))) return null;
  return { id: token.sub, role: token.role, name: token.name ?? "", email: token.email ?? "" };
}
