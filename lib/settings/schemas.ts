import { z } from "zod";
import { passwordSchema } from "@/lib/auth/schemas";

// Shared by the settings forms (in the browser) and their server actions.

export const changePasswordSchema = z.object({
  // Any length is accepted here: a wrong current password always gets the same answer.
  currentPassword: z
    .string()
    .min(1, "Enter your current password.")
    .max(1024, "That is not your current password."),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const deleteAccountSchema = z.object({
  password: z.string().min(1, "Enter your password to confirm.").max(1024, "That is not your password."),
  confirm: z.boolean().refine((v) => v, "Tick the box to confirm that you want everything deleted."),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;

/** "Sign out everywhere" has no fields; the schema keeps it on the same path as every other action. */
export const signOutEverywhereSchema = z.object({});
