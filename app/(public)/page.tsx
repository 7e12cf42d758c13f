import type { Metadata } from "next";
import Link from "next/link";
import { RiskBadge } from "@/components/risk-badge";
import { ExposureGauge } from "@/components/roles/exposure-gauge";
import { Badge } from "@/components/ui/badge";
import { ArrowRightIcon } from "@/components/ui/icons";
import { roleReport } from "@/lib/catalog/role-report";

export const metadata: Metadata = { alternates: { canonical: "/" } };

const steps = [
  {
    title: "Task by task",
    body: "Each role is broken into the tasks people spend their time on: which ones AI is taking over, and when, and which stay human.",
  },
  {
    title: "Your skills, your figures",
    body: "Record your skills and levels. See how much of your role's safe work you cover and how exposed your own mix really is.",
  },
  {
    title: "What to do next",
    body: "Skills to learn, AI tools to adopt and certifications to earn, ranked by what they would change, with resume keywords to match.",
  },
];
const TIMELINE = {
  now: "now",
  "1-2y": "in 1–2 years",
  "3-5y": "in 3–5 years",
  "5y+": "in 5+ years",
} as const;

/** A real report in miniature, so a visitor sees what they get before signing up. */
function SampleReport() {
  const report = roleReport("backend-developer");
  if (!report) return null;
  const tasks = [
    ...report.atRisk.slice(0, 2).map((t) => ({ ...t, at: true })),
    ...report.safe.slice(0, 2).map((t) => ({ ...t, at: false })),
  ];
  return (
    <section aria-labelledby="sample" className="card flex flex-col gap-4 lg:mt-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="sample" className="text-lg font-semibold">
          Sample: {report.title}
        </h2>
        <RiskBadge score={report.riskScore} category={report.riskCategory} />
      </div>
      <ExposureGauge score={report.riskScore} category={report.riskCategory} />
      <ul className="flex flex-col divide-y divide-border text-sm">
        {tasks.map((t) => (
          <li key={t.slug} className="flex items-center justify-between gap-3 py-2">
            <span>{t.title}</span>
            {"timeline" in t ? (
              <Badge tone="danger">At risk {TIMELINE[t.timeline]}</Badge>
            ) : (
              <Badge tone="success">Stays human</Badge>
            )}
          </li>
        ))}
      </ul>
      <p>
        <Link href={`/roles/${report.slug}`} className="font-medium">
          Read the full {report.title} report
          <ArrowRightIcon className="ml-1 inline size-4 align-[-3px]" />
        </Link>
      </p>
    </section>
  );
}

export default function HomePage() {
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-16 px-4 py-12 sm:py-20">
      <div className="grid items-start gap-10 lg:grid-cols-[3fr_2fr]">
        <section className="flex flex-col gap-5">
          <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">
            Know which parts of your work AI will change, and what to learn next.
          </h1>
          <p className="text-lg text-muted">
            SkillShift matches your skills against the tasks of your role that are at risk of automation and
            the ones that stay safe, then recommends skills, AI tools, certifications and resume keywords, and
            keeps your progress over time.
          </p>
          <div className="flex flex-wrap gap-3">
            <Link href="/signup" className="btn btn-primary btn-lg">
              Create a free account
            </Link>
            <Link href="/roles" className="btn btn-secondary btn-lg">
              Browse role reports
            </Link>
          </div>
          <p className="text-sm text-muted">Role reports are free to read without an account.</p>
        </section>
        <SampleReport />
      </div>
      <section aria-labelledby="how" className="flex flex-col gap-4">
        <h2 id="how" className="text-2xl font-semibold tracking-tight">
          How it works
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {steps.map((s, i) => (
            <li key={s.title} className="card">
              <p className="text-sm font-semibold text-brand">Step {i + 1}</p>
              <h3 className="mt-1 text-lg font-semibold">{s.title}</h3>
              <p className="mt-2 text-muted">{s.body}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
