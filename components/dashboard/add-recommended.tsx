"use client";

import { useState, useTransition } from "react";
import { raiseProfileSkill } from "@/app/(app)/profile/actions";

/** One click: the recommended skill or tool goes into the profile at the level the gain assumes. */
export function AddRecommended({ skillSlug, name, level, verb }: { skillSlug: string; name: string; level: number; verb: string }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState("");
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className="btn btn-secondary"
        disabled={pending}
        aria-busy={pending || undefined}
        onClick={() =>
          startTransition(async () => {
            const result = await raiseProfileSkill({ skillSlug, level });
            setMessage(result.ok ? `Added ${name} at level ${level}.` : (result.error ?? "Could not add it."));
          })
        }
      >
        {pending && <span className="spinner" aria-hidden="true" />}
        {verb} {name} at level {level}
      </button>
      <span role="status" className="text-sm text-muted">
        {message}
      </span>
    </div>
  );
}
