"use client";

import { useId } from "react";
import { addGoal } from "@/lib/goals/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import type { SetGoalProps } from "./set-goal-props";

const loadSchema = () => import("@/lib/goals/schemas").then((m) => m.goalSchema);

/** SetGoal's due-date picker, once opened. */
export function DueDateForm({
  kind,
  targetSlug,
  level,
  name,
  defaultDue,
  today,
  onCancel,
  onSaved,
}: SetGoalProps & { onCancel: () => void; onSaved: (message: string) => void }) {
  const id = useId();
  const { form, formProps, formError, pending } = useServerForm(loadSchema, addGoal, {
    defaultValues: { kind, targetSlug, level: level ?? null, dueOn: defaultDue },
    onSuccess: ({ title }) => onSaved(`Goal set: ${title}, due ${form.getValues("dueOn")}.`),
  });
  const error =
    formError ?? form.formState.errors.dueOn?.message ?? form.formState.errors.targetSlug?.message;
  return (
    <form {...formProps} noValidate className="flex flex-wrap items-end gap-2">
      <label htmlFor={`${id}-due`} className="flex flex-col gap-1 text-sm font-medium">
        Due date for {name}
        <input
          id={`${id}-due`}
          type="date"
          min={today}
          className="input"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...form.register("dueOn")}
        />
      </label>
      <Button type="submit" pending={pending}>
        Save goal
      </Button>
      <Button type="button" variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
      {error && (
        <p id={`${id}-error`} role="alert" className="w-full text-sm font-medium text-danger">
          {error}
        </p>
      )}
    </form>
  );
}
