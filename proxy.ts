import { NextResponse, type NextRequest } from "next/server";
import { signInPath } from "@/lib/auth/sign-in-path";
import { databaseGate } from "@/lib/availability/proxy-gate";
import { contentSecurityPolicy, newNonce } from "@/lib/security/headers.mjs";

/** Pages that need a signed-in user. Each page and action checks again next to its data. */
const PROTECTED = ["/dashboard", "/profile", "/resume", "/progress", "/settings", "/onboarding"];

/**
 * Dynamic pages get a nonce-based Content-Security-Policy, fresh per request: Next.js reads the
 * nonce from the request's policy and puts it on every script it renders. (Static pages keep the
 * policy from next.config.js; docs/security.md says why.)
 */
function withNonce(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy({ nonce: newNonce(), dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

/** Auth.js's session cookie: plain over http, `__Secure-` behind https, `.0`, `.1`… when chunked. */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;
const hasSessionCookie = (request: NextRequest) =>
  request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));

function toSignIn(request: NextRequest): NextResponse {
  const { pathname, search, origin } = request.nextUrl;
  return NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), origin));
}

export default async function proxy(request: NextRequest) {
  // Everything matched here needs the database: while it is unreachable, a 503 (lib/availability).
  const unavailable = await databaseGate(request);
  if (unavailable) return unavailable;
  const { pathname } = request.nextUrl;
  // Route handlers check the session themselves.
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const needsUser = PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  // Only whether a session cookie is there: the page validates the session itself next to its data
  // (requireUser), so checking it here too would decrypt the token and query the session twice.
  if (needsUser && !hasSessionCookie(request)) return toSignIn(request);
  return withNonce(request);
}

// Only dynamic pages and routes that need the database run this; the static public pages and assets
// never do.
export const config = {
  matcher: [
    "/dashboard/:path*",
    "/profile/:path*",
    "/resume/:path*",
    "/progress/:path*",
    "/settings/:path*",
    "/onboarding/:path*",
    "/login",
    "/signup",
    "/forgot-password",
    "/reset-password",
    "/dev/outbox",
    "/api/((?!v1/openapi\\.json$).*)",
  ],
};
