import type { RoleAnalysis } from "@/lib/analysis/analyze-role";
import { findSkill } from "@/lib/catalog/by-slug";
import { percent, score } from "@/lib/format";

type Figure = "exposure" | "resilience" | "leverage";
const n = (v: number) => v.toFixed(3);
const name = (slug: string) => findSkill(slug)?.name ?? slug;

function formula(a: RoleAnalysis, figure: Figure): string {
  const t = a.totals;
  if (figure === "resilience")
    return `R = Σ share × coverage over safe tasks ÷ Σ share of safe tasks = ${n(t.safeCovered)} ÷ ${n(t.safeImportance)} = ${percent(a.resilience)}.`;
  if (figure === "leverage")
    return `A = share of at-risk tasks you work on with an AI tool the role uses ÷ share of all at-risk tasks = ${n(t.atRiskLeveraged)} ÷ ${n(t.atRiskImportance)} = ${percent(a.aiLeverage)}.`;
  const p =
    a.personalExposure === null
      ? ": no coverage yet, so P is not defined"
      : ` = ${score(a.personalExposure)}`;
  return `E = 10 × Σ share × exposure = 10 × ${n(t.exposureSum)} = ${score(a.exposure)}. P = 10 × Σ share × coverage × exposure ÷ Σ share × coverage = 10 × ${n(t.personalNumerator)} ÷ ${n(t.personalDenominator)}${p}. A task's coverage is the weighted share of its skills you hold, each counted at level ÷ 5.`;
}

/**
 * Opens a figure down to the tasks and sums it is computed from. Exposure uses every task, and the
 * task list beside the figures already shows each one's share, exposure, coverage and skills, so
 * its explanation points there rather than repeating it.
 */
export function FigureExplanation({ analysis: a, figure }: { analysis: RoleAnalysis; figure: Figure }) {
  return (
    <details className="group rounded-lg border border-border">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">How is this computed?</summary>
      <div className="flex flex-col gap-3 px-3 pb-3 text-sm">
        <p className="text-muted">{formula(a, figure)}</p>
        {figure === "exposure" ? (
          <p>
            Each task&apos;s share, exposure, your coverage and the skills behind it:{" "}
            <a href="#tasks">Task by task</a>.
          </p>
        ) : (
          <TasksBehind analysis={a} figure={figure} />
        )}
      </div>
    </details>
  );
}

function TasksBehind({ analysis: a, figure }: { analysis: RoleAnalysis; figure: "resilience" | "leverage" }) {
  const rows = a.tasks.filter((task) => task.kind === (figure === "resilience" ? "safe" : "at_risk"));
  return (
    <div
      className="overflow-x-auto"
      role="region"
      aria-label={`Tasks behind ${figure === "resilience" ? "resilience" : "AI leverage"} for ${a.role.title}`}
      tabIndex={0}
    >
      <table className="w-full min-w-[30rem] text-left">
        <caption className="sr-only">Tasks behind this figure</caption>
        <thead className="text-muted">
          <tr>
            <th scope="col" className="py-1 pr-2 font-medium">
              Task
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              Share
            </th>
            {figure === "resilience" && (
              <th scope="col" className="py-1 pr-2 font-medium">
                Your coverage
              </th>
            )}
            <th scope="col" className="py-1 font-medium">
              {figure === "leverage" ? "AI tools you use on it" : "Skills that cover it"}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((task) => (
            <tr key={task.slug} className="border-t border-border align-top">
              <th scope="row" className="py-1 pr-2 font-normal">
                {task.title}
              </th>
              <td className="py-1 pr-2 tabular-nums">{percent(task.importance, 0)}</td>
              {figure === "resilience" && (
                <td className="py-1 pr-2 tabular-nums">{percent(task.coverage, 0)}</td>
              )}
              <td className="py-1">
                {figure === "leverage"
                  ? task.toolsUsed.map(name).join(", ") || "none yet"
                  : task.skills
                      .filter((s) => s.level > 0)
                      .map((s) => `${name(s.skill)} (level ${s.level})`)
                      .join(", ") || "none yet"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
