"use server";

import { signOut } from "@/lib/auth";

/** Ends this browser's session row too (see the signOut event in lib/auth). */
export async function signOutAction(): Promise<void> {
  await signOut({ redirect: false });
}
