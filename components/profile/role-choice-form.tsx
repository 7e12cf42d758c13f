"use client";

import { useState } from "react";
import { chooseRoles } from "@/lib/profile/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { Combobox, type ComboOption } from "@/components/ui/combobox";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";

const loadSchema = () => import("@/lib/profile/schemas").then((m) => m.roleChoiceSchema);

interface Props {
  roles: ComboOption[];
  initial: { roleSlug: string | null; targetRoleSlug: string | null; yearsExperience: number | null };
  submitLabel: string;
  onSaved?: () => void;
}

const filter = (roles: ComboOption[], q: string) => {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  return roles
    .filter((r) => words.every((w) => `${r.label} ${r.hint ?? ""}`.toLowerCase().includes(w)))
    .slice(0, 12);
};

export function RoleChoiceForm({ roles, initial, submitLabel, onSaved }: Props) {
  const labelOf = (slug: string | null) => roles.find((r) => r.value === slug)?.label ?? "";
  const [roleQuery, setRoleQuery] = useState(labelOf(initial.roleSlug));
  const [targetQuery, setTargetQuery] = useState(labelOf(initial.targetRoleSlug));
  const toast = useToast();
  const { form, formProps, formError, pending } = useServerForm(loadSchema, chooseRoles, {
    defaultValues: {
      roleSlug: initial.roleSlug ?? "",
      targetRoleSlug: initial.targetRoleSlug ?? "",
      yearsExperience: initial.yearsExperience ?? "",
    },
    onSuccess: () => {
      toast("Role saved.");
      onSaved?.();
    },
  });
  const { errors } = form.formState;
  const pick = (field: "roleSlug" | "targetRoleSlug", setQuery: (q: string) => void) => ({
    onSelect: (o: ComboOption) => {
      setQuery(o.label);
      form.setValue(field, o.value, { shouldValidate: true });
    },
    onQueryChange: (q: string) => {
      setQuery(q);
      // Typing invalidates the choice until a role is picked again (or the field is emptied).
      form.setValue(field, "", { shouldValidate: false });
    },
  });

  return (
    <form {...formProps} noValidate className="flex flex-col gap-4">
      <FormAlert message={formError} />
      <Combobox
        label="Current role"
        placeholder="Search, e.g. backend developer"
        options={filter(roles, roleQuery)}
        query={roleQuery}
        error={errors.roleSlug?.message}
        {...pick("roleSlug", setRoleQuery)}
      />
      <Combobox
        label="Target role (optional)"
        placeholder="A role you are moving towards"
        hint="We analyse it beside your current role."
        options={filter(roles, targetQuery)}
        query={targetQuery}
        error={errors.targetRoleSlug?.message}
        {...pick("targetRoleSlug", setTargetQuery)}
      />
      <TextField
        label="Years of experience"
        type="number"
        inputMode="numeric"
        min={0}
        max={60}
        className="max-w-40"
        error={errors.yearsExperience?.message}
        {...form.register("yearsExperience")}
      />
      <div>
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
