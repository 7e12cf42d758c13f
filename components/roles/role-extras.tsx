import Link from "next/link";
import { RiskBadge } from "@/components/risk-badge";
import type { RoleReport } from "@/lib/catalog/role-report";
import { Section } from "@/components/ui/section";
import { SalaryOutlook } from "./salary-outlook";

const LEVEL: Record<string, string> = {
  foundational: "Foundational",
  associate: "Associate",
  professional: "Professional",
  expert: "Expert",
  specialty: "Specialty",
};

/** The report's second half: tools, pay, what to do, certifications and related roles. */
export function RoleExtras({ report }: { report: RoleReport }) {
  return (
    <>
      <Section id="tools" title="AI tools entering the role">
        <ul className="grid gap-3 sm:grid-cols-2">
          {report.tools.map((t) => (
            <li key={t.slug} className="card !p-5">
              <h3 className="font-semibold">
                <a href={t.url} rel="noopener noreferrer">
                  {t.name}
                </a>{" "}
                <span className="text-sm font-normal text-muted">by {t.vendor}</span>
              </h3>
              <p className="mt-1 text-sm">
                <span className="font-medium">{t.effect === "automates" ? "Automates" : "Augments"}:</span>{" "}
                {t.tasks.map((x) => x.name).join("; ")}
              </p>
              <p className="mt-2 text-muted">{t.note}</p>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="salary" title="Salary impact projection">
        <SalaryOutlook salary={report.salary} />
      </Section>

      <Section id="adaptation" title="Adaptation strategy">
        <ol className="flex flex-col gap-3">
          {report.adaptation.map((step, i) => (
            <li key={step.title} className="card !p-5">
              <h3 className="font-semibold">
                <span className="text-brand">{i + 1}.</span> {step.title}
              </h3>
              <p className="mt-1">{step.detail}</p>
              {step.skills.length > 0 && (
                <p className="mt-2 text-sm text-muted">Skills: {step.skills.map((s) => s.name).join(", ")}</p>
              )}
              {step.tasks.length > 0 && (
                <p className="text-sm text-muted">Tasks: {step.tasks.map((t) => t.name).join("; ")}</p>
              )}
            </li>
          ))}
        </ol>
      </Section>

      <Section id="certifications" title="Certifications">
        <ul className="grid gap-3 sm:grid-cols-2">
          {report.certifications.map((c) => (
            <li key={c.slug} className="card !p-5">
              <h3 className="font-semibold">
                <a href={c.url} rel="noopener noreferrer">
                  {c.name}
                </a>
              </h3>
              <p className="text-sm text-muted">
                {c.issuer} · {LEVEL[c.level]} · about {c.prepHours} hours of preparation
              </p>
              <p className="mt-2 text-sm">Shows: {c.skillNames.join(", ")}</p>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="related" title="Related roles">
        <ul className="grid gap-3 sm:grid-cols-3">
          {report.related.map((r) => (
            <li key={r.slug}>
              <Link
                href={`/roles/${r.slug}`}
                className="card card-link flex h-full flex-col items-start gap-2 !p-5"
              >
                <span className="font-semibold">{r.title}</span>
                <span className="text-sm text-muted">{r.industryLabel}</span>
                <RiskBadge score={r.riskScore} category={r.riskCategory} />
              </Link>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
