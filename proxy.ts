import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import NextAuth from "next-auth";
import { homePathFor, roleForPath } from "@/lib/auth/routes";
import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "@/lib/auth/security-headers";
import { authConfig } from "@/lib/server/auth/config";
import { authSecret } from "@/lib/server/env";

const { auth } = NextAuth(() => ({ ...authConfig, secret: authSecret() }));

/**
 * An early, cookie-only check of role areas: anonymous visitors go to sign in, the wrong role goes
 * home with a notice. Pages and the data layer check again; this only saves a round trip.
 */
const guard = auth((request) => {
  const role = roleForPath(request.nextUrl.pathname);
  if (!role) return withSecurityHeaders(request);
  const user = request.auth?.user;
  if (!user?.role) {
    const signIn = new URL("/sign-in", request.nextUrl);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }
  if (user.role !== role) {
    const home = new URL(homePathFor(user.role), request.nextUrl);
    home.searchParams.set("notice", `${role}-only`);
    return NextResponse.redirect(home);
  }
  return withSecurityHeaders(request);
});

/** Passes the request on with a fresh CSP nonce, and sets the page's CSP (and HSTS on HTTPS). */
function withSecurityHeaders(request: NextRequest): NextResponse {
  const nonce = btoa(crypto.randomUUID());
  const https =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const development = process.env.NODE_ENV === "development";
  const policy = contentSecurityPolicy({ nonce, development, https });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  if (https && !development)
    response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

// With a lazily configured Auth.js, `auth(handler)` resolves to the handler: await it per request.
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const handler = await guard;
  return handler(request, event as never);
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
