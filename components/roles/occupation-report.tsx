import Link from "next/link";
import { OnetCredit } from "@/components/data/onet-credit";
import { RiskBadge } from "@/components/risk-badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Section } from "@/components/ui/section";
import { ResearchTable, researchRows } from "@/components/roles/research-signals";
import type { RiskCategory } from "@/lib/analysis/role-exposure";
import type { OccupationPage, RoleLink } from "@/lib/occupations/queries";
import { exposureBandText, wageText } from "@/lib/occupations/figures";

const WAGES = [
  ["p10", "10th percentile"],
  ["p25", "25th percentile"],
  ["median", "Median"],
  ["p75", "75th percentile"],
  ["p90", "90th percentile"],
] as const;

function RoleList({ roles, label }: { roles: RoleLink[]; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-col gap-2">
      {roles.map((r) => (
        <li key={r.slug} className="flex flex-wrap items-center gap-3">
          <Link href={`/roles/${r.slug}`} className="font-medium">
            {r.title}
          </Link>
          <RiskBadge score={r.riskScore} category={r.riskCategory as RiskCategory} />
        </li>
      ))}
    </ul>
  );
}

/** A data-only page for an occupation whose task-by-task report is not written yet: every figure is a published one. */
export function OccupationReport({ page }: { page: OccupationPage }) {
  const { occupation: o, specialisations, closestRoles } = page;
  return (
    <article className="mx-auto flex max-w-4xl flex-col gap-10 px-4 py-10 sm:py-12">
      <header className="flex flex-col gap-4">
        <Breadcrumb
          items={[
            { label: "Role reports", href: "/roles" },
            { label: o.majorGroupName, href: `/roles?group=${o.majorGroup}#occupations` },
            { label: o.title },
          ]}
        />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{o.title}</h1>
        <p className="text-muted">
          SOC {o.soc} · {o.employment.toLocaleString("en-US")} jobs in the US ·{" "}
          {exposureBandText(o.exposure.meanPercentile)}
        </p>
        <p className="rounded-md border border-border bg-surface-2 p-3 text-sm">
          This page is built from published data only. The task-by-task report (which tasks AI takes over and
          which stay human, tools, certifications and how to adapt) is still being written for this
          occupation.
          {closestRoles.length > 0 && " Meanwhile, the closest full reports are listed below."}
        </p>
      </header>

      <Section id="research" title="Published AI exposure figures">
        <p className="text-muted">
          Percentiles place this occupation among the US occupations each study rated; higher means more
          exposed.
          {o.tasks &&
            ` Of its ${o.tasks.total} O*NET tasks, human raters judged ${o.tasks.humanExposed} exposed to language models and GPT-4 judged ${o.tasks.gpt4Exposed}.`}
        </p>
        <ResearchTable
          rows={researchRows(o.exposure.humanBeta, o.exposure.gpt4Beta, o.exposure.microsoft)}
          caption={`Published AI exposure measures for ${o.title}`}
        />
      </Section>

      <Section id="salary" title="Pay">
        {o.hourlyOnly || (o.wages.median === null && o.topcoded.length === 0) ? (
          <p>BLS publishes no annual wage for this occupation.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Annual wages for {o.title}</caption>
            <tbody>
              {WAGES.map(([field, label]) => (
                <tr key={field} className="border-t border-border first:border-t-0">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {label}
                  </th>
                  <td className="py-2 tabular-nums">{wageText(o, field) ?? "not published"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="text-xs text-muted">
          Source: BLS OEWS, May 2024 (annual wages, all industries, United States).
        </p>
      </Section>

      {specialisations.length > 0 && (
        <Section id="specialisations" title="Full reports inside this occupation">
          <RoleList roles={specialisations} label="Specialisations with a full report" />
        </Section>
      )}
      {closestRoles.length > 0 && (
        <Section id="closest" title="Closest full reports">
          <RoleList roles={closestRoles} label="Closest roles with a full report" />
        </Section>
      )}
      <footer className="flex flex-col gap-2 border-t border-border pt-4">
        <p className="text-xs text-muted">
          How these figures were gathered: <Link href="/about/data">About the data</Link>.
        </p>
        <OnetCredit />
      </footer>
    </article>
  );
}
