// @ts-check
// Security headers, in plain JavaScript because next.config.js (not compiled) uses them as well as
// proxy.ts. Types: headers.d.mts. Why the policy differs between static and dynamic pages:
// docs/security.md ("Headers and Content-Security-Policy").

/** One year, this host only: subdomains may be run by someone else, so no includeSubDomains. */
export const HSTS = "max-age=31536000";

/** On every response (next.config.js headers()). */
export const BASE_HEADERS = [
  { key: "x-content-type-options", value: "nosniff" },
  { key: "referrer-policy", value: "strict-origin-when-cross-origin" },
  { key: "x-frame-options", value: "DENY" },
  { key: "cross-origin-opener-policy", value: "same-origin" },
  { key: "permissions-policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/**
 * The Content-Security-Policy. With a nonce (dynamic pages, set per request in proxy.ts) only
 * scripts carrying it run, and the scripts they load ('strict-dynamic'). Without one (statically
 * generated public pages, whose HTML is built once and has no nonce to carry) inline scripts are
 * allowed: Next.js streams each page's data in inline <script> tags.
 * @param {{ nonce?: string, dev?: boolean }} [options]
 */
export function contentSecurityPolicy({ nonce, dev = false } = {}) {
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"];
  // React's development build evaluates code to rebuild server error stacks; production never does.
  if (dev) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // Style attributes (bar widths) cannot carry a nonce; injected CSS cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
