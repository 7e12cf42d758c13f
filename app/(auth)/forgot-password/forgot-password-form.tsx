"use client";

import Link from "next/link";
import { useState } from "react";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { requestPasswordReset } from "@/lib/auth/actions";

const loadSchema = () => import("@/lib/auth/schemas").then((m) => m.forgotPasswordSchema);

export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string>();
  const { form, formProps, formError, pending } = useServerForm(loadSchema, requestPasswordReset, {
    defaultValues: { email: "" },
    onSuccess: () => setSentTo(form.getValues("email").trim()),
  });
  const { errors } = form.formState;
  return (
    <form method="post" {...formProps} noValidate className="flex flex-col gap-4">
      <FormAlert message={formError} />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        error={errors.email?.message}
        {...form.register("email")}
      />
      <Button type="submit" pending={pending}>
        Send reset link
      </Button>
      <p role="status" className="text-sm font-medium">
        {sentTo
          ? `If an account exists for ${sentTo}, we have sent it a link to choose a new password. The link works once, for 10 minutes.`
          : ""}
      </p>
      <p className="text-sm text-muted">
        Remembered it? <Link href="/login">Sign in</Link>
      </p>
    </form>
  );
}
