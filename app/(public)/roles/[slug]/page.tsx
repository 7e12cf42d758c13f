import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RiskBadge } from "@/components/risk-badge";
import { ExposureGauge } from "@/components/roles/exposure-gauge";
import { OccupationReport } from "@/components/roles/occupation-report";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Section } from "@/components/ui/section";
import { ResearchSignalsTable } from "@/components/roles/research-signals";
import { RoleExtras } from "@/components/roles/role-extras";
import { AtRiskTasks, SafeTasks } from "@/components/roles/task-sections";
import { allRoleSummaries, roleReport } from "@/lib/catalog/role-report";
import { getOccupation } from "@/lib/occupations/queries";

type Props = { params: Promise<{ slug: string }> };

const CONTENTS = [
  ["risk", "Risk level"],
  ["at-risk", "Tasks at risk"],
  ["safe", "Tasks that stay human"],
  ["tools", "AI tools"],
  ["salary", "Salary"],
  ["adaptation", "Adaptation"],
  ["certifications", "Certifications"],
  ["related", "Related roles"],
  ["research", "Research"],
] as const;

// Curated roles are built ahead; an occupation's data-only page is rendered on its first visit and kept.
export const dynamicParams = true;
export function generateStaticParams() {
  return allRoleSummaries().map((r) => ({ slug: r.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const report = roleReport(slug);
  if (!report) {
    const page = await getOccupation(slug);
    if (!page) return {};
    const { title, soc } = page.occupation;
    return {
      title: `${title} — AI exposure figures`,
      description: `${title} (SOC ${soc}): published AI exposure figures, employment and pay from BLS OEWS.`,
      alternates: { canonical: `/roles/${slug}` },
    };
  }
  const description = `${report.title}: AI exposure ${report.riskScore.toFixed(1)}/10 (${report.riskCategory}). ${report.atRisk.length} tasks at risk, ${report.safe.length} that stay human, tools, pay outlook and how to adapt.`;
  return {
    title: `${report.title} — AI exposure report`,
    description,
    alternates: { canonical: `/roles/${report.slug}` },
    openGraph: {
      title: `${report.title}: how AI changes the role`,
      description,
      type: "article",
      url: `/roles/${report.slug}`,
    },
    twitter: { card: "summary", title: `${report.title}: how AI changes the role`, description },
  };
}

export default async function RoleReportPage({ params }: Props) {
  const { slug } = await params;
  const report = roleReport(slug);
  if (!report) {
    const page = await getOccupation(slug);
    if (!page) notFound();
    return <OccupationReport page={page} />;
  }
  return (
    <article className="mx-auto flex max-w-4xl flex-col gap-12 px-4 py-10 sm:py-12">
      <header className="flex flex-col gap-4">
        <Breadcrumb items={[{ label: "Role reports", href: "/roles" }, { label: report.title }]} />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{report.title}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <RiskBadge score={report.riskScore} category={report.riskCategory} />
          <span className="text-muted">{report.industryLabel}</span>
          {report.socCode && <span className="text-muted">SOC {report.socCode}</span>}
        </div>
        <p className="max-w-prose sm:text-lg">{report.overview}</p>
        <nav aria-label="On this page" className="mt-2">
          <ul className="flex flex-wrap gap-2 text-sm">
            {CONTENTS.filter(([id]) => id !== "research" || report.research).map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`} className="pill">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <Section id="risk" title="Risk level">
        <ExposureGauge score={report.riskScore} category={report.riskCategory} />
        <p className="text-muted">
          The score is the time-weighted AI exposure of the role&apos;s tasks: 10 × Σ (share of the role ×
          exposure) over the {report.atRisk.length + report.safe.length} tasks below.
        </p>
      </Section>

      <Section id="at-risk" title="Tasks at risk">
        <AtRiskTasks tasks={report.atRisk} />
      </Section>

      <Section id="safe" title="Tasks that stay human">
        <SafeTasks tasks={report.safe} />
      </Section>

      <RoleExtras report={report} />

      {report.research && report.socCode && (
        <Section id="research" title="What the research says">
          <ResearchSignalsTable research={report.research} socCode={report.socCode} />
        </Section>
      )}
    </article>
  );
}
