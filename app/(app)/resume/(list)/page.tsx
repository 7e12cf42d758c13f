import type { Metadata } from "next";
import Link from "next/link";
import { DeleteAnalysis } from "@/components/resume/delete-analysis";
import { ResumeAnalyzer } from "@/components/resume/resume-analyzer";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth/current-user";
import { ACCEPTED_RESUME_TYPES } from "@/lib/resume/read-resume-file";
import { listAnalyses } from "@/lib/resume-analysis/service";

export const metadata: Metadata = { title: "Resume keywords" };

const date = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export default async function ResumePage() {
  const user = await requireUser("/resume");
  const past = await listAnalyses(user.id);
  return (
    <div className="flex flex-col gap-8">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Resume keywords</h1>
        <p className="mt-1 text-muted">
          See which skills your resume names, which of your skills it leaves out, what to learn first, and how
          it matches a job description. We only ever suggest adding skills that are in your profile.
        </p>
      </header>
      <ResumeAnalyzer accept={ACCEPTED_RESUME_TYPES.accept} />
      <section aria-labelledby="past-heading" className="flex flex-col gap-3">
        <h2 id="past-heading" className="text-xl font-semibold">
          Past analyses
        </h2>
        {past.length === 0 ? (
          <EmptyState title="No analyses yet">
            None yet. Paste or upload your resume above; each analysis is kept here with its date and job
            match.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-border rounded-2xl border border-border bg-surface">
            {past.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3">
                <Link href={`/resume/${a.id}`} className="basis-full font-medium sm:flex-1 sm:basis-auto">
                  {date.format(a.createdAt)} · {a.fileName ?? "pasted text"}
                </Link>
                <span className="flex-1 text-sm text-muted sm:flex-none">
                  {a.skillCount} skills
                  {a.matchRate !== null ? ` · job match ${Math.round(a.matchRate * 100)}%` : ""}
                  {a.kept ? " · copy kept" : ""}
                </span>
                <DeleteAnalysis id={a.id} label={`Delete the analysis of ${date.format(a.createdAt)}`} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
