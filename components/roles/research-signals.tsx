import type { RoleReport } from "@/lib/catalog/role-report";

const pct = (p: number | null) => (p === null ? "—" : `${Math.round(p * 100)}th percentile`);

/** The published measures for the role's occupation, side by side with their sources. */
export function ResearchSignalsTable({
  research,
  socCode,
}: {
  research: NonNullable<RoleReport["research"]>;
  socCode: string;
}) {
  const { signals: s, sources } = research;
  const rows = [
    {
      measure: "Human-rated task exposure (β)",
      value: s.eloundouHumanBeta.toFixed(2),
      rank: pct(s.eloundouHumanBetaPct),
      source: sources.eloundou,
    },
    {
      measure: "GPT-4-rated task exposure (β)",
      value: s.eloundouGpt4Beta.toFixed(2),
      rank: pct(s.eloundouGpt4BetaPct),
      source: sources.eloundou,
    },
    {
      measure: "AI applicability in real Copilot use",
      value: s.microsoftApplicability === null ? "—" : s.microsoftApplicability.toFixed(2),
      rank: pct(s.microsoftApplicabilityPct),
      source: sources.microsoft,
    },
  ];
  return (
    <div className="flex flex-col gap-3">
      <p className="text-muted">
        Occupation {socCode} ({s.title}). Percentiles place it among all occupations each study rated; higher
        means more exposed.
      </p>
      <div
        className="overflow-x-auto"
        role="region"
        aria-label="Research measures (scrolls sideways)"
        tabIndex={0}
      >
        <table className="w-full min-w-[32rem] text-left text-sm">
          <caption className="sr-only">Published AI exposure measures for this occupation</caption>
          <thead>
            <tr className="text-muted">
              <th scope="col" className="py-2 pr-4 font-medium">
                Measure
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Value
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Rank
              </th>
              <th scope="col" className="py-2 font-medium">
                Source
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.measure} className="border-t border-border">
                <th scope="row" className="py-2 pr-4 font-medium">
                  {r.measure}
                </th>
                <td className="py-2 pr-4 tabular-nums">{r.value}</td>
                <td className="py-2 pr-4">{r.rank}</td>
                <td className="py-2">
                  <a href={r.source.url} rel="noopener noreferrer">
                    {r.source.name}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
