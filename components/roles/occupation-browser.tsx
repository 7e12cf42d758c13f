import Link from "next/link";
import { cx } from "@/lib/cn";
import { browseHref, type BrowseParams } from "@/lib/occupations/browse-params";
import { dollars, exposureBandText, TOPCODED_ANNUAL_WAGE } from "@/lib/occupations/figures";
import type { OccupationListItem } from "@/lib/occupations/queries";

interface Props {
  params: BrowseParams;
  groups: { code: string; name: string; occupations: number; employment: number }[];
  list: { items: OccupationListItem[]; total: number; page: number; pageSize: number };
}

/** Every OEWS occupation: by industry (SOC major group, with counts), exposure band and sort, a page at a time. */
export function OccupationBrowser({ params, groups, list }: Props) {
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const all = groups.reduce((sum, g) => sum + g.occupations, 0);
  const group = groups.find((g) => g.code === params.group);
  return (
    <section aria-labelledby="occupations" className="flex flex-col gap-4">
      <h2 id="occupations" className="section-title scroll-mt-20">
        All {all.toLocaleString("en-US")} occupations
      </h2>
      <nav aria-label="Browse by industry">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <Link
              href={browseHref(params, { group: undefined, page: 1 })}
              aria-current={!params.group ? "page" : undefined}
              className={cx("pill", !params.group && "font-semibold")}
            >
              All industries ({all})
            </Link>
          </li>
          {groups.map((g) => (
            <li key={g.code}>
              <Link
                href={browseHref(params, { group: g.code, page: 1 })}
                aria-current={params.group === g.code ? "page" : undefined}
                className={cx("pill", params.group === g.code && "font-semibold")}
              >
                {g.name} ({g.occupations})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form action="/roles#occupations" className="flex flex-wrap items-end gap-3 text-sm">
        {params.group && <input type="hidden" name="group" value={params.group} />}
        <div className="flex flex-col gap-1.5 font-medium">
          <label htmlFor="occupation-exposure">Exposure</label>
          <select
            id="occupation-exposure"
            name="exposure"
            className="input"
            defaultValue={params.exposure ?? ""}
          >
            <option value="">Any</option>
            <option value="higher">Higher than most</option>
            <option value="middle">Near the middle</option>
            <option value="lower">Lower than most</option>
          </select>
        </div>
        <div className="flex flex-col gap-1.5 font-medium">
          <label htmlFor="occupation-sort">Sort occupations</label>
          <select id="occupation-sort" name="sort" className="input" defaultValue={params.sort}>
            <option value="employment">Most jobs first</option>
            <option value="title">Title, A–Z</option>
            <option value="exposure">Most exposed first</option>
            <option value="wage">Highest median pay first</option>
          </select>
        </div>
        <button type="submit" className="btn btn-secondary">
          Apply
        </button>
      </form>
      <div className="overflow-x-auto" role="region" aria-label="Occupations (scrolls sideways)" tabIndex={0}>
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">
            {group ? group.name : "All industries"}: page {list.page} of {pages}
          </caption>
          <thead>
            <tr className="text-muted">
              <th scope="col" className="py-2 pr-4 font-medium">
                Occupation
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Jobs
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Median pay
              </th>
              <th scope="col" className="py-2 font-medium">
                AI exposure (research)
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((o) => (
              <tr key={o.slug} className="border-t border-border">
                <th scope="row" className="py-2 pr-4 font-medium">
                  <Link href={`/roles/${o.slug}`}>{o.title}</Link>{" "}
                  <span className="font-normal text-muted">{o.socCode}</span>
                </th>
                <td className="py-2 pr-4 tabular-nums">{o.employment.toLocaleString("en-US")}</td>
                <td className="py-2 pr-4 tabular-nums">
                  {o.medianWage !== null
                    ? dollars(o.medianWage)
                    : o.medianTopcoded
                      ? `≥ ${dollars(TOPCODED_ANNUAL_WAGE)}`
                      : "—"}
                </td>
                <td className="py-2">{exposureBandText(o.meanPercentile)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.items.length === 0 && <p role="status">No occupation in this industry matches that exposure.</p>}
      <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
        {list.page > 1 && <Link href={browseHref(params, { page: list.page - 1 })}>← Previous page</Link>}
        <span>
          Page {list.page} of {pages}
        </span>
        {list.page < pages && <Link href={browseHref(params, { page: list.page + 1 })}>Next page →</Link>}
      </nav>
      <p className="text-xs text-muted">
        Jobs and pay: Source: BLS OEWS, May 2024. Exposure: the mean percentile of three published measures
        (Eloundou et al. 2024, human and GPT-4 rated; Tomlinson et al. 2025), in thirds.{" "}
        <Link href="/about/data">About the data</Link>.
      </p>
    </section>
  );
}
