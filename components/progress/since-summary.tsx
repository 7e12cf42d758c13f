import type { SinceSummary } from "@/lib/history/queries";
import { percent, score } from "@/lib/format";

const fig = (s: SinceSummary["then"], pick: "personalExposure" | "resilience" | "aiLeverage") => {
  if (!s) return "—";
  const v = s[pick];
  return v === null ? "—" : pick === "personalExposure" ? score(v) : percent(v);
};

/** "Since <date>": what changed in the profile, and the figures then and now. A plain GET form. */
export function SinceSummaryView({
  summary,
  since,
  range,
  role,
}: {
  summary: SinceSummary;
  since: string;
  range: string;
  role?: string;
}) {
  const nothing = summary.added.length + summary.levelledUp.length + summary.removed.length === 0;
  return (
    <section aria-labelledby="since-heading" className="card flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="since-heading" className="text-xl font-semibold">
          Since {since}
        </h2>
        <form method="get" action="/progress" className="flex items-end gap-2">
          <input type="hidden" name="range" value={range} />
          {role && <input type="hidden" name="role" value={role} />}
          <div className="flex flex-col gap-1">
            <label htmlFor="since" className="text-sm font-medium">
              Since
            </label>
            <input id="since" name="since" type="date" defaultValue={since} className="input py-1" />
          </div>
          <button type="submit" className="btn btn-secondary">
            Compare
          </button>
        </form>
      </div>
      {nothing ? (
        <p className="text-muted">No skill changes since {since}.</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {summary.added.map((a, i) => (
            <li key={`a${i}`}>
              Added <strong>{a.name}</strong> at level {a.level}
            </li>
          ))}
          {summary.levelledUp.map((l, i) => (
            <li key={`l${i}`}>
              Levelled up <strong>{l.name}</strong> from {l.from} to {l.to}
            </li>
          ))}
          {summary.removed.map((r, i) => (
            <li key={`r${i}`}>
              Removed <strong>{r.name}</strong>
            </li>
          ))}
        </ul>
      )}
      <table className="w-full max-w-lg text-left text-sm">
        <caption className="sr-only">Figures then and now</caption>
        <thead className="text-muted">
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">{summary.then ? `Then (${summary.then.day})` : "Then"}</th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          {(
            [
              ["Your exposure (P)", "personalExposure"],
              ["Resilience (R)", "resilience"],
              ["AI leverage (A)", "aiLeverage"],
            ] as const
          ).map(([label, key]) => (
            <tr key={key} className="border-t border-border">
              <th scope="row" className="py-1 font-normal">
                {label}
              </th>
              <td>{fig(summary.then, key)}</td>
              <td>{fig(summary.now, key)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
