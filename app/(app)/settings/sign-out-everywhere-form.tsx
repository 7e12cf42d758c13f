"use client";

import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { signOutEverywhere } from "@/lib/settings/actions";

const loadSchema = () => import("@/lib/settings/schemas").then((m) => m.signOutEverywhereSchema);

export function SignOutEverywhereForm() {
  // On success the action redirects to sign in.
  const { formProps, formError, pending } = useServerForm(loadSchema, signOutEverywhere);
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <FormAlert message={formError} />
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          Sign out everywhere
        </Button>
      </div>
    </form>
  );
}
