import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { DatabaseUnavailableError } from "@/lib/availability/database-error";
import { noteIfDatabaseUnavailable } from "@/lib/availability/database-health";
import { currentSessionId } from "./session-token";
import { validateSession } from "./sessions";
import { signInPath } from "./sign-in-path";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
}

/**
 * The signed-in user for this request, or null: the cookie's session id checked against the session
 * table, as Auth.js's jwt callback (lib/auth/index.ts) does. Not through Auth.js's auth(), which sends a
 * Request through the whole Auth.js handler and encrypts a refreshed token a page cannot even set:
 * about a millisecond of CPU on every signed-in page. Throws DatabaseUnavailableError when the
 * session could not be checked, so an outage never looks like "signed out".
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const sessionId = await currentSessionId();
  if (!sessionId) return null;
  try {
    return await validateSession(sessionId);
  } catch (error) {
    if (noteIfDatabaseUnavailable(error)) throw new DatabaseUnavailableError();
    throw error;
  }
});

/** For pages: the signed-in user, or a redirect to sign in and back to `path`. */
export async function requireUser(path: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(signInPath(path));
  return user;
}
