import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { normalizeTitle } from "./normalize";

export interface RoleSearchResult {
  /** A curated role's slug (kind "role") or an occupation's slug (kind "occupation"). */
  slug: string;
  /** The role's title, or the occupation's BLS OEWS title. */
  title: string;
  socCode: string | null;
  /** The title that matched the query: a role title or alias, or an O*NET title ("RN"). */
  matchedTitle: string;
  /** Curated roles have the full task-by-task report; occupations have their research figures only. */
  hasFullReport: boolean;
  kind: "role" | "occupation";
  /** 3 the whole title, 2 its first words, 1 the start of its first word or whole words inside it, 0 a similar title (typos). */
  match: 0 | 1 | 2 | 3;
}

export const SEARCH_MAX_LIMIT = 50;

interface Row {
  kind: "role" | "occupation";
  slug: string;
  title: string;
  soc: string | null;
  matched: string;
  tier: number;
}

/**
 * Typos: a title qualifies when some run of its words is this similar to the query (pg_trgm
 * word_similarity). The stricter bar first; the looser one only when that finds too few (it lets in
 * every title sharing a common word, thousands for "hvac technician", so costs far more).
 */
export const WORD_SIMILARITY_THRESHOLDS = [0.7, 0.5] as const;
/**
 * The looser bar is tried only when nothing has been found: a typo ("pharmasist"), not a rare title
 * ("pharmacy tech" has one occupation; the looser bar would rank 3,000 technicians to add nothing).
 */
const ENOUGH_SIMILAR = 1;

/** The next string in byte order after every string that starts with `prefix` (for a btree range scan). */
function after(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/**
 * Ranked job-title search over O*NET's titles and the curated roles' titles and aliases. Forgiving
 * of case, punctuation and plurals (both sides normalised alike) and of typos (pg_trgm similarity).
 * Order: the whole title; titles starting with the query's words; titles starting with the query or
 * holding its words; then titles with a word starting with it, and similar titles (typos). At the
 * first two levels a curated role comes before occupations; then closeness and employment. A title
 * shared by several occupations lists each.
 *
 * In steps, each only when the ones before named fewer than `limit` roles and occupations: whole
 * titles and title starts (btree range scan); titles holding the query (trigram index, a plain
 * LIKE to check); titles similar to it (trigram word similarity, the costly check, so last, in a
 * transaction that sets pg_trgm's threshold for itself only).
 * Queries under three characters ("rn") match whole titles and title starts only.
 */
export async function searchRoles(
  query: string,
  { limit = 10 }: { limit?: number } = {},
): Promise<RoleSearchResult[]> {
  const n = normalizeTitle(query.slice(0, 200));
  if (!n) return [];
  const take = Math.max(1, Math.min(SEARCH_MAX_LIMIT, Math.trunc(limit)));
  // text_pattern_ops compares bytes: every title starting with "n " lies in ["n ", "n!").
  const leading = await ranked(
    n,
    sql`t.normalized = ${n} or (t.normalized ~>=~ ${`${n} `} and t.normalized ~<~ ${`${n}!`})`,
    take,
    "closeness",
  );
  if (leading.length >= take) return leading;
  if (n.length < 3)
    return ranked(n, sql`t.normalized ~>=~ ${n} and t.normalized ~<~ ${after(n)}`, take, "closeness");
  const holding = await ranked(
    n,
    sql`t.normalized like ${`%${n}%`} and ' ' || t.normalized like ${`% ${n}%`}`,
    take,
    "closeness",
  );
  if (holding.length >= take) return holding;
  return db().transaction(async (tx) => {
    let similar = holding;
    for (const threshold of WORD_SIMILARITY_THRESHOLDS) {
      await tx.execute(
        sql`select set_config('pg_trgm.word_similarity_threshold', ${String(threshold)}, true)`,
      );
      similar = await ranked(n, sql`${n} <% t.normalized`, take, "trigram", tx);
      if (similar.length >= Math.min(take, ENOUGH_SIMILAR)) break;
    }
    return similar.length >= holding.length ? similar : holding;
  });
}

type Executor = Pick<ReturnType<typeof db>, "execute">;

async function ranked(
  n: string,
  where: SQL,
  take: number,
  score: Score,
  executor: Executor = db(),
): Promise<RoleSearchResult[]> {
  const rows = (await executor.execute(rankedSql(n, where, take, score))) as unknown as Row[];
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    socCode: r.soc,
    matchedTitle: r.matched,
    hasFullReport: r.kind === "role",
    kind: r.kind,
    match: r.tier as RoleSearchResult["match"],
  }));
}

/**
 * How close a title is within its level: "closeness" is the query's share of the title's length
 * (cheap, for titles that hold the query); "trigram" is the mean of pg_trgm's similarity (to the
 * whole title) and word similarity (to its closest run of words), so a typo is matched to a title
 * about its own length: "electrican" to Electrician before Electrical Assembly Technician.
 */
type Score = "closeness" | "trigram";

/** The ranking query over the titles `where` selects (exported for EXPLAIN in the bench). */
export function rankedSql(n: string, where: SQL, take: number, score: Score): SQL {
  const closeness =
    score === "trigram"
      ? sql`(similarity(t.normalized, ${n}) + word_similarity(${n}, t.normalized)) / 2`
      : sql`${n.length}::float8 / greatest(length(t.normalized), 1)`;
  return sql`
    with hits as (
      select t.title, t.soc, t.role_slug,
        case when t.normalized = ${n} then 3
             when t.normalized like ${`${n} %`} then 2
             when t.normalized like ${`${n}%`} or ' ' || t.normalized || ' ' like ${`% ${n} %`} then 1
             else 0 end as tier,
        ${closeness} as score
      from job_titles t
      where ${where}
    ),
    best as (
      select distinct on (coalesce(h.role_slug, h.soc)) h.*
      from hits h
      order by coalesce(h.role_slug, h.soc), h.tier desc, h.score desc, length(h.title), h.title
    )
    select case when b.role_slug is null then 'occupation' else 'role' end as kind,
      coalesce(r.slug, o.slug) as slug, coalesce(r.title, o.title) as title,
      coalesce(b.soc, r.soc_code) as soc, b.title as matched, b.tier
    from best b
    left join catalog_roles r on r.slug = b.role_slug and r.retired_at is null
    left join occupations o on o.soc = b.soc and b.role_slug is null
    left join occupations e on e.soc = coalesce(b.soc, r.soc_code)
    where r.slug is not null or o.slug is not null
    order by b.tier desc,
      (b.role_slug is not null and b.tier >= 2) desc,
      b.score + case when b.role_slug is not null then 0.05 else 0 end desc,
      e.employment desc nulls last,
      coalesce(r.title, o.title)
    limit ${take}
  `;
}
