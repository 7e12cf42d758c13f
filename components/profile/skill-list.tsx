"use client";

import { useState, useTransition } from "react";
import { removeProfileSkill, updateProfileSkill } from "@/app/(app)/profile/actions";
import { LEVELS } from "@/lib/profile/schemas";
import type { ProfileSkill } from "@/lib/profile/queries";

/** Each change saves at once; the list re-renders from the server after every save. */
export function SkillList({ skills }: { skills: ProfileSkill[] }) {
  const [status, setStatus] = useState("");
  const [pending, startTransition] = useTransition();

  const save = (skill: ProfileSkill, change: { level?: number; yearsUsed?: string }) =>
    startTransition(async () => {
      const result = await updateProfileSkill({ id: skill.id, level: change.level ?? skill.level, yearsUsed: change.yearsUsed ?? skill.yearsUsed ?? "" });
      setStatus(result.ok ? `Saved ${skill.name}.` : (result.error ?? Object.values(result.fieldErrors ?? {})[0] ?? "Could not save."));
    });
  const remove = (skill: ProfileSkill) =>
    startTransition(async () => {
      const result = await removeProfileSkill({ id: skill.id });
      setStatus(result.ok ? `Removed ${skill.name}.` : (result.error ?? "Could not remove it."));
    });

  if (skills.length === 0) {
    return <p className="rounded-lg border border-dashed border-border p-6 text-center text-muted">No skills yet. Add your first one above: start with the tools and languages you use every week.</p>;
  }
  return (
    <div className="flex flex-col gap-2">
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-success">
        {status}
      </p>
      <ul aria-label="Your skills" aria-busy={pending} className="divide-y divide-border rounded-xl border border-border bg-surface">
        {skills.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
            <span className="min-w-40 flex-1 font-medium">
              {s.name}
              {s.custom && <span className="ml-2 rounded bg-border/60 px-1.5 py-0.5 text-xs font-normal">custom</span>}
              {s.retired && <span className="ml-2 rounded bg-border/60 px-1.5 py-0.5 text-xs font-normal">no longer in catalog</span>}
            </span>
            <label className="flex items-center gap-2 text-sm">
              <span className="sr-only">Level of {s.name}</span>
              <select className="input w-auto py-1" defaultValue={s.level} onChange={(e) => save(s, { level: Number(e.target.value) })}>
                {LEVELS.map((l) => (
                  <option key={l.value} value={l.value}>
                    {l.value} · {l.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex items-center gap-2 text-sm">
              <span className="sr-only">Years using {s.name}</span>
              <input
                className="input w-20 py-1"
                type="number"
                min={0}
                max={60}
                step={0.5}
                defaultValue={s.yearsUsed ?? ""}
                onBlur={(e) => e.target.value !== String(s.yearsUsed ?? "") && save(s, { yearsUsed: e.target.value })}
              />
              <span aria-hidden="true" className="text-muted">yrs</span>
            </label>
            <button type="button" className="btn btn-ghost text-danger" onClick={() => remove(s)} aria-label={`Remove ${s.name}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
