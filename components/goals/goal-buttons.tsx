"use client";

import { useState, useTransition } from "react";
import { markGoalDone, removeGoal } from "@/lib/goals/actions";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";

/** Mark done and Delete for one goal; the page re-renders from the server after either. */
export function GoalButtons({ id, title, done }: { id: string; title: string; done: boolean }) {
  const [pending, startTransition] = useTransition();
  const [which, setWhich] = useState<"done" | "delete">();
  const [error, setError] = useState("");
  const toast = useToast();
  const run = (kind: "done" | "delete") =>
    startTransition(async () => {
      setWhich(kind);
      setError("");
      const result = kind === "done" ? await markGoalDone({ id }) : await removeGoal({ id });
      if (!result.ok) return setError(result.error ?? "That did not work. Try again.");
      toast(kind === "done" ? `Done: ${title}.` : `Goal deleted: ${title}.`);
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      {!done && (
        <Button
          type="button"
          variant="secondary"
          pending={pending && which === "done"}
          disabled={pending}
          aria-label={`Mark done: ${title}`}
          onClick={() => run("done")}
        >
          Mark done
        </Button>
      )}
      <Button
        type="button"
        variant="ghost"
        pending={pending && which === "delete"}
        disabled={pending}
        aria-label={`Delete goal: ${title}`}
        onClick={() => run("delete")}
      >
        Delete
      </Button>
      {error && (
        <p role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
