"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { RiskBadge } from "@/components/risk-badge";
import { filterRoles, type RoleFilter, type RoleSort, type RoleSummary } from "@/lib/catalog/roles-view";

interface Props {
  roles: RoleSummary[];
  industries: { value: string; label: string }[];
}

/** Filters as you type; the filter is mirrored in the URL so a filtered list can be shared. */
export function RoleBrowser({ roles, industries }: Props) {
  const [filter, setFilter] = useState<RoleFilter>({ sort: "risk-desc" });

  useEffect(() => {
    const p = new URLSearchParams(window.location.search);
    // Most visits carry no filter: no second render of every card.
    if (p.size === 0) return;
    // Reading the URL once on load restores a shared filter; it is not known at build time.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFilter({
      q: p.get("q") ?? "",
      industry: p.get("industry") ?? "",
      risk: p.get("risk") ?? "",
      sort: (p.get("sort") as RoleSort) ?? "risk-desc",
    });
  }, []);

  const update = (patch: Partial<RoleFilter>) => {
    const next = { ...filter, ...patch };
    setFilter(next);
    const p = new URLSearchParams(Object.entries(next).filter(([, v]) => v) as [string, string][]);
    window.history.replaceState(null, "", p.size ? `?${p}` : window.location.pathname);
  };
  const shown = useMemo(() => filterRoles(roles, filter), [roles, filter]);

  return (
    <div className="flex flex-col gap-6">
      <form
        role="search"
        aria-label="Filter roles"
        className="grid grid-cols-2 gap-3 md:grid-cols-[2fr_1fr_1fr_1fr]"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="col-span-2 flex flex-col gap-1.5 text-sm font-medium md:col-span-1">
          <label htmlFor="role-q">Search roles</label>
          <input
            id="role-q"
            className="input"
            type="search"
            placeholder="Title or alias, e.g. back-end engineer"
            value={filter.q ?? ""}
            onChange={(e) => update({ q: e.target.value })}
          />
        </div>
        <div className="col-span-2 flex flex-col gap-1.5 text-sm font-medium md:col-span-1">
          <label htmlFor="role-industry">Industry</label>
          <select
            id="role-industry"
            className="input"
            value={filter.industry ?? ""}
            onChange={(e) => update({ industry: e.target.value })}
          >
            <option value="">All industries</option>
            {industries.map((i) => (
              <option key={i.value} value={i.value}>
                {i.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1.5 text-sm font-medium">
          <label htmlFor="role-risk">Risk</label>
          <select
            id="role-risk"
            className="input"
            value={filter.risk ?? ""}
            onChange={(e) => update({ risk: e.target.value })}
          >
            <option value="">Any risk</option>
            <option value="low">Low (below 4)</option>
            <option value="moderate">Moderate (4 to 6.9)</option>
            <option value="high">High (7 and above)</option>
          </select>
        </div>
        <div className="flex flex-col gap-1.5 text-sm font-medium">
          <label htmlFor="role-sort">Sort by</label>
          <select
            id="role-sort"
            className="input"
            value={filter.sort ?? "risk-desc"}
            onChange={(e) => update({ sort: e.target.value as RoleSort })}
          >
            <option value="risk-desc">Highest risk</option>
            <option value="risk-asc">Lowest risk</option>
            <option value="title">Title A–Z</option>
          </select>
        </div>
      </form>
      <p className="text-sm text-muted" aria-live="polite">
        {shown.length === roles.length ? `${roles.length} roles` : `${shown.length} of ${roles.length} roles`}
      </p>
      {shown.length === 0 ? (
        <div className="card flex flex-col items-center gap-2 text-center">
          <p className="font-semibold">No role matches these filters.</p>
          <p className="text-muted">
            Try a shorter search, another spelling, or a wider industry or risk choice.
          </p>
          <button
            type="button"
            className="btn btn-secondary mt-2"
            onClick={() => update({ q: "", industry: "", risk: "" })}
          >
            Clear filters
          </button>
        </div>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {shown.map((r) => (
            <li key={r.slug}>
              <Link
                href={`/roles/${r.slug}`}
                className="card card-link flex h-full flex-col items-start gap-2 !p-5"
              >
                <span className="text-lg font-semibold">{r.title}</span>
                <span className="text-sm text-muted">{r.industryLabel}</span>
                <span className="mt-auto">
                  <RiskBadge score={r.riskScore} category={r.riskCategory} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
