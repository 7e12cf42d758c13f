import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AnalysisSections } from "@/components/dashboard/analysis-sections";
import { RoleMoves } from "@/components/dashboard/recommendations";
import { TargetSummary } from "@/components/dashboard/target-summary";
import { GoalList } from "@/components/goals/goal-list";
import { Section } from "@/components/ui/section";
import { requireUser } from "@/lib/auth/current-user";
import { dayOf } from "@/lib/clock";
import { analyzeUserProfile } from "@/lib/profile/analysis";
import { listGoals } from "@/lib/goals/queries";
import { goalStatus } from "@/lib/goals/status";
import { pageNow } from "@/lib/request-clock";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const [{ profile, current, target }, goals, at] = await Promise.all([
    analyzeUserProfile(user.id),
    listGoals(user.id),
    pageNow(),
  ]);
  if (!current) redirect("/onboarding");
  const today = dayOf(at);
  const open = goals.filter((g) => !g.doneAt);
  const overdue = open.filter((g) => goalStatus(g, today) === "overdue").length;
  const a = current.analysis;
  return (
    <div className="flex flex-col gap-10">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-muted">Welcome, {user.name}</p>
          <h1 className="text-3xl font-bold tracking-tight">Your analysis as {a.role.title}</h1>
        </div>
        <div className="flex gap-2">
          <Link href={`/roles/${a.role.slug}`} className="btn btn-ghost">
            Role report
          </Link>
          <Link href="/profile" className="btn btn-secondary">
            Edit profile
          </Link>
        </div>
      </header>

      {profile.skills.length === 0 && (
        <div className="card flex flex-col items-start gap-3 border-brand">
          <h2 className="text-lg font-semibold">No skills yet</h2>
          <p className="text-muted">
            Your figures below are the role&apos;s own. Add the skills you use to see how you compare and what
            to learn next.
          </p>
          <Link href="/onboarding" className="btn btn-primary">
            Add your first skills
          </Link>
        </div>
      )}

      {open.length > 0 && (
        <Section
          id="goals"
          title="Your goals"
          aside={
            <p className={`text-sm ${overdue ? "font-semibold text-danger" : "text-muted"}`}>
              {overdue ? `${overdue} overdue` : `${open.length} open`} ·{" "}
              <Link href="/progress#goals">All goals</Link>
            </p>
          }
        >
          <GoalList goals={open.slice(0, 5)} today={today} />
        </Section>
      )}

      <AnalysisSections result={current} today={today} />

      <Section id="moves" title="Roles you could move to">
        <RoleMoves moves={current.roleMoves} />
      </Section>

      {target && (
        <Section id="target" title={`Your target: ${target.analysis.role.title}`}>
          <TargetSummary target={target} />
        </Section>
      )}
    </div>
  );
}
