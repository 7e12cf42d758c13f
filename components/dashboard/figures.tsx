import { riskCategory } from "@/lib/analysis/role-exposure";
import type { RoleAnalysis } from "@/lib/analysis/analyze-role";
import { percent, score } from "@/lib/format";
import { ExposureGauge } from "@/components/roles/exposure-gauge";
import { Meter } from "@/components/roles/meter";
import { FigureExplanation } from "./figure-explanation";

function reading(a: RoleAnalysis): string {
  if (a.personalExposure === null)
    return "Add skills your role's tasks use to see your own exposure; until then this is the role's figure.";
  const d = a.personalExposure - a.exposure;
  if (d <= -0.3) return "Your mix leans to the safe side of the role.";
  if (d >= 0.3) return "Your skills sit mostly in the tasks AI is taking over.";
  return "Your skills spread across the role much as its tasks do.";
}

/** E beside P with a one-line reading, then R and A; each opens down to tasks and skills. */
export function Figures({ analysis: a, headingLevel = 2 }: { analysis: RoleAnalysis; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as "h2";
  const p = a.personalExposure;
  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby={`exposure-${a.role.slug}`} className="card flex flex-col gap-4">
        <H id={`exposure-${a.role.slug}`} className="text-lg font-semibold">
          Exposure to AI
          <span className="sr-only"> as {a.role.title}</span>
        </H>
        <div className="grid gap-6 sm:grid-cols-2">
          <div>
            <p className="text-sm text-muted">Role exposure (E)</p>
            <p className="text-3xl font-bold tabular-nums" data-figure="E">
              {score(a.exposure)}
            </p>
            <ExposureGauge
              score={a.exposure}
              category={riskCategory(a.exposure)}
              label="Role exposure"
              caption={false}
            />
          </div>
          <div>
            <p className="text-sm text-muted">Your exposure (P)</p>
            <p className="text-3xl font-bold tabular-nums" data-figure="P">
              {p === null ? "—" : score(p)}
            </p>
            <ExposureGauge
              score={p ?? a.exposure}
              category={riskCategory(p ?? a.exposure)}
              label={p === null ? "Role exposure, shown until you add skills" : "Your exposure"}
              caption={false}
            />
          </div>
        </div>
        <p className="font-medium">{reading(a)}</p>
        <FigureExplanation analysis={a} figure="exposure" />
      </section>
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby={`resilience-${a.role.slug}`} className="card flex flex-col gap-3">
          <H id={`resilience-${a.role.slug}`} className="text-lg font-semibold">
            Resilience (R)
            <span className="sr-only"> as {a.role.title}</span>
          </H>
          <p className="text-3xl font-bold tabular-nums" data-figure="R">
            {percent(a.resilience)}
          </p>
          <Meter value={a.resilience} label="Resilience" tone="success" showValue={false} wide />
          <p className="text-muted">of the role&apos;s safe work your skills cover.</p>
          <FigureExplanation analysis={a} figure="resilience" />
        </section>
        <section aria-labelledby={`leverage-${a.role.slug}`} className="card flex flex-col gap-3">
          <H id={`leverage-${a.role.slug}`} className="text-lg font-semibold">
            AI leverage (A)
            <span className="sr-only"> as {a.role.title}</span>
          </H>
          <p className="text-3xl font-bold tabular-nums" data-figure="A">
            {percent(a.aiLeverage)}
          </p>
          <Meter value={a.aiLeverage} label="AI leverage" showValue={false} wide />
          <p className="text-muted">of the at-risk work you already do with an AI tool.</p>
          <FigureExplanation analysis={a} figure="leverage" />
        </section>
      </div>
    </div>
  );
}
