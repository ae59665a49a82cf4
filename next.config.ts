import type { NextConfig } from "next";

// Pages get their full, nonce-based Content-Security-Policy from proxy.ts; these hold everywhere,
// route handlers and static files included.
const securityHeaders = [
  {
    key: "Content-Security-Policy",
    value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` (part of `npm test`) checks every file; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // The generated Prisma client and pg stay as Node modules on the server.
  serverExternalPackages: ["pg", "@electric-sql/pglite"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
