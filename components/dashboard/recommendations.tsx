import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { ProfileAnalysis } from "@/lib/analysis/analyze-profile";
import { TARGET_LEVEL } from "@/lib/analysis/skill-profile";
import { catalog } from "@/lib/catalog";
import { percent, points, score } from "@/lib/format";
import { SetGoal } from "@/components/goals/set-goal";
import { dueFor } from "@/lib/goals/due-date";
import { AddRecommended } from "./add-recommended";

const certUrl = new Map(catalog.certifications.map((c) => [c.slug, c.url]));
const because = (tasks: { title: string; coverageBefore: number; coverageAfter: number }[]) =>
  tasks
    .filter((t) => t.coverageAfter > t.coverageBefore)
    .slice(0, 3)
    .map((t) => `${t.title} (${percent(t.coverageBefore, 0)} → ${percent(t.coverageAfter, 0)})`)
    .join("; ");

/** Top skills, AI tools and certifications, each with its reason, what it would change, and "Set a goal". */
export function Recommendations({
  result,
  current,
  today,
}: {
  result: ProfileAnalysis;
  current: { resilience: number; aiLeverage: number };
  today: string;
}) {
  const { skills, tools, certifications } = result.recommendations;
  const id = (name: string) => `${name}-${result.analysis.role.slug}`;
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <section aria-labelledby={id("rec-skills")} className="card flex flex-col gap-3">
        <h3 id={id("rec-skills")} className="text-lg font-semibold">
          Skills to learn
          <span className="sr-only"> for {result.analysis.role.title}</span>
        </h3>
        {skills.length === 0 && (
          <p className="text-muted">
            You already cover every skill of this role&apos;s safe work at level {TARGET_LEVEL} or above.
          </p>
        )}
        <ol className="flex flex-col gap-4">
          {skills.map((r) => (
            <li key={r.skill} className="flex flex-col gap-1">
              <p className="font-semibold">{r.name}</p>
              <p className="text-sm">
                Resilience {percent(current.resilience)} → <strong>{percent(r.resilience)}</strong> (
                {points(r.gainR)})
              </p>
              <p className="text-sm text-muted">Because it covers: {because(r.tasks)}</p>
              <AddRecommended
                skillSlug={r.skill}
                name={r.name}
                level={r.targetLevel}
                verb={r.level > 0 ? "Raise" : "Add"}
              />
              <SetGoal
                kind="skill"
                targetSlug={r.skill}
                level={r.targetLevel}
                name={r.name}
                today={today}
                defaultDue={dueFor(today)}
              />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby={id("rec-tools")} className="card flex flex-col gap-3">
        <h3 id={id("rec-tools")} className="text-lg font-semibold">
          AI tools to adopt
          <span className="sr-only"> for {result.analysis.role.title}</span>
        </h3>
        {tools.length === 0 && (
          <p className="text-muted">
            You already use an AI tool on every at-risk task these tools help with.
          </p>
        )}
        <ol className="flex flex-col gap-4">
          {tools.map((r) => (
            <li key={r.tool} className="flex flex-col gap-1">
              <p className="font-semibold">{r.name}</p>
              <p className="text-sm">
                AI leverage {percent(current.aiLeverage)} → <strong>{percent(r.aiLeverage)}</strong> (
                {points(r.gainA)})
              </p>
              <p className="text-sm text-muted">{r.note}</p>
              <AddRecommended skillSlug={r.tool} name={r.name} level={TARGET_LEVEL} verb="I use" />
              <SetGoal
                kind="tool"
                targetSlug={r.tool}
                level={TARGET_LEVEL}
                name={r.name}
                today={today}
                defaultDue={dueFor(today)}
              />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby={id("rec-certs")} className="card flex flex-col gap-3">
        <h3 id={id("rec-certs")} className="text-lg font-semibold">
          Certifications to earn
          <span className="sr-only"> for {result.analysis.role.title}</span>
        </h3>
        {certifications.length === 0 && (
          <p className="text-muted">None of this role&apos;s certifications would add skills you lack.</p>
        )}
        <ol className="flex flex-col gap-4">
          {certifications.map((r) => (
            <li key={r.certification} className="flex flex-col gap-1">
              <p className="font-semibold">
                <a href={certUrl.get(r.certification)} rel="noopener noreferrer">
                  {r.name}
                </a>
              </p>
              <p className="text-sm">
                Resilience → <strong>{percent(r.resilience)}</strong> ({points(r.gainR)}) for about{" "}
                {r.prepHours} hours
              </p>
              <p className="text-sm text-muted">Builds {r.raises.map((x) => x.name).join(", ")}</p>
              <SetGoal
                kind="certification"
                targetSlug={r.certification}
                name={r.name}
                today={today}
                defaultDue={dueFor(today, r.prepHours)}
              />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

export function RoleMoves({ moves }: { moves: ProfileAnalysis["roleMoves"] }) {
  if (moves.length === 0) {
    return (
      <EmptyState title="No move to suggest yet" action={{ href: "/profile", label: "Add more skills" }}>
        No lower-exposure role covers enough of your skills yet. As your profile grows, roles you could move
        to appear here.
      </EmptyState>
    );
  }
  return (
    <ul className="grid gap-3 sm:grid-cols-3">
      {moves.map((m) => (
        <li key={m.slug}>
          <Link href={`/roles/${m.slug}`} className="card card-link flex h-full flex-col gap-1 !p-5">
            <span className="font-semibold">{m.title}</span>
            <span className="text-sm">You cover {percent(m.coverage, 0)} of its work</span>
            <span className="text-sm text-muted">
              Exposure {score(m.exposure)} ({m.exposureDelta.toFixed(1)} vs your role)
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
