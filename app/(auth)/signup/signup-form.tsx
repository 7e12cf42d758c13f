"use client";

import Link from "next/link";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { signUp } from "@/lib/auth/actions";

const loadSchema = () => import("@/lib/auth/schemas").then((m) => m.signupSchema);

export function SignupForm() {
  const { form, formProps, formError, pending } = useServerForm(loadSchema, signUp, {
    defaultValues: { name: "", email: "", password: "" },
  });
  const { errors } = form.formState;
  return (
    <form method="post" {...formProps} noValidate className="flex flex-col gap-4">
      <FormAlert message={formError} />
      <TextField label="Name" autoComplete="name" error={errors.name?.message} {...form.register("name")} />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        error={errors.email?.message}
        {...form.register("email")}
      />
      <NewPasswordField label="Password" error={errors.password?.message} {...form.register("password")} />
      <Button type="submit" pending={pending}>
        Create account
      </Button>
      <p className="text-sm text-muted">
        Already have an account? <Link href="/login">Sign in</Link>
      </p>
    </form>
  );
}
