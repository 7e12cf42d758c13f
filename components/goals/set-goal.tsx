"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { SetGoalProps } from "./set-goal-props";

// Loaded when first wanted (on hover or focus of the button, at the latest on click): react-hook-form
// is otherwise the dashboard's largest JavaScript, for a form most visits never open.
const loadForm = () => import("./due-date-form").then((m) => m.DueDateForm);
const DueDateForm = dynamic(loadForm, { loading: () => <p className="text-sm text-muted">Opening…</p> });
// An early load that fails (offline) is simply tried again by the click.
const preload = () => void loadForm().catch(() => {});

/**
 * "Set a goal" beside a recommendation: opens a due-date picker, then saves the goal. The form (and
 * its react-hook-form state) exists only once opened: a dashboard lists a dozen of these, and most
 * stay closed.
 */
export function SetGoal(props: SetGoalProps) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState("");
  return (
    <div className="flex flex-col gap-2">
      {!open ? (
        <Button
          type="button"
          variant="ghost"
          className="self-start text-left whitespace-normal"
          aria-expanded={false}
          onPointerEnter={preload}
          onFocus={preload}
          onClick={() => (setOpen(true), setSaved(""))}
        >
          Set a goal for {props.name}
        </Button>
      ) : (
        <DueDateForm
          {...props}
          onCancel={() => setOpen(false)}
          onSaved={(message) => (setOpen(false), setSaved(message))}
        />
      )}
      <p role="status" className="text-sm text-muted">
        {saved}
      </p>
    </div>
  );
}
