"use server";

import { headers } from "next/headers";
import { fail, failField, publicAction } from "@/lib/action";
import { signIn } from "@/lib/auth";
import { refuseCommonPassword } from "@/lib/auth/common-password";
import { hashPassword } from "@/lib/auth/password";
import { signupSchema } from "@/lib/auth/schemas";
import { createUser, EmailTakenError } from "@/lib/auth/users";
import { clientAddress, hit } from "@/lib/rate-limit";

// The form's schema, plus the one rule too large to ship to the browser: the common-password list.
const serverSignupSchema = signupSchema.superRefine(refuseCommonPassword("password"));

export const signUp = publicAction(serverSignupSchema, async ({ name, email, password }) => {
  const limit = await hit(`signup:${clientAddress(await headers())}`, 10, 3600);
  if (!limit.allowed) return fail(`Too many sign-ups from here. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`);
  try {
    await createUser({ name, email, passwordHash: await hashPassword(password) });
  } catch (error) {
    if (error instanceof EmailTakenError) return failField("email", "An account with this email already exists. Sign in instead.");
    throw error;
  }
  await signIn("credentials", { email, password, redirectTo: "/onboarding" });
  return { ok: true, data: undefined };
});
