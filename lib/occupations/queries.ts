import "server-only";
import { and, asc, count, desc, eq, gte, isNotNull, isNull, lt, sql, sum, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { catalogRoles, occupations } from "@/db/schema";
import { SOC_MAJOR_GROUPS, type Occupation, type SocMajorGroupCode } from "@/lib/catalog/occupation-schema";

// Every BLS OEWS occupation (loaded from catalog/occupations.json at start-up), for pages, lists and
// pickers. Curated roles keep their own queries; these link to them by SOC code.

export interface RoleLink {
  slug: string;
  title: string;
  socCode: string | null;
  riskScore: number;
  riskCategory: string;
}

export interface OccupationPage {
  occupation: Occupation;
  /** Until an occupation's own report is written, pages show its research figures only. */
  hasFullReport: false;
  /** Curated roles inside this SOC code (Backend Developer within Software Developers). */
  specialisations: RoleLink[];
  /** Up to three curated roles closest by SOC code (same code, then minor group, then major group), for the meantime. */
  closestRoles: RoleLink[];
}

/** Thirds of the mean research percentile; occupations with no published figure are in none. */
export const EXPOSURE_BANDS = { lower: [0, 1 / 3], middle: [1 / 3, 2 / 3], higher: [2 / 3, 1.01] } as const;
export type ExposureBand = keyof typeof EXPOSURE_BANDS;
export type OccupationSort = "title" | "employment" | "exposure" | "wage";

export interface OccupationListItem {
  slug: string;
  title: string;
  socCode: string;
  majorGroup: string;
  employment: number;
  medianWage: number | null;
  /** BLS top-coded the median: at least $239,200. */
  medianTopcoded: boolean;
  meanPercentile: number | null;
  hasFullReport: false;
}

export const OCCUPATION_PAGE_MAX = 1_000;

const roleLink = {
  slug: catalogRoles.slug,
  title: catalogRoles.title,
  socCode: catalogRoles.socCode,
  riskScore: catalogRoles.riskScore,
  riskCategory: catalogRoles.riskCategory,
};

export async function getOccupation(slug: string): Promise<OccupationPage | null> {
  const [row] = await db()
    .select({ data: occupations.data })
    .from(occupations)
    .where(eq(occupations.slug, slug))
    .limit(1);
  if (!row) return null;
  const occupation = row.data;
  const soc = occupation.soc;
  // How many leading characters of "15-1252" a role shares: 7 same code, 4 same minor group ("15-1"), 2 same major group.
  const shared = sql<number>`case when ${catalogRoles.socCode} = ${soc} then 7 when left(${catalogRoles.socCode}, 4) = ${soc.slice(0, 4)} then 4 else 2 end`;
  const near = await db()
    .select({ ...roleLink, shared })
    .from(catalogRoles)
    .where(and(isNull(catalogRoles.retiredAt), sql`left(${catalogRoles.socCode}, 2) = ${soc.slice(0, 2)}`))
    .orderBy(desc(shared), asc(catalogRoles.title));
  const strip = (r: RoleLink & { shared: number }): RoleLink => ({
    slug: r.slug,
    title: r.title,
    socCode: r.socCode,
    riskScore: r.riskScore,
    riskCategory: r.riskCategory,
  });
  return {
    occupation,
    hasFullReport: false,
    specialisations: near.filter((r) => r.shared === 7).map(strip),
    closestRoles: near.slice(0, 3).map(strip),
  };
}

export async function getOccupationBySoc(soc: string): Promise<Occupation | null> {
  const [row] = await db()
    .select({ data: occupations.data })
    .from(occupations)
    .where(eq(occupations.soc, soc))
    .limit(1);
  return row?.data ?? null;
}

/** One page of occupations, filtered by SOC major group and exposure band, sorted. Pages count from 1. */
export async function listOccupations(
  options: {
    group?: string;
    exposure?: ExposureBand;
    sort?: OccupationSort;
    page?: number;
    pageSize?: number;
    offset?: number;
  } = {},
): Promise<{ items: OccupationListItem[]; total: number; page: number; pageSize: number }> {
  const pageSize = Math.max(1, Math.min(OCCUPATION_PAGE_MAX, Math.trunc(options.pageSize ?? 50)));
  const page = Math.max(1, Math.trunc(options.page ?? 1));
  const filters: SQL[] = [];
  if (options.group) filters.push(eq(occupations.majorGroup, options.group));
  if (options.exposure) {
    const [lo, hi] = EXPOSURE_BANDS[options.exposure];
    filters.push(
      isNotNull(occupations.meanPercentile),
      gte(occupations.meanPercentile, lo),
      lt(occupations.meanPercentile, hi),
    );
  }
  const where = filters.length ? and(...filters) : undefined;
  const order = {
    title: [asc(occupations.title)],
    employment: [desc(occupations.employment), asc(occupations.title)],
    exposure: [sql`${occupations.meanPercentile} desc nulls last`, asc(occupations.title)],
    wage: [sql`${occupations.medianWage} desc nulls last`, asc(occupations.title)],
  }[options.sort ?? "title"];
  const [items, [{ total }]] = await Promise.all([
    db()
      .select({
        slug: occupations.slug,
        title: occupations.title,
        socCode: occupations.soc,
        majorGroup: occupations.majorGroup,
        employment: occupations.employment,
        medianWage: occupations.medianWage,
        medianTopcoded: sql<boolean>`(${occupations.data} -> 'topcoded') ? 'median'`,
        meanPercentile: occupations.meanPercentile,
      })
      .from(occupations)
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset(options.offset ?? (page - 1) * pageSize),
    db().select({ total: count() }).from(occupations).where(where),
  ]);
  return { items: items.map((i) => ({ ...i, hasFullReport: false as const })), total, page, pageSize };
}

/** The SOC major groups ("industries") with how many occupations and jobs each holds. */
export async function listMajorGroups(): Promise<
  { code: SocMajorGroupCode; name: string; occupations: number; employment: number }[]
> {
  const rows = await db()
    .select({
      code: occupations.majorGroup,
      occupations: count(),
      employment: sum(occupations.employment).mapWith(Number),
    })
    .from(occupations)
    .groupBy(occupations.majorGroup);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return SOC_MAJOR_GROUPS.map((g) => ({
    code: g.code,
    name: g.name,
    occupations: byCode.get(g.code)?.occupations ?? 0,
    employment: byCode.get(g.code)?.employment ?? 0,
  }));
}
