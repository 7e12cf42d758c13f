import "server-only";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { cache } from "react";
import { serverEnv } from "@/lib/env";

/**
 * The session id of this request's sign-in (the `sid` claim of the encrypted session JWT), once per
 * request. The cookie is `__Secure-`-prefixed over HTTPS and plain over HTTP, so both names are
 * tried; a token only decrypts under the name it was issued for (the name is its key's salt).
 */
export const currentSessionId = cache(async (): Promise<string | null> => {
  // Only the cookie: getToken would also accept an Authorization header, which Auth.js's auth() does not.
  const req = { headers: new Headers({ cookie: (await headers()).get("cookie") ?? "" }) };
  for (const secureCookie of [true, false]) {
    const token = await getToken({ req, secret: serverEnv().AUTH_SECRET, secureCookie });
    if (typeof token?.sid === "string") return token.sid;
  }
  return null;
});
