"use client";

import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { deleteMyAccount } from "@/lib/settings/actions";

const loadSchema = () => import("@/lib/settings/schemas").then((m) => m.deleteAccountSchema);

export function DeleteAccountForm() {
  // On success the action redirects home, signed out.
  const { form, formProps, formError, pending } = useServerForm(loadSchema, deleteMyAccount, {
    defaultValues: { password: "", confirm: false },
  });
  const { errors } = form.formState;
  return (
    <form method="post" {...formProps} noValidate className="flex max-w-md flex-col gap-4">
      <FormAlert message={formError} />
      <TextField
        label="Password to confirm"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...form.register("password")}
      />
      <div className="flex flex-col gap-1.5">
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1 size-4"
            aria-invalid={errors.confirm ? true : undefined}
            aria-describedby={errors.confirm ? "delete-confirm-error" : undefined}
            {...form.register("confirm")}
          />
          <span>I understand this deletes everything</span>
        </label>
        {errors.confirm && (
          <p id="delete-confirm-error" role="alert" className="text-sm font-medium text-danger">
            {errors.confirm.message}
          </p>
        )}
      </div>
      <div>
        <Button type="submit" variant="danger" pending={pending}>
          Delete my account
        </Button>
      </div>
    </form>
  );
}
