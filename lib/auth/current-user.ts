import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./index";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
}

/** The signed-in user for this request (validated against the session table), or null. */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const u = session?.user;
  return u?.id && u.email ? { id: u.id, name: u.name ?? "", email: u.email } : null;
});

/** For pages: the signed-in user, or a redirect to sign in and back to `path`. */
export async function requireUser(path: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}
