"use client";

import { useState } from "react";
import { addProfileSkill } from "@/lib/profile/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { Combobox, type ComboOption } from "@/components/ui/combobox";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { LEVELS } from "@/lib/profile/levels";
import { useSkillSearch } from "./use-skill-search";

const loadSchema = () => import("@/lib/profile/schemas").then((m) => m.addSkillSchema);

const CUSTOM = "__custom__";

/** Add a skill: autocomplete over names and aliases (k8s → Kubernetes), or keep a custom one. */
export function SkillAdder() {
  const [query, setQuery] = useState("");
  const toast = useToast();
  const { options, loading } = useSkillSearch(query);
  const { form, formProps, formError, pending } = useServerForm(loadSchema, addProfileSkill, {
    defaultValues: { skillSlug: "", customName: "", level: 3, yearsUsed: "" },
    onSuccess: ({ name }) => {
      toast(`Added ${name} at level ${form.getValues("level")}.`);
      setQuery("");
      form.reset({ skillSlug: "", customName: "", level: form.getValues("level"), yearsUsed: "" });
    },
  });
  const { errors } = form.formState;
  const typed = query.trim();
  const withCustom: ComboOption[] =
    typed && !options.some((o) => o.label.toLowerCase() === typed.toLowerCase())
      ? [...options, { value: CUSTOM, label: `Add “${typed}” as a custom skill`, hint: "not in our catalog" }]
      : options;

  return (
    <form {...formProps} noValidate className="flex flex-col gap-4">
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
        <Combobox
          label="Skill"
          placeholder="Type a skill, e.g. k8s or golang"
          options={withCustom}
          loading={loading}
          query={query}
          error={errors.skillSlug?.message ?? errors.customName?.message}
          onQueryChange={(q) => {
            setQuery(q);
            form.setValue("skillSlug", "");
            form.setValue("customName", "");
          }}
          onSelect={(o) => {
            if (o.value === CUSTOM) {
              form.setValue("customName", typed);
              setQuery(typed);
            } else {
              form.setValue("skillSlug", o.value);
              setQuery(o.label);
            }
            form.clearErrors("skillSlug");
          }}
        />
        <div className="flex flex-col gap-1.5">
          <label htmlFor="add-skill-level" className="text-sm font-medium">
            Level
          </label>
          <select id="add-skill-level" className="input" {...form.register("level")}>
            {LEVELS.map((l) => (
              <option key={l.value} value={l.value}>
                {l.value} · {l.name}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label="Years used"
          type="number"
          inputMode="decimal"
          min={0}
          max={60}
          step={0.5}
          error={errors.yearsUsed?.message}
          {...form.register("yearsUsed")}
        />
      </div>
      <div>
        <Button type="submit" pending={pending}>
          Add skill
        </Button>
      </div>
    </form>
  );
}
