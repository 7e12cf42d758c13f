import { riskCategory, roleExposure, type RiskCategory } from "../analysis/role-exposure";
import { INDUSTRIES, type Industry, type RoleDef } from "./types";

export interface RoleSummary {
  slug: string;
  title: string;
  industry: Industry;
  industryLabel: string;
  socCode: string | null;
  riskScore: number;
  riskCategory: RiskCategory;
  aliases: string[];
}

export function summarizeRole(role: RoleDef): RoleSummary {
  const riskScore = roleExposure(role.tasks);
  return {
    slug: role.slug,
    title: role.title,
    industry: role.industry,
    industryLabel: INDUSTRIES[role.industry],
    socCode: role.socCode ?? null,
    riskScore,
    riskCategory: riskCategory(riskScore),
    aliases: role.aliases,
  };
}

export type RoleSort = "risk-desc" | "risk-asc" | "title";

export interface RoleFilter {
  q?: string;
  industry?: string;
  risk?: string;
  sort?: RoleSort;
}

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** Every word of the query must appear in the title or one alias ("back end dev" finds Backend Developer via its aliases). */
export function matchesQuery(role: RoleSummary, q: string): boolean {
  const words = fold(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const names = [role.title, ...role.aliases].map(fold);
  return names.some((name) => words.every((w) => name.includes(w)));
}

export function filterRoles(roles: readonly RoleSummary[], filter: RoleFilter): RoleSummary[] {
  const out = roles.filter(
    (r) =>
      matchesQuery(r, filter.q ?? "") &&
      (!filter.industry || r.industry === filter.industry) &&
      (!filter.risk || r.riskCategory === filter.risk),
  );
  const byTitle = (a: RoleSummary, b: RoleSummary) => a.title.localeCompare(b.title);
  switch (filter.sort ?? "risk-desc") {
    case "risk-asc":
      return out.sort((a, b) => a.riskScore - b.riskScore || byTitle(a, b));
    case "title":
      return out.sort(byTitle);
    default:
      return out.sort((a, b) => b.riskScore - a.riskScore || byTitle(a, b));
  }
}
