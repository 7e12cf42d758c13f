"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { fail, failField, publicAction } from "@/lib/action";
import { audit } from "@/lib/audit";
import { signIn, signOut } from "@/lib/auth";
import { refuseCommonPassword } from "@/lib/auth/common-password";
import { hashPassword } from "@/lib/auth/password";
import { completePasswordReset } from "@/lib/auth/password-reset";
import { sendPasswordResetLink } from "@/lib/auth/reset-link";
import {
  forgotPasswordSchema,
  loginSchema,
  resetPasswordSchema,
  safeCallbackUrl,
  signupSchema,
} from "@/lib/auth/schemas";
import { currentSessionId } from "@/lib/auth/session-token";
import { endSession } from "@/lib/auth/sessions";
import { createUser, EmailTakenError } from "@/lib/auth/users";
import { isDatabaseUnavailable } from "@/lib/availability/database-error";
import { clientAddress, hit } from "@/lib/rate-limit";

export const logIn = publicAction(loginSchema, async ({ email, password, callbackUrl }) => {
  try {
    await signIn("credentials", { email, password, redirectTo: safeCallbackUrl(callbackUrl) });
  } catch (error) {
    // signIn redirects by throwing; only authentication failures are answered here, and an outage
    // is not one: publicAction answers it (Auth.js wraps it as an AuthError).
    if (isDatabaseUnavailable(error)) throw error;
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return fail("Too many sign-in attempts. Wait a few minutes and try again.");
    }
    if (error instanceof AuthError) return fail("Wrong email or password.");
    throw error;
  }
  return { ok: true, data: undefined };
});

// The form's schema, plus the one rule too large to ship to the browser: the common-password list.
const serverSignupSchema = signupSchema.superRefine(refuseCommonPassword("password"));

export const signUp = publicAction(serverSignupSchema, async ({ name, email, password }) => {
  const limit = await hit(`signup:${clientAddress(await headers())}`, 10, 3600);
  if (!limit.allowed)
    return fail(
      `Too many sign-ups from here. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
    );
  try {
    await createUser({ name, email, passwordHash: await hashPassword(password) });
  } catch (error) {
    if (error instanceof EmailTakenError)
      return failField("email", "An account with this email already exists. Sign in instead.");
    throw error;
  }
  await signIn("credentials", { email, password, redirectTo: "/onboarding" });
  return { ok: true, data: undefined };
});

export const requestPasswordReset = publicAction(forgotPasswordSchema, async ({ email }) => {
  const client = clientAddress(await headers());
  // Per client, and per address so nobody is flooded with reset emails.
  const [perClient, perEmail] = await Promise.all([
    hit(`reset:client:${client}`, 5, 15 * 60),
    hit(`reset:email:${email}`, 3, 3600),
  ]);
  if (!perClient.allowed || !perEmail.allowed) {
    const minutes = Math.ceil(Math.max(perClient.retryAfterSeconds, perEmail.retryAfterSeconds) / 60);
    return fail(`Too many reset requests. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
  // The lookup and the email happen after the answer is sent: the same answer, in the same time,
  // whether or not an account has this address.
  after(() =>
    sendPasswordResetLink(email).catch((error) =>
      console.error(`[reset] could not send the reset email: ${(error as Error)?.name}`),
    ),
  );
  return { ok: true, data: undefined };
});

// The form's schema, plus the server-only common-password rule sign-up uses.
const serverResetSchema = resetPasswordSchema.superRefine(refuseCommonPassword("password"));

export const resetPassword = publicAction(serverResetSchema, async ({ token, password }) => {
  const limit = await hit(`reset-complete:${clientAddress(await headers())}`, 10, 15 * 60);
  if (!limit.allowed)
    return fail(`Too many attempts. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`);
  const userId = await completePasswordReset(token, await hashPassword(password));
  if (!userId) return fail("This reset link has expired or was already used. Ask for a new one below.");
  await audit("password_reset_completed", userId);
  // Every session ended with the reset; the user signs in afresh with the new password.
  redirect("/login?reset=done");
});

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
