import type { NextAuthRequest } from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
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

// Typed as next-auth's middleware (request, event) so that auth() wraps it as one.
const requireUser: (request: NextAuthRequest, event: NextFetchEvent) => NextResponse = (request) => {
  if (request.auth?.user) return withNonce(request);
  const { pathname, search } = request.nextUrl;
  const login = new URL("/login", request.nextUrl.origin);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
};
const signedInOnly = auth(requireUser);

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  const needsUser = PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  return needsUser ? signedInOnly(request, event) : withNonce(request);
}

// Only dynamic pages run this (protected ones also pay for a session lookup); the static public
// pages, assets and API routes never do.
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
  ],
};
