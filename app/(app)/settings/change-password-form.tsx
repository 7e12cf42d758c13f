"use client";

import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/schemas";
import { changePasswordSchema } from "@/lib/settings/schemas";
import { changePassword } from "./actions";

export function ChangePasswordForm() {
  const toast = useToast();
  const { form, onSubmit, formError, pending } = useServerForm(changePasswordSchema, changePassword, {
    defaultValues: { currentPassword: "", newPassword: "" },
    onSuccess: () => {
      form.reset();
      toast("Password changed. Other devices were signed out.");
    },
  });
  const { errors } = form.formState;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      <FormAlert message={formError} />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...form.register("currentPassword")}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. A passphrase of a few words works well.`}
        error={errors.newPassword?.message}
        {...form.register("newPassword")}
      />
      <div>
        <Button type="submit" pending={pending}>
          Change password
        </Button>
      </div>
    </form>
  );
}
