"use client";

import { useState, useTransition } from "react";
import { addFoundSkills } from "@/lib/resume-analysis/actions";
import { Button } from "@/components/ui/button";
import type { StoredFoundSkill } from "@/db/schema";
import { LEVELS } from "@/lib/profile/levels";

/** Found skills not yet in the profile: the user confirms each and picks a level, then adds them in one step. */
export function AddFoundSkills({ found }: { found: StoredFoundSkill[] }) {
  const [chosen, setChosen] = useState<Record<string, number | null>>({});
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  if (found.length === 0) return <p className="text-muted">Every skill found is already in your profile.</p>;
  const picked = Object.entries(chosen).filter((e): e is [string, number] => e[1] !== null);
  const submit = () =>
    startTransition(async () => {
      const result = await addFoundSkills({
        skills: picked.map(([skillSlug, level]) => ({ skillSlug, level })),
      });
      setMessage(
        result.ok
          ? `Added ${result.data.added} skill${result.data.added === 1 ? "" : "s"} to your profile.`
          : (result.error ?? "Tick at least one skill to add."),
      );
      if (result.ok) setChosen({});
    });
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-col gap-2">
        {found.map((f) => (
          <li key={f.slug} className="flex flex-wrap items-center gap-3">
            <label className="flex min-w-48 flex-1 items-center gap-2">
              <input
                type="checkbox"
                className="size-4"
                checked={chosen[f.slug] != null}
                onChange={(e) => setChosen({ ...chosen, [f.slug]: e.target.checked ? 3 : null })}
              />
              Add {f.name}
            </label>
            <label className="flex items-center gap-2 text-sm">
              <span className="sr-only">Level for {f.name}</span>
              <select
                className="input w-auto py-1"
                disabled={chosen[f.slug] == null}
                value={chosen[f.slug] ?? 3}
                onChange={(e) => setChosen({ ...chosen, [f.slug]: Number(e.target.value) })}
              >
                {LEVELS.map((l) => (
                  <option key={l.value} value={l.value}>
                    {l.value} · {l.name}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant="secondary"
          onClick={submit}
          pending={pending}
          disabled={picked.length === 0}
        >
          Add {picked.length || ""} to my profile
        </Button>
        <p role="status" className="text-sm text-success">
          {message}
        </p>
      </div>
    </div>
  );
}
