import type { RoleAnalysis } from "@/lib/analysis/analyze-role";
import { findSkill } from "@/lib/catalog/lookup";
import { percent } from "@/lib/format";
import { Meter } from "@/components/roles/meter";
import { Badge } from "@/components/ui/badge";

const TIMELINE: Record<string, string> = { now: "now", "1-2y": "in 1–2 years", "3-5y": "in 3–5 years", "5y+": "in 5+ years" };
type Task = RoleAnalysis["tasks"][number];

const name = (slug: string) => findSkill(slug)?.name ?? slug;
const mySkills = (t: Task) => t.skills.filter((s) => s.level > 0).map((s) => `${name(s.skill)} ${s.level}/5`).join(", ") || "—";

function Kind({ task }: { task: Task }) {
  return task.kind === "at_risk" ? (
    <Badge tone="danger">At risk {task.timeline ? TIMELINE[task.timeline] : ""}</Badge>
  ) : (
    <Badge tone="success">Stays human</Badge>
  );
}

/**
 * Every task of the role with its kind, timeline, exposure and how well the user covers it: a table
 * from the md breakpoint, a list of cards on phones (a five-column table only scrolls sideways there).
 */
export function TaskTable({ analysis }: { analysis: RoleAnalysis }) {
  const tasks = [...analysis.tasks].sort((a, b) => (a.kind === b.kind ? b.importance - a.importance : a.kind === "at_risk" ? -1 : 1));
  return (
    <>
      <ul className="divide-y divide-border rounded-2xl border border-border bg-surface md:hidden" aria-label={`Tasks of ${analysis.role.title} with your coverage`}>
        {tasks.map((t) => (
          <li key={t.slug} className="flex flex-col gap-2 px-4 py-3">
            <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
              <p className="font-semibold">{t.title}</p>
              <Kind task={t} />
            </div>
            <p className="text-sm text-muted">
              {percent(t.importance, 0)} of the role · AI exposure {percent(t.exposure, 0)}
            </p>
            <div className="flex items-center gap-2 text-sm">
              <span className="text-muted">Your coverage</span>
              <Meter value={t.coverage} label={`Your coverage of ${t.title}`} tone={t.kind === "safe" ? "success" : "brand"} />
            </div>
            {(t.skills.some((s) => s.level > 0) || t.toolsUsed.length > 0) && (
              <p className="text-sm text-muted">
                {[t.skills.some((s) => s.level > 0) && `Your skills: ${mySkills(t)}`, t.toolsUsed.length > 0 && `AI tools: ${t.toolsUsed.map(name).join(", ")}`].filter(Boolean).join(" · ")}
              </p>
            )}
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-xl border border-border bg-surface md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Tasks of {analysis.role.title} with your coverage</caption>
          <thead className="bg-surface-2 text-muted">
            <tr>
              <th scope="col" className="px-4 py-2.5 font-medium">Task</th>
              <th scope="col" className="px-2 py-2.5 font-medium">Kind</th>
              <th scope="col" className="px-2 py-2.5 font-medium">AI exposure</th>
              <th scope="col" className="px-2 py-2.5 font-medium">Your coverage</th>
              <th scope="col" className="px-4 py-2.5 font-medium">Your skills on it</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((t) => (
              <tr key={t.slug} className="border-t border-border align-top">
                <th scope="row" className="px-4 py-3 font-medium">
                  {t.title}
                  <span className="block text-xs font-normal text-muted">{percent(t.importance, 0)} of the role</span>
                </th>
                <td className="px-2 py-3">
                  <Kind task={t} />
                </td>
                <td className="px-2 py-3 tabular-nums">{percent(t.exposure, 0)}</td>
                <td className="px-2 py-3">
                  <Meter value={t.coverage} label={`Your coverage of ${t.title}`} tone={t.kind === "safe" ? "success" : "brand"} />
                </td>
                <td className="px-4 py-3 text-muted">
                  {mySkills(t)}
                  {t.toolsUsed.length > 0 && <span className="block">with {t.toolsUsed.map(name).join(", ")}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
