"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { fail, publicAction } from "@/lib/action";
import { audit } from "@/lib/audit";
import { refuseCommonPassword } from "@/lib/auth/common-password";
import { hashPassword } from "@/lib/auth/password";
import { completePasswordReset } from "@/lib/auth/password-reset";
import { resetPasswordSchema } from "@/lib/auth/schemas";
import { clientAddress, hit } from "@/lib/rate-limit";

// The form's schema, plus the server-only common-password rule sign-up uses.
const serverResetSchema = resetPasswordSchema.superRefine(refuseCommonPassword("password"));

export const resetPassword = publicAction(serverResetSchema, async ({ token, password }) => {
  const limit = await hit(`reset-complete:${clientAddress(await headers())}`, 10, 15 * 60);
  if (!limit.allowed) return fail(`Too many attempts. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`);
  const userId = await completePasswordReset(token, await hashPassword(password));
  if (!userId) return fail("This reset link has expired or was already used. Ask for a new one below.");
  await audit("password_reset_completed", userId);
  // Every session ended with the reset; the user signs in afresh with the new password.
  redirect("/login?reset=done");
});
