/**
 * The Content-Security-Policy of every page: scripts only from this site or carrying the request's
 * nonce (Next.js adds it to its own scripts when it finds it in the request's CSP), no framing, no
 * plugins, forms and `<base>` only to this site. Development adds 'unsafe-eval' for React's tooling.
 */
export function contentSecurityPolicy(options: {
  nonce: string;
  development: boolean;
  https: boolean;
}) {
  const scripts = [`'self'`, `'nonce-${options.nonce}'`, `'strict-dynamic'`];
  if (options.development) scripts.push(`'unsafe-eval'`);
  return [
    `default-src 'self'`,
    `script-src ${scripts.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `frame-ancestors 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `object-src 'none'`,
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Two years, subdomains included: sent only on HTTPS in production. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Whether a request reached us over HTTPS, directly or behind a proxy that says so. */
export function isHttpsRequest(url: URL, headers: Headers): boolean {
  return url.protocol === "https:" || headers.get("x-forwarded-proto") === "https";
}
