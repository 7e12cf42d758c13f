"use server";

import { AuthError } from "next-auth";
import { action, fail, failField } from "@/lib/action";
import { audit } from "@/lib/audit";
import { signIn, signOut } from "@/lib/auth";
import { refuseCommonPassword } from "@/lib/auth/common-password";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/sessions";
import { hit } from "@/lib/rate-limit";
import { currentSessionId } from "@/lib/auth/session-token";
import { deleteAccount, passwordHashOf, replacePassword } from "@/lib/settings/account";
import { changePasswordSchema, deleteAccountSchema, signOutEverywhereSchema } from "@/lib/settings/schemas";

const WINDOW_SECONDS = 15 * 60;
const tooMany = (retryAfterSeconds: number) =>
  fail(`Too many attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);

// The form's schema, plus the server-only common-password rule sign-up uses.
const serverChangePassword = changePasswordSchema.superRefine(refuseCommonPassword("newPassword"));

/**
 * Checks the current password, stores the new one and ends every other session of the user; this
 * browser's session (its id read from the session cookie) stays signed in.
 */
export const changePassword = action(serverChangePassword, async ({ currentPassword, newPassword }, user) => {
  const limit = await hit(`password-change:${user.id}`, 5, WINDOW_SECONDS);
  if (!limit.allowed) return tooMany(limit.retryAfterSeconds);
  const hash = await passwordHashOf(user.id);
  if (!hash || !(await verifyPassword(hash, currentPassword)))
    return failField("currentPassword", "That is not your current password.");

  const keep = await currentSessionId();
  await replacePassword(user.id, await hashPassword(newPassword), keep ?? undefined);
  await audit("password_changed", user.id);
  if (!keep) {
    // Not expected (auth() just accepted the cookie), but then every session ended: sign in afresh.
    try {
      await signIn("credentials", { email: user.email, password: newPassword, redirect: false });
    } catch (error) {
      if (error instanceof AuthError)
        return fail(
          "Your password was changed and every device was signed out. Sign in again with your new password.",
        );
      throw error;
    }
  }
  return { ok: true, data: undefined };
});

/** Deletes the account and everything in it after the password is re-entered, then signs out. */
export const deleteMyAccount = action(deleteAccountSchema, async ({ password }, user) => {
  const limit = await hit(`account-delete:${user.id}`, 5, WINDOW_SECONDS);
  if (!limit.allowed) return tooMany(limit.retryAfterSeconds);
  const hash = await passwordHashOf(user.id);
  if (!hash || !(await verifyPassword(hash, password)))
    return failField("password", "That is not your password.");

  await deleteAccount(user.id);
  // Clears this browser's cookie; the session rows went with the user. Throws the redirect home.
  await signOut({ redirectTo: "/" });
  return { ok: true, data: undefined };
});

/** Ends every session of the user, this browser's included, then signs this browser out. */
export const signOutEverywhere = action(signOutEverywhereSchema, async (_input, user) => {
  await endAllSessions(user.id);
  await audit("sign_out_everywhere", user.id);
  // Clears this browser's cookie (its session row is already gone). Throws the redirect to sign in.
  await signOut({ redirectTo: "/login" });
  return { ok: true, data: undefined };
});
