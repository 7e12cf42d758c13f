import Link from "next/link";
import type { ProfileAnalysis } from "@/lib/analysis/analyze-profile";
import { percent, points, score } from "@/lib/format";

/**
 * The target role in four figures and its top skill, linking to the full analysis: rendering that
 * analysis on the dashboard too made every dashboard view a third heavier for a section read now and then.
 */
export function TargetSummary({ target }: { target: ProfileAnalysis }) {
  const a = target.analysis;
  const top = target.recommendations.skills[0];
  const figures = [
    ["Role exposure (E)", score(a.exposure)],
    ["Your exposure (P)", a.personalExposure === null ? "—" : score(a.personalExposure)],
    ["Resilience (R)", percent(a.resilience)],
    ["AI leverage (A)", percent(a.aiLeverage)],
  ];
  return (
    <div className="card flex flex-col gap-4">
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {figures.map(([term, value]) => (
          <div key={term}>
            <dt className="text-sm text-muted">{term}</dt>
            <dd className="text-2xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {top && (
        <p>
          Top skill to learn for it: <strong>{top.name}</strong> (resilience {points(top.gainR)})
        </p>
      )}
      <Link href="/dashboard/target" className="btn btn-secondary self-start">
        Your full analysis as {a.role.title}
      </Link>
    </div>
  );
}
