import "server-only";
import { allRoleSummaries } from "@/lib/catalog/role-report";
import { listOccupations } from "./queries";

/** One entry of the public directory: a curated role (full report) or an occupation (research figures). */
export interface DirectoryEntry {
  slug: string;
  title: string;
  industry: string;
  socCode: string | null;
  /** The role's risk score; occupations get theirs with their full report. */
  riskScore: number | null;
  riskCategory: string | null;
  hasFullReport: boolean;
}

export const DIRECTORY_MAX_LIMIT = 1_000;

/** Curated roles first (by title), then every occupation (by title), `limit` from `offset`. */
export async function listDirectory(
  offset: number,
  limit: number,
): Promise<{ entries: DirectoryEntry[]; total: number }> {
  const roles: DirectoryEntry[] = allRoleSummaries()
    .map(({ slug, title, industry, socCode, riskScore, riskCategory }) => ({
      slug,
      title,
      industry,
      socCode,
      riskScore,
      riskCategory,
      hasFullReport: true,
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
  const fromRoles = roles.slice(offset, offset + limit);
  const occupationOffset = Math.max(0, offset - roles.length);
  const wanted = limit - fromRoles.length;
  const occupations = await listOccupations({
    sort: "title",
    pageSize: Math.max(1, wanted),
    offset: occupationOffset,
  });
  const fromOccupations: DirectoryEntry[] =
    wanted > 0
      ? occupations.items.map((o) => ({
          slug: o.slug,
          title: o.title,
          industry: o.majorGroup,
          socCode: o.socCode,
          riskScore: null,
          riskCategory: null,
          hasFullReport: false,
        }))
      : [];
  return { entries: [...fromRoles, ...fromOccupations], total: roles.length + occupations.total };
}
