import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AnalysisSections } from "@/components/dashboard/analysis-sections";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth/current-user";
import { dayOf } from "@/lib/clock";
import { analyzeUserProfile } from "@/lib/profile/analysis";
import { pageNow } from "@/lib/request-clock";

export const metadata: Metadata = { title: "Your target role" };

export default async function TargetPage() {
  const user = await requireUser("/dashboard/target");
  const [{ current, target }, at] = await Promise.all([analyzeUserProfile(user.id), pageNow()]);
  if (!current) redirect("/onboarding");
  return (
    <div className="flex flex-col gap-10">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-muted">
            <Link href="/dashboard">← Your analysis as {current.analysis.role.title}</Link>
          </p>
          <h1 className="text-3xl font-bold tracking-tight">
            {target ? `Your target: ${target.analysis.role.title}` : "Your target role"}
          </h1>
        </div>
        {target && (
          <Link href={`/roles/${target.analysis.role.slug}`} className="btn btn-ghost">
            Role report
          </Link>
        )}
      </header>
      {target ? (
        <AnalysisSections result={target} today={dayOf(at)} />
      ) : (
        <EmptyState
          title="No target role yet"
          action={{ href: "/profile", label: "Choose a target role" }}
          headingLevel={2}
        >
          Pick the role you want to grow into, and see how your skills cover it and what to learn for it.
        </EmptyState>
      )}
    </div>
  );
}
