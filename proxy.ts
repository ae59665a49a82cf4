import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import type { Role } from "@/lib/auth/forms";
import { homePathFor, roleForPath } from "@/lib/auth/routes";
import {
  contentSecurityPolicy,
  isHttpsRequest,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/auth/security-headers";
import { authSecret } from "@/lib/server/env";

function isHttps(request: NextRequest): boolean {
  return isHttpsRequest(request.nextUrl, request.headers);
}

/**
 * Every page: a fresh CSP nonce, and an early check of role areas from the session cookie alone
 * (anonymous visitors go to sign in, the wrong role goes home with a notice). Pages and the data
 * layer check again; this only saves a round trip. It only *reads* the session: a proxy that
 * refreshed the cookie could, in a response racing a sign-out, sign the user back in.
 * It does not check the session version (a revoked session still passes here): in Next 16 the
 * proxy runs on Node.js and could, but pages and actions (`auth()`) and route handlers
 * (`requestUser`) are the authority and refuse a revoked cookie (lib/server/auth/session-version.ts).
 */
export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const area = roleForPath(request.nextUrl.pathname);
  if (area) {
    const token = await getToken({
      req: request,
      secret: authSecret(),
      secureCookie: isHttps(request),
    });
    const role = token?.role as Role | undefined;
    if (!role) {
      const signIn = new URL("/sign-in", request.nextUrl);
      signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
      return NextResponse.redirect(signIn);
    }
    if (role !== area) {
      const home = new URL(homePathFor(role), request.nextUrl);
      home.searchParams.set("notice", `${area}-only`);
      return NextResponse.redirect(home);
    }
  }
  return withSecurityHeaders(request);
}

/** Passes the request on with a fresh CSP nonce, and sets the page's CSP (and HSTS on HTTPS). */
function withSecurityHeaders(request: NextRequest): NextResponse {
  const nonce = btoa(crypto.randomUUID());
  const https = isHttps(request);
  const development = process.env.NODE_ENV === "development";
  const policy = contentSecurityPolicy({ nonce, development, https });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  if (https && !development) {
    response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  }
  return response;
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
