"use client";

import { addGoal } from "@/lib/goals/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";

const loadSchema = () => import("@/lib/goals/schemas").then((m) => m.goalSchema);

/** A goal written by hand: what, and by when. */
export function NewGoalForm({ defaultDue, today }: { defaultDue: string; today: string }) {
  const toast = useToast();
  const { form, formProps, formError, pending } = useServerForm(loadSchema, addGoal, {
    defaultValues: { kind: "manual", title: "", dueOn: defaultDue },
    onSuccess: ({ title }) => {
      form.reset({ kind: "manual", title: "", dueOn: defaultDue });
      toast(`Goal added: ${title}.`);
    },
  });
  const { errors } = form.formState;
  return (
    <form {...formProps} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
      <FormAlert message={formError} />
      <div className="flex-1">
        <TextField
          label="New goal"
          placeholder="e.g. Give a talk on our event-driven design"
          maxLength={120}
          error={errors.title?.message}
          {...form.register("title")}
        />
      </div>
      <TextField
        label="Due date"
        type="date"
        min={today}
        error={errors.dueOn?.message}
        {...form.register("dueOn")}
      />
      <div className="sm:pt-7">
        <Button type="submit" pending={pending}>
          Add goal
        </Button>
      </div>
    </form>
  );
}
