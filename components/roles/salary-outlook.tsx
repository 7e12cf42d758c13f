import type { RoleReport } from "@/lib/catalog/role-report";

const money = (v: number) => `$${Math.round(v / 1000)}k`;
const change = ([lo, hi]: [number, number]) =>
  lo === hi ? `${lo > 0 ? "+" : ""}${lo}%` : `${lo > 0 ? "+" : ""}${lo}% to ${hi > 0 ? "+" : ""}${hi}%`;
const LEVEL = { entry: "Entry level", mid: "Mid level", senior: "Senior" } as const;

/** Pay ranges as bars on one shared scale, with the five-year projection in words beside each. */
export function SalaryOutlook({ salary }: { salary: RoleReport["salary"] }) {
  const top = Math.max(...salary.levels.map((l) => l.max));
  return (
    <div className="flex flex-col gap-4">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">
          Typical base pay (USD per year) and projected real change over five years
        </caption>
        <thead>
          <tr className="text-muted">
            <th scope="col" className="py-2 font-medium">
              Level
            </th>
            <th scope="col" className="py-2 font-medium">
              Typical base pay
            </th>
            <th scope="col" className="hidden py-2 font-medium sm:table-cell">
              <span className="sr-only">Range on a shared scale</span>
            </th>
            <th scope="col" className="py-2 font-medium">
              5-year outlook
            </th>
          </tr>
        </thead>
        <tbody>
          {salary.levels.map((l) => (
            <tr key={l.level} className="border-t border-border">
              <th scope="row" className="py-2 font-medium">
                {LEVEL[l.level]}
              </th>
              <td className="py-2 tabular-nums">
                {money(l.min)}–{money(l.max)}
              </td>
              <td className="hidden w-2/5 py-2 pr-6 sm:table-cell" aria-hidden="true">
                <div className="relative h-2 rounded-full bg-border">
                  <div
                    className="absolute h-2 rounded-full bg-brand"
                    style={{ left: `${(l.min / top) * 100}%`, width: `${((l.max - l.min) / top) * 100}%` }}
                  />
                </div>
              </td>
              <td
                className={`py-2 font-medium tabular-nums ${l.changePct[1] < 0 ? "text-danger" : l.changePct[0] > 0 ? "text-success" : ""}`}
              >
                {change(l.changePct)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-muted">{salary.note}</p>
    </div>
  );
}
