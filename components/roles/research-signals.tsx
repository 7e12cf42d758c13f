import type { RoleReport } from "@/lib/catalog/role-report";
import { percentileText } from "@/lib/occupations/figures";

export interface ResearchRow {
  measure: string;
  value: string;
  rank: string;
  source: { name: string; url: string };
}

const SOURCES = {
  eloundou: {
    name: "Eloundou et al., Science 2024",
    url: "https://www.science.org/doi/10.1126/science.adj0998",
  },
  microsoft: {
    name: "Tomlinson et al., Microsoft Research 2025",
    url: "https://github.com/microsoft/working-with-ai",
  },
};

type Figure = { value: number; percentile: number } | null;

/** The three published measures as table rows, whichever page holds them. */
export function researchRows(humanBeta: Figure, gpt4Beta: Figure, microsoft: Figure): ResearchRow[] {
  const row = (measure: string, figure: Figure, source: ResearchRow["source"]) => ({
    measure,
    value: figure ? figure.value.toFixed(2) : "not published",
    rank: figure ? percentileText(figure.percentile) : "—",
    source,
  });
  return [
    row("Human-rated task exposure (β)", humanBeta, SOURCES.eloundou),
    row("GPT-4-rated task exposure (β)", gpt4Beta, SOURCES.eloundou),
    row("AI applicability in real Copilot use", microsoft, SOURCES.microsoft),
  ];
}

/** Published measures side by side with their sources; scrolls sideways on a phone. */
export function ResearchTable({ rows, caption }: { rows: ResearchRow[]; caption: string }) {
  return (
    <div
      className="overflow-x-auto"
      role="region"
      aria-label="Research measures (scrolls sideways)"
      tabIndex={0}
    >
      <table className="w-full min-w-[32rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-muted">
            {["Measure", "Value", "Rank", "Source"].map((name) => (
              <th key={name} scope="col" className="py-2 pr-4 font-medium">
                {name}
              </th>
            ))}
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
  );
}

/** The published measures for the role's occupation, side by side with their sources. */
export function ResearchSignalsTable({
  research,
  socCode,
}: {
  research: NonNullable<RoleReport["research"]>;
  socCode: string;
}) {
  const { signals: s, sources } = research;
  const figure = (value: number | null, percentile: number | null) =>
    value === null || percentile === null ? null : { value, percentile };
  const rows = researchRows(
    figure(s.eloundouHumanBeta, s.eloundouHumanBetaPct),
    figure(s.eloundouGpt4Beta, s.eloundouGpt4BetaPct),
    figure(s.microsoftApplicability, s.microsoftApplicabilityPct),
  ).map((row, i) => ({ ...row, source: i < 2 ? sources.eloundou : sources.microsoft }));
  return (
    <div className="flex flex-col gap-3">
      <p className="text-muted">
        Occupation {socCode} ({s.title}). Percentiles place it among all occupations each study rated; higher
        means more exposed.
      </p>
      <ResearchTable rows={rows} caption="Published AI exposure measures for this occupation" />
    </div>
  );
}
