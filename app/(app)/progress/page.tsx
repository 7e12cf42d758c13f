import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { GoalList } from "@/components/goals/goal-list";
import { NewGoalForm } from "@/components/goals/new-goal-form";
import { LineChart } from "@/components/progress/line-chart";
import { SinceSummaryView } from "@/components/progress/since-summary";
import { buttonVariants } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { findRole } from "@/lib/catalog/by-slug";
import { addDays, dayOf } from "@/lib/clock";
import { listGoals } from "@/lib/goals/queries";
import { percent, score } from "@/lib/format";
import { changesSince, snapshotSeries } from "@/lib/history/queries";
import { getProfile } from "@/lib/profile/queries";
import {
  goalMarkers,
  matchRateHistory,
  parseProgressParams,
  progressHref,
  RANGES,
  type ProgressSearchParams,
  type Range,
} from "@/lib/progress/view";
import { pageNow } from "@/lib/request-clock";
import { listAnalyses } from "@/lib/resume-analysis/service";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage({
  searchParams,
}: {
  searchParams: Promise<ProgressSearchParams>;
}) {
  const user = await requireUser("/progress");
  const at = await pageNow();
  const today = dayOf(at);
  const { range, from, since, target } = parseProgressParams(await searchParams, at);
  const profile = await getProfile(user.id);
  const useTarget = target && !!profile.targetRoleSlug;
  const role = findRole(useTarget ? profile.targetRoleSlug : profile.roleSlug);
  if (!role) redirect("/onboarding");

  const [series, summary, analyses, goals] = await Promise.all([
    snapshotSeries(user.id, role.slug, from),
    changesSince(user.id, role.slug, since),
    listAnalyses(user.id),
    listGoals(user.id),
  ]);
  const markers = goalMarkers(goals, from);
  const matches = matchRateHistory(analyses);
  const last = series.at(-1);
  const link = (patch: Record<string, string>) => progressHref({ range, since, target: useTarget }, patch);

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Your progress</h1>
          <p className="text-muted">
            As {role.title}: your figures at the end of every day your profile changed.
          </p>
        </div>
        <nav aria-label="Range" className="flex gap-1">
          {(Object.keys(RANGES) as Range[]).map((r) => (
            <Link
              key={r}
              href={link({ range: r })}
              aria-current={r === range ? "page" : undefined}
              className={buttonVariants({ variant: r === range ? "primary" : "secondary" })}
            >
              {RANGES[r].label}
            </Link>
          ))}
        </nav>
      </header>
      {profile.targetRoleSlug && (
        <p className="text-sm">
          Showing {useTarget ? "your target role" : "your current role"}.{" "}
          <Link href={useTarget ? link({ role: "current" }) : link({ role: "target" })}>
            Show your {useTarget ? "current" : "target"} role instead
          </Link>
        </p>
      )}
      {series.length === 0 ? (
        <div className="card">
          <p className="font-medium">No history in this range yet.</p>
          <p className="text-muted">
            Every change to your skills adds a point here. <Link href="/profile">Update your skills</Link> or
            choose a longer range.
          </p>
        </div>
      ) : (
        <section aria-labelledby="chart-heading" className="card flex flex-col gap-6">
          <h2 id="chart-heading" className="text-xl font-semibold">
            Resilience, AI leverage and exposure over time
          </h2>
          <LineChart
            series={[
              {
                label: "Resilience (R)",
                stroke: "stroke-success",
                points: series.map((s) => ({ day: s.day, value: s.resilience })),
              },
              {
                label: "AI leverage (A)",
                stroke: "stroke-brand",
                dash: "6 4",
                points: series.map((s) => ({ day: s.day, value: s.aiLeverage })),
              },
            ]}
            yMax={1}
            yTicks={[0, 0.25, 0.5, 0.75, 1]}
            format={(v) => `${Math.round(v * 100)}%`}
            markers={markers}
            summary={`${series.length} day${series.length === 1 ? "" : "s"} of history${markers.length ? `, ${markers.length} goal${markers.length === 1 ? "" : "s"} completed` : ""}. Resilience is now ${percent(last!.resilience)} and AI leverage ${percent(last!.aiLeverage)}.`}
          />
          <LineChart
            series={[
              {
                label: "Your exposure (P)",
                stroke: "stroke-danger",
                points: series.map((s) => ({ day: s.day, value: s.personalExposure })),
              },
            ]}
            yMax={10}
            yTicks={[0, 4, 7, 10]}
            format={(v) => String(v)}
            summary={`Your exposure is now ${last!.personalExposure === null ? "not measured yet" : score(last!.personalExposure)} out of 10, against the role's ${score(last!.exposure)}.`}
          />
          <details>
            <summary className="cursor-pointer text-sm font-medium">Show the figures as a table</summary>
            <table className="mt-2 w-full text-left text-sm">
              <caption className="sr-only">Daily figures</caption>
              <thead className="text-muted">
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Exposure (P)</th>
                  <th scope="col">Resilience (R)</th>
                  <th scope="col">AI leverage (A)</th>
                  <th scope="col">Skills</th>
                </tr>
              </thead>
              <tbody>
                {series.map((s) => (
                  <tr key={s.day} className="border-t border-border">
                    <th scope="row" className="py-1 font-normal">
                      {s.day}
                    </th>
                    <td>{s.personalExposure === null ? "—" : score(s.personalExposure)}</td>
                    <td>{percent(s.resilience)}</td>
                    <td>{percent(s.aiLeverage)}</td>
                    <td>{s.skillCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </section>
      )}
      <section aria-labelledby="goals-heading" id="goals" className="flex flex-col gap-3">
        <h2 id="goals-heading" className="text-xl font-semibold">
          Goals
        </h2>
        {goals.length === 0 ? (
          <p className="text-muted">
            No goals yet. Set one from a recommendation on your <Link href="/dashboard#next">dashboard</Link>,
            or write your own below.
          </p>
        ) : (
          <GoalList goals={goals} today={today} />
        )}
        <NewGoalForm defaultDue={addDays(today, 30)} today={today} />
      </section>
      <SinceSummaryView
        summary={summary}
        since={dayOf(since)}
        range={range}
        role={useTarget ? "target" : undefined}
      />
      <section aria-labelledby="match-heading" className="flex flex-col gap-3">
        <h2 id="match-heading" className="text-xl font-semibold">
          Resume match rates
        </h2>
        {matches.length === 0 ? (
          <p className="text-muted">
            Analyse your resume against a job description on the <Link href="/resume">Resume</Link> page to
            track how well it matches.
          </p>
        ) : (
          <ul className="divide-y divide-border rounded-xl border border-border bg-surface">
            {matches.map((m) => (
              <li key={m.id} className="flex justify-between gap-3 px-4 py-2">
                <Link href={`/resume/${m.id}`}>
                  {dayOf(m.createdAt)} · {m.fileName ?? "pasted text"}
                </Link>
                <span className="font-medium tabular-nums">{Math.round((m.matchRate ?? 0) * 100)}%</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
