"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { fail, publicAction } from "@/lib/action";
import { signIn } from "@/lib/auth";
import { loginSchema, safeCallbackUrl } from "@/lib/auth/schemas";
import { isDatabaseUnavailable } from "@/lib/availability/database-error";

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
