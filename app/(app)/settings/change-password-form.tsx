"use client";

import { NewPasswordField } from "@/components/forms/new-password-field";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { changePassword } from "@/lib/settings/actions";

const loadSchema = () => import("@/lib/settings/schemas").then((m) => m.changePasswordSchema);

export function ChangePasswordForm() {
  const toast = useToast();
  const { form, formProps, formError, pending } = useServerForm(loadSchema, changePassword, {
    defaultValues: { currentPassword: "", newPassword: "" },
    onSuccess: () => {
      form.reset();
      toast("Password changed. Other devices were signed out.");
    },
  });
  const { errors } = form.formState;
  return (
    <form method="post" {...formProps} noValidate className="flex max-w-md flex-col gap-4">
      <FormAlert message={formError} />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...form.register("currentPassword")}
      />
      <NewPasswordField
        label="New password"
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
