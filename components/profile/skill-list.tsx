"use client";

import { useTransition } from "react";
import { removeProfileSkill, updateProfileSkill } from "@/lib/profile/actions";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { useToast } from "@/components/ui/toast";
import { LEVELS, levelName } from "@/lib/profile/levels";
import type { ProfileSkill } from "@/lib/profile/queries";

/** Each change saves at once and says so in a toast; the list re-renders from the server after every save. */
export function SkillList({ skills }: { skills: ProfileSkill[] }) {
  const toast = useToast();
  const [pending, startTransition] = useTransition();

  const save = (skill: ProfileSkill, change: { level?: number; yearsUsed?: string }) =>
    startTransition(async () => {
      const level = change.level ?? skill.level;
      const result = await updateProfileSkill({
        id: skill.id,
        level,
        yearsUsed: change.yearsUsed ?? skill.yearsUsed ?? "",
      });
      if (result.ok)
        toast(
          change.level
            ? `Saved ${skill.name} at level ${level} (${levelName(level)}).`
            : `Saved ${skill.name}.`,
        );
      else
        toast(
          result.error ?? Object.values(result.fieldErrors ?? {})[0] ?? `Could not save ${skill.name}.`,
          "error",
        );
    });
  const remove = (skill: ProfileSkill) =>
    startTransition(async () => {
      const result = await removeProfileSkill({ id: skill.id });
      if (result.ok) toast(`Removed ${skill.name}.`);
      else toast(result.error ?? `Could not remove ${skill.name}.`, "error");
    });

  if (skills.length === 0) {
    return (
      <EmptyState title="No skills yet">
        Add your first one above: start with the tools and languages you use every week. Five or more give a
        useful picture.
      </EmptyState>
    );
  }
  return (
    <ul
      aria-label="Your skills"
      aria-busy={pending}
      className="divide-y divide-border rounded-2xl border border-border bg-surface"
    >
      {skills.map((s) => (
        <li
          key={s.id}
          className="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-2 px-4 py-3 sm:grid-cols-[1fr_auto_auto]"
        >
          <span className="flex min-w-0 flex-wrap items-center gap-2 font-medium">
            {s.name}
            {s.custom && <Badge className="!text-xs font-normal">custom</Badge>}
            {s.retired && <Badge className="!text-xs font-normal">no longer in catalog</Badge>}
          </span>
          <div className="col-span-2 flex items-center gap-3 sm:col-span-1 sm:col-start-2 sm:row-start-1">
            <label className="flex items-center gap-2 text-sm">
              <span className="sr-only">Level of {s.name}</span>
              <select
                className="input w-auto py-1"
                defaultValue={s.level}
                onChange={(e) => save(s, { level: Number(e.target.value) })}
              >
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
                onBlur={(e) =>
                  e.target.value !== String(s.yearsUsed ?? "") && save(s, { yearsUsed: e.target.value })
                }
              />
              <span aria-hidden="true" className="text-muted">
                yrs
              </span>
            </label>
          </div>
          <button
            type="button"
            className="btn btn-ghost btn-sm col-start-2 row-start-1 text-danger sm:col-start-3"
            onClick={() => remove(s)}
            aria-label={`Remove ${s.name}`}
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
