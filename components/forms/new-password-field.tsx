import type { ComponentProps } from "react";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";

/**
 * A password being chosen (sign-up, reset, change): the rule said before the first try, and
 * `new-password` so password managers offer to generate and save one.
 */
export function NewPasswordField(
  props: Omit<ComponentProps<typeof TextField>, "type" | "autoComplete" | "hint">,
) {
  return (
    <TextField
      type="password"
      autoComplete="new-password"
      hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. A passphrase of a few words works well.`}
      {...props}
    />
  );
}
