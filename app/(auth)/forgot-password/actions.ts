"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { fail, publicAction } from "@/lib/action";
import { sendPasswordResetLink } from "@/lib/auth/reset-link";
import { forgotPasswordSchema } from "@/lib/auth/schemas";
import { clientAddress, hit } from "@/lib/rate-limit";

export const requestPasswordReset = publicAction(forgotPasswordSchema, async ({ email }) => {
  const client = clientAddress(await headers());
  // Per client, and per address so nobody is flooded with reset emails.
  const [perClient, perEmail] = await Promise.all([hit(`reset:client:${client}`, 5, 15 * 60), hit(`reset:email:${email}`, 3, 3600)]);
  if (!perClient.allowed || !perEmail.allowed) {
    const minutes = Math.ceil(Math.max(perClient.retryAfterSeconds, perEmail.retryAfterSeconds) / 60);
    return fail(`Too many reset requests. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
  // The lookup and the email happen after the answer is sent: the same answer, in the same time,
  // whether or not an account has this address.
  after(() => sendPasswordResetLink(email).catch((error) => console.error(`[reset] could not send the reset email: ${(error as Error)?.name}`)));
  return { ok: true, data: undefined };
});
