import "server-only";
import { audit } from "@/lib/audit";
import { appUrl, sendMail } from "@/lib/mail/send";
import { createPasswordReset, RESET_VALID_MINUTES } from "./password-reset";

/** Emails a reset link when an account has this address; does nothing visible when none has. */
export async function sendPasswordResetLink(email: string): Promise<void> {
  const reset = await createPasswordReset(email);
  await audit("password_reset_requested", reset?.userId ?? null);
  if (!reset) return;
  const link = `${appUrl()}/reset-password?token=${reset.token}`;
  await sendMail({
    to: email,
    subject: "Reset your SkillShift password",
    text: [
      `Hello ${reset.name},`,
      "",
      "Someone, hopefully you, asked to reset the password of your SkillShift account.",
      `Open this link within ${RESET_VALID_MINUTES} minutes to choose a new password (it works once):`,
      link,
      "",
      "If you did not ask for this, ignore this email: your password stays as it is.",
    ].join("\n"),
  });
}
