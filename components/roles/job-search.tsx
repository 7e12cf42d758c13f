import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { RoleSearchResult } from "@/lib/search/job-titles";

/** "Find your job": a plain GET form, so it works before any script has loaded, and its ranked results. */
export function JobSearch({ query, results }: { query: string; results: RoleSearchResult[] | null }) {
  return (
    <section aria-labelledby="find-job" className="flex flex-col gap-4">
      <h2 id="find-job" className="section-title">
        Find your job
      </h2>
      <form role="search" action="/roles" className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-1 flex-col gap-1.5 text-sm font-medium">
          <label htmlFor="job-title">Job title</label>
          <input
            id="job-title"
            name="job"
            type="search"
            className="input"
            defaultValue={query}
            placeholder="e.g. cashier, RN, truck driver"
            maxLength={100}
          />
        </div>
        <button type="submit" className="btn btn-primary">
          Search
        </button>
      </form>
      {results && results.length === 0 && (
        <p role="status">
          No job title matches “{query}”. Try a shorter or more general title, or browse the occupations by
          industry below.
        </p>
      )}
      {results && results.length > 0 && (
        <ol
          aria-label={`Job titles matching ${query}`}
          className="flex flex-col divide-y divide-border rounded-lg border border-border"
        >
          {results.map((r) => (
            <li key={`${r.kind}:${r.slug}`} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3">
              <Link href={`/roles/${r.slug}`} className="font-medium">
                {r.title}
              </Link>
              <Badge tone={r.hasFullReport ? "success" : "neutral"}>
                {r.hasFullReport ? "Full report" : "Research figures"}
              </Badge>
              <span className="text-sm text-muted">
                {r.socCode && `SOC ${r.socCode}`}
                {r.matchedTitle.toLowerCase() !== r.title.toLowerCase() && ` · matched “${r.matchedTitle}”`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
