import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { databaseGate, unlessDatabaseFails } from "@/lib/availability/proxy-gate";

/** Pages that need a signed-in user. Each page and action checks again next to its data. */
const PROTECTED = ["/dashboard", "/profile", "/resume", "/progress", "/settings", "/onboarding"];

const withSession = auth((request) => {
  const { pathname, search } = request.nextUrl;
  const needsUser = PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (needsUser && !request.auth?.user) {
    const login = new URL("/login", request.nextUrl.origin);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
});

export default async function proxy(request: NextRequest) {
  // Everything matched here needs the database: while it is unreachable, a 503 (lib/availability).
  const unavailable = await databaseGate(request);
  if (unavailable) return unavailable;
  // Route handlers check the session themselves.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  // Auth.js types its wrapper as a route handler; the proxy has no route params to give it.
  return unlessDatabaseFails(request, async () => (await withSession(request, { params: Promise.resolve({}) })) ?? NextResponse.next());
}

// Only pages and routes that need the database run this; static public pages never do.
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
    "/api/((?!v1/openapi\\.json$).*)",
  ],
};
