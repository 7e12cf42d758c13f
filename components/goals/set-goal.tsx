"use client";

import { useId, useState } from "react";
import { addGoal } from "@/app/(app)/progress/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { goalSchema } from "@/lib/goals/schemas";

interface SetGoalProps {
  kind: "skill" | "tool" | "certification";
  targetSlug: string;
  level?: number;
  name: string;
  defaultDue: string;
  today: string;
}

/** "Set a goal" beside a recommendation: opens a due-date picker, then saves the goal. */
export function SetGoal({ kind, targetSlug, level, name, defaultDue, today }: SetGoalProps) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState("");
  const id = useId();
  const { form, onSubmit, formError, pending } = useServerForm(goalSchema, addGoal, {
    defaultValues: { kind, targetSlug, level: level ?? null, dueOn: defaultDue },
    onSuccess: ({ title }) => {
      setOpen(false);
      setSaved(`Goal set: ${title}, due ${form.getValues("dueOn")}.`);
    },
  });
  const error = formError ?? form.formState.errors.dueOn?.message ?? form.formState.errors.targetSlug?.message;
  return (
    <div className="flex flex-col gap-2">
      {!open ? (
        <Button type="button" variant="ghost" className="self-start" aria-expanded={false} onClick={() => (setOpen(true), setSaved(""))}>
          Set a goal for {name}
        </Button>
      ) : (
        <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
          <label htmlFor={`${id}-due`} className="flex flex-col gap-1 text-sm font-medium">
            Due date for {name}
            <input id={`${id}-due`} type="date" min={today} className="input" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...form.register("dueOn")} />
          </label>
          <Button type="submit" pending={pending}>Save goal</Button>
          <Button type="button" variant="ghost" onClick={() => setOpen(false)}>Cancel</Button>
          {error && <p id={`${id}-error`} role="alert" className="w-full text-sm font-medium text-danger">{error}</p>}
        </form>
      )}
      <p role="status" className="text-sm text-muted">{saved}</p>
    </div>
  );
}
