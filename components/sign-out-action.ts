"use server";

import { signOut } from "@/lib/auth";
import { endSession } from "@/lib/auth/sessions";
import { currentSessionId } from "@/lib/auth/session-token";

/**
 * Ends this browser's session row, then clears its cookie. The row goes first, on its own: Auth.js
 * swallows errors from its signOut event (lib/auth) and clears the cookie anyway, which during a
 * database outage would leave a live session behind a browser that believes it signed out. When
 * the row cannot be deleted this throws instead, and the browser stays signed in to try again.
 */
export async function signOutAction(): Promise<void> {
  const sessionId = await currentSessionId();
  if (sessionId) await endSession(sessionId);
  await signOut({ redirect: false });
}
