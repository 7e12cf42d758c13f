import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

/** Unknown addresses and missing records. Most people arrive here looking for a role report. */
export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-start gap-5 px-4 py-16 sm:py-24">
      <p className="text-sm font-semibold text-brand">Error 404</p>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">We could not find that page</h1>
      <p className="text-muted">
        The address may be mistyped, or the page has moved. If you were looking for a role, search for it:
      </p>
      <form
        action="/roles"
        method="get"
        role="search"
        aria-label="Role reports"
        className="flex w-full flex-col gap-2 sm:flex-row sm:items-end"
      >
        <div className="flex flex-1 flex-col gap-1.5">
          <label htmlFor="not-found-q" className="text-sm font-medium">
            Search role reports
          </label>
          <input
            id="not-found-q"
            name="q"
            type="search"
            className="input"
            placeholder="e.g. data analyst or nurse"
          />
        </div>
        <button type="submit" className="btn btn-primary">
          Search
        </button>
      </form>
      <div className="flex flex-wrap gap-3">
        <Link href="/roles" className="btn btn-secondary">
          Browse all role reports
        </Link>
        <Link href="/" className="btn btn-ghost">
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
