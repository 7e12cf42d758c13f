import type { RoleAnalysis } from "@/lib/analysis/analyze-role";
import { findSkill } from "@/lib/catalog/by-slug";
import { percent } from "@/lib/format";
import { Meter } from "@/components/roles/meter";
import { Badge } from "@/components/ui/badge";

const TIMELINE: Record<string, string> = {
  now: "now",
  "1-2y": "in 1–2 years",
  "3-5y": "in 3–5 years",
  "5y+": "in 5+ years",
};
type Task = RoleAnalysis["tasks"][number];

const name = (slug: string) => findSkill(slug)?.name ?? slug;
const mySkills = (t: Task) =>
  t.skills
    .filter((s) => s.level > 0)
    .map((s) => `${name(s.skill)} ${s.level}/5`)
    .join(", ") || "—";

function Kind({ task }: { task: Task }) {
  return task.kind === "at_risk" ? (
    <Badge tone="danger">At risk {task.timeline ? TIMELINE[task.timeline] : ""}</Badge>
  ) : (
    <Badge tone="success">Stays human</Badge>
  );
}

/**
 * Every task of the role with its kind, timeline, exposure and how well the user covers it: one list,
 * whose items line up in columns from the md breakpoint (rendered once: a table for wide screens
 * beside a list for phones doubled the page).
 */
export function TaskTable({ analysis }: { analysis: RoleAnalysis }) {
  const tasks = [...analysis.tasks].sort((a, b) =>
    a.kind === b.kind ? b.importance - a.importance : a.kind === "at_risk" ? -1 : 1,
  );
  return (
    <ul
      className="divide-y divide-border rounded-2xl border border-border bg-surface"
      aria-label={`Tasks of ${analysis.role.title} with your coverage`}
    >
      {tasks.map((t) => {
        const skills = t.skills.some((s) => s.level > 0) && `Your skills: ${mySkills(t)}`;
        const tools = t.toolsUsed.length > 0 && `AI tools: ${t.toolsUsed.map(name).join(", ")}`;
        return (
          <li key={t.slug} className="task-row">
            <div>
              <p className="font-semibold">{t.title}</p>
              <p className="text-sm text-muted">
                {percent(t.importance, 0)} of the role · AI exposure {percent(t.exposure, 0)}
              </p>
            </div>
            <div>
              <Kind task={t} />
            </div>
            <div className="flex items-center gap-2 text-sm">
              <span className="whitespace-nowrap text-muted">Your coverage</span>
              <Meter
                value={t.coverage}
                label={`Your coverage of ${t.title}`}
                tone={t.kind === "safe" ? "success" : "brand"}
              />
            </div>
            {(skills || tools) && (
              <p className="text-sm text-muted md:col-span-3">
                {[skills, tools].filter(Boolean).join(" · ")}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
