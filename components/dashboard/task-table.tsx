import type { RoleAnalysis } from "@/lib/analysis/analyze-role";
import { findSkill } from "@/lib/catalog/lookup";
import { percent } from "@/lib/format";
import { Meter } from "@/components/roles/meter";

const TIMELINE: Record<string, string> = { now: "now", "1-2y": "in 1–2 years", "3-5y": "in 3–5 years", "5y+": "in 5+ years" };

/** Every task of the role with its kind, timeline, exposure and how well the user covers it. */
export function TaskTable({ analysis }: { analysis: RoleAnalysis }) {
  const tasks = [...analysis.tasks].sort((a, b) => (a.kind === b.kind ? b.importance - a.importance : a.kind === "at_risk" ? -1 : 1));
  return (
    <div className="overflow-x-auto rounded-xl border border-border bg-surface">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">Tasks of {analysis.role.title} with your coverage</caption>
        <thead className="text-muted">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Task</th>
            <th scope="col" className="px-2 py-2 font-medium">Kind</th>
            <th scope="col" className="px-2 py-2 font-medium">AI exposure</th>
            <th scope="col" className="px-2 py-2 font-medium">Your coverage</th>
            <th scope="col" className="px-4 py-2 font-medium">Your skills on it</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((t) => {
            const mine = t.skills.filter((s) => s.level > 0);
            return (
              <tr key={t.slug} className="border-t border-border align-top">
                <th scope="row" className="px-4 py-3 font-medium">
                  {t.title}
                  <span className="block text-xs font-normal text-muted">{percent(t.importance, 0)} of the role</span>
                </th>
                <td className="px-2 py-3">
                  {t.kind === "at_risk" ? (
                    <span className="font-medium text-danger">At risk {t.timeline ? TIMELINE[t.timeline] : ""}</span>
                  ) : (
                    <span className="font-medium text-success">Stays human</span>
                  )}
                </td>
                <td className="px-2 py-3 tabular-nums">{percent(t.exposure, 0)}</td>
                <td className="px-2 py-3">
                  <Meter value={t.coverage} label={`Your coverage of ${t.title}`} tone={t.kind === "safe" ? "success" : "brand"} />
                </td>
                <td className="px-4 py-3 text-muted">
                  {mine.length ? mine.map((s) => `${findSkill(s.skill)?.name ?? s.skill} ${s.level}/5`).join(", ") : "—"}
                  {t.toolsUsed.length > 0 && <span className="block">with {t.toolsUsed.map((x) => findSkill(x)?.name ?? x).join(", ")}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
