import "server-only";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { serverEnv } from "@/lib/env";

/**
 * The session id of this request's sign-in (the `sid` claim of the encrypted session JWT). auth()
 * does not return it: the session callback keeps it out of what the browser can read. The cookie is
 * `__Secure-`-prefixed over HTTPS and plain over HTTP, so both names are tried.
 */
export async function currentSessionId(): Promise<string | null> {
  // Only the cookie: getToken would also accept an Authorization header, which auth() does not.
  const req = { headers: new Headers({ cookie: (await headers()).get("cookie") ?? "" }) };
  for (const secureCookie of [true, false]) {
    const token = await getToken({ req, secret: serverEnv().AUTH_SECRET, secureCookie });
    if (typeof token?.sid === "string") return token.sid;
  }
  return null;
}
