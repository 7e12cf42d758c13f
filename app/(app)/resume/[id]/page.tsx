import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteAnalysis } from "@/components/resume/delete-analysis";
import { ResumeResultView } from "@/components/resume/resume-result";
import { requireUser } from "@/lib/auth/current-user";
import { getAnalysis } from "@/lib/resume-analysis/service";

export const metadata: Metadata = { title: "Resume analysis" };

export default async function ResumeAnalysisPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/resume/${id}`);
  const result = await getAnalysis(user.id, id);
  if (!result) notFound();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Link href="/resume">← All resume analyses</Link>
        <DeleteAnalysis id={result.id} label="Delete this analysis" then="/resume" />
      </div>
      <ResumeResultView result={result} />
    </div>
  );
}
