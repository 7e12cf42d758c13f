import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";

/** Pages that need a signed-in user. Each page and action checks again next to its data. */
const PROTECTED = ["/dashboard", "/profile", "/resume", "/progress", "/settings", "/onboarding"];

export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  const needsUser = PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (needsUser && !request.auth?.user) {
    const login = new URL("/login", request.nextUrl.origin);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
});

// Only protected pages pay for a session lookup here; public pages never run this.
export const config = {
  matcher: ["/dashboard/:path*", "/profile/:path*", "/resume/:path*", "/progress/:path*", "/settings/:path*", "/onboarding/:path*"],
};
