import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { DatabaseUnavailableError } from "@/lib/availability/database-error";
import { watchingDatabase } from "@/lib/availability/database-health";
import { auth } from "./index";
import { signInPath } from "./sign-in-path";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
}

/**
 * The signed-in user for this request (validated against the session table), or null. Throws
 * DatabaseUnavailableError when the session could not be checked: Auth.js reports that as "no
 * session", which would send a signed-in user to the sign-in page over an outage.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  // The session callback notes an outage when its check fails (lib/auth/index.ts).
  const { value: session, failed } = await watchingDatabase(() => auth());
  const u = session?.user;
  if (u?.id && u.email) return { id: u.id, name: u.name ?? "", email: u.email };
  if (failed) throw new DatabaseUnavailableError();
  return null;
});

/** For pages: the signed-in user, or a redirect to sign in and back to `path`. */
export async function requireUser(path: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(signInPath(path));
  return user;
}
