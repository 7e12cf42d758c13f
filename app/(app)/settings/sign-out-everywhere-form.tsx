"use client";

import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { signOutEverywhereSchema } from "@/lib/settings/schemas";
import { signOutEverywhere } from "./actions";

export function SignOutEverywhereForm() {
  // On success the action redirects to sign in.
  const { onSubmit, formError, pending } = useServerForm(signOutEverywhereSchema, signOutEverywhere);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3">
      <FormAlert message={formError} />
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          Sign out everywhere
        </Button>
      </div>
    </form>
  );
}
