"use client";

import Link from "next/link";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MAX, PASSWORD_MIN, signupSchema } from "@/lib/auth/schemas";
import { signUp } from "./actions";

export function SignupForm() {
  const { form, onSubmit, formError, pending } = useServerForm(signupSchema, signUp, {
    defaultValues: { name: "", email: "", password: "" },
  });
  const { errors } = form.formState;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={formError} />
      <TextField label="Name" autoComplete="name" error={errors.name?.message} {...form.register("name")} />
      <TextField label="Email" type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. A passphrase of a few words works well.`}
        error={errors.password?.message}
        {...form.register("password")}
      />
      <Button type="submit" pending={pending}>
        Create account
      </Button>
      <p className="text-sm text-muted">
        Already have an account? <Link href="/login">Sign in</Link>
      </p>
    </form>
  );
}
