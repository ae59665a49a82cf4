import "server-only";
import { redirect } from "next/navigation";
import type { Session } from "next-auth";
import type { Role } from "@/lib/auth/forms";
import { homePathFor } from "@/lib/auth/routes";
import { auth } from "./auth";

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
