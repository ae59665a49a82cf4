import { NextRequest } from "next/server";
import { handlers } from "@/lib/server/auth";

const ORIGIN = "http://localhost";

/** A browser's cookie jar, reduced to what these tests need: name → value, cleared by Max-Age=0. */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** A copy, as an attacker (or a second device) holding today's cookie would keep it. */
  copy(): CookieJar {
    const jar = new CookieJar();
    for (const [name, value] of this.cookies) jar.cookies.set(name, value);
    return jar;
  }
}

/** A request to the app as a browser with `jar` would send it. */
export function appRequest(
  jar: CookieJar,
  path: string,
  init: { method?: string; json?: unknown; form?: Record<string, string> } = {},
): NextRequest {
  const headers = new Headers({ cookie: jar.header() });
  let body: string | undefined;
  if (init.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(init.json);
  } else if (init.form) {
    headers.set("content-type", "application/x-www-form-urlencoded");
    body = new URLSearchParams(init.form).toString();
  }
  return new NextRequest(`${ORIGIN}${path}`, { method: init.method ?? "GET", headers, body });
}

/** Calls Auth.js's own route handler (/api/auth/...), keeping its cookies in `jar`. */
async function authCall(
  jar: CookieJar,
  path: string,
  init: { method?: string; form?: Record<string, string> } = {},
): Promise<Response> {
  const method = init.method ?? "GET";
  const handler = method === "POST" ? handlers.POST : handlers.GET;
  const response = await handler(appRequest(jar, `/api/auth/${path}`, init));
  jar.store(response);
  return response;
}

async function csrfToken(jar: CookieJar): Promise<string> {
  const response = await authCall(jar, "csrf");
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

/** Signs in through Auth.js's credentials callback, as the sign-in form does; returns the jar. */
export async function signInThroughAuthJs(email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await csrfToken(jar);
  await authCall(jar, "callback/credentials", {
    method: "POST",
    form: { email, password, csrfToken: csrf, callbackUrl: `${ORIGIN}/` },
  });
  if (![...jar.cookies.keys()].some((name) => name.endsWith("session-token"))) {
    throw new Error(`signing in as ${email} set no session cookie`);
  }
  return jar;
}

/** Signs out through Auth.js (what the header's "Sign out" button calls). */
export async function signOutThroughAuthJs(jar: CookieJar): Promise<void> {
  const csrf = await csrfToken(jar);
  await authCall(jar, "signout", { method: "POST", form: { csrfToken: csrf } });
}

/** The session Auth.js gives pages for this cookie (`auth()` runs the same callbacks), or null. */
export async function sessionOf(jar: CookieJar): Promise<{ user?: { id?: string } } | null> {
  const response = await authCall(jar.copy(), "session");
  return (await response.json()) as { user?: { id?: string } } | null;
}
