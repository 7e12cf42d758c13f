"use client";

import Link from "next/link";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { logIn } from "@/lib/auth/actions";

const loadSchema = () => import("@/lib/auth/schemas").then((m) => m.loginSchema);

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const { form, formProps, formError, pending } = useServerForm(loadSchema, logIn, {
    defaultValues: { email: "", password: "", callbackUrl },
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
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...form.register("password")}
      />
      <p className="-mt-2 text-sm">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
      <Button type="submit" pending={pending}>
        Sign in
      </Button>
      <p className="text-sm text-muted">
        New to SkillShift? <Link href="/signup">Create an account</Link>
      </p>
    </form>
  );
}
