"use client";

import Link from "next/link";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { resetPassword } from "@/lib/auth/actions";

const loadSchema = () => import("@/lib/auth/schemas").then((m) => m.resetPasswordSchema);

export function ResetPasswordForm({ token }: { token: string }) {
  // On success the action redirects to sign in.
  const { form, formProps, formError, pending } = useServerForm(loadSchema, resetPassword, {
    defaultValues: { token, password: "" },
  });
  const { errors } = form.formState;
  return (
    <form method="post" {...formProps} noValidate className="flex flex-col gap-4">
      <FormAlert message={formError ?? errors.token?.message} />
      <NewPasswordField
        label="New password"
        error={errors.password?.message}
        {...form.register("password")}
      />
      <Button type="submit" pending={pending}>
        Set new password
      </Button>
      <p className="text-sm text-muted">
        Link expired? <Link href="/forgot-password">Ask for a new one</Link>
      </p>
    </form>
  );
}
