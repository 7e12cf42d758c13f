import type { RoleReport } from "@/lib/catalog/role-report";
import { Badge } from "@/components/ui/badge";
import { Meter } from "./meter";

const TIMELINE: Record<string, string> = {
  now: "Now",
  "1-2y": "In 1–2 years",
  "3-5y": "In 3–5 years",
  "5y+": "In 5+ years",
};
const pct = (v: number) => `${Math.round(v * 100)}%`;

export function AtRiskTasks({ tasks }: { tasks: RoleReport["atRisk"] }) {
  return (
    <ul className="flex flex-col gap-3">
      {tasks.map((t) => (
        <li key={t.slug} className="card !p-5">
          <div className="section-head">
            <h3 className="text-base font-semibold">{t.title}</h3>
            <Badge>{TIMELINE[t.timeline]}</Badge>
          </div>
          <p className="mt-1 text-muted">{t.description}</p>
          <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
            <div className="flex items-center gap-2">
              <dt className="text-muted">AI exposure</dt>
              <dd>
                <Meter value={t.exposure} label={`AI exposure of ${t.title}`} tone="danger" />
              </dd>
            </div>
            <div className="flex gap-2">
              <dt className="text-muted">Share of the role</dt>
              <dd className="tabular-nums">{pct(t.importance)}</dd>
            </div>
            {t.tools.length > 0 && (
              <div className="flex gap-2">
                <dt className="text-muted">Tools</dt>
                <dd>{t.tools.map((x) => x.name).join(", ")}</dd>
              </div>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}

export function SafeTasks({ tasks }: { tasks: RoleReport["safe"] }) {
  return (
    <ul className="flex flex-col gap-3">
      {tasks.map((t) => (
        <li key={t.slug} className="card !p-5">
          <h3 className="text-base font-semibold">{t.title}</h3>
          <p className="mt-1 text-muted">{t.description}</p>
          <p className="mt-3 text-sm">
            <span className="text-muted">Protected by: </span>
            {t.protectedBy.join(" · ")}
            <span className="text-muted">
              {" "}
              — share of the role {pct(t.importance)}, AI exposure {pct(t.exposure)}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
