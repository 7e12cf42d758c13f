// Loads catalog/occupations.json and catalog/job-titles.json (every OEWS occupation, its BLS title and
// O*NET's job titles) and the curated roles' titles and aliases into PostgreSQL, for pages and search. Called by
// syncCatalog at start-up. Two fingerprints: the O*NET/OEWS files (with the normaliser) and the
// roles' titles; an unchanged one costs nothing beyond hashing the files. Nothing references these
// tables, so a change replaces their rows (in one transaction, under the catalog sync's lock).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type postgres from "postgres";
import {
  crossCheckOccupationData,
  jobTitlesFileSchema,
  occupationsFileSchema,
} from "../lib/catalog/occupation-schema";
import type { RoleDef } from "../lib/catalog/types";
import { ABBREVIATIONS, normalizeTitle, singular } from "../lib/search/normalize";

const SYNC_LOCK = 727_002;

type Kind = "oews" | "onet" | "onet-short" | "role-title" | "role-alias";
interface TitleRow {
  title: string;
  normalized: string;
  soc: string | null;
  roleSlug: string | null;
  kind: Kind;
}

/** The normaliser's own source is part of both fingerprints: changing it rebuilds the normalised column. */
const NORMALIZER = `${normalizeTitle}\n${singular}\n${JSON.stringify(ABBREVIATIONS)}`;
const sha256 = (...parts: (string | Buffer)[]) =>
  parts.reduce((h, p) => h.update(p), createHash("sha256").update(NORMALIZER)).digest("hex");

/** Titles of one target, unique by normalised form (the first spelling wins). */
function titleRows(
  entries: { title: string; kind: Kind }[],
  soc: string | null,
  roleSlug: string | null,
): TitleRow[] {
  const seen = new Set<string>();
  const rows: TitleRow[] = [];
  for (const { title, kind } of entries) {
    const normalized = normalizeTitle(title);
    if (!normalized || seen.has(normalized)) continue;
    seen.add(normalized);
    rows.push({ title, normalized, soc, roleSlug, kind });
  }
  return rows;
}

/**
 * A role's title and aliases find the role, and also its occupation: a role is a specialisation
 * inside its SOC code, so "Backend developer" lists Backend Developer, then Software Developers.
 */
export function roleTitleRows(roles: readonly RoleDef[]): TitleRow[] {
  return roles.flatMap((r) => {
    const entries = [
      { title: r.title, kind: "role-title" as const },
      ...r.aliases.map((a) => ({ title: a, kind: "role-alias" as const })),
    ];
    return [
      ...titleRows(entries, r.socCode ?? null, r.slug),
      ...(r.socCode ? titleRows(entries, r.socCode, null) : []),
    ];
  });
}

async function insertTitles(sql: postgres.TransactionSql, rows: TitleRow[]) {
  // One statement per 20,000 rows: five arrays unnested server-side, far cheaper than a parameter per value.
  for (let i = 0; i < rows.length; i += 20_000) {
    const chunk = rows.slice(i, i + 20_000);
    const col = <K extends keyof TitleRow>(k: K) => chunk.map((r) => r[k]);
    await sql`
      insert into job_titles (title, normalized, soc, role_slug, kind)
      select * from unnest(${sql.array(col("title"))}::text[], ${sql.array(col("normalized"))}::text[],
        ${sql.array(col("soc") as string[])}::text[], ${sql.array(col("roleSlug") as string[])}::text[], ${sql.array(col("kind"))}::text[])`;
  }
}

export interface OccupationSyncResult {
  occupations: number;
  jobTitles: number;
  /** What was reloaded: nothing, only the roles' titles, or everything. */
  reloaded: "none" | "roles" | "all";
  ms: number;
}

export async function syncOccupationData(
  client: postgres.Sql,
  roles: readonly RoleDef[],
  dir = join(process.cwd(), "catalog"),
): Promise<OccupationSyncResult> {
  const started = performance.now();
  const occupationsText = readFileSync(join(dir, "occupations.json"));
  const titlesText = readFileSync(join(dir, "job-titles.json"));
  const onetPrint = sha256(occupationsText, titlesText);
  const roleRows = roleTitleRows(roles);
  const rolesPrint = sha256(JSON.stringify(roleRows));

  const result = await client.begin(async (sql) => {
    await sql`select pg_advisory_xact_lock(${SYNC_LOCK})`;
    const versions = new Map(
      (
        await sql<
          { name: string; fingerprint: string }[]
        >`select name, fingerprint from catalog_data_versions`
      ).map((v) => [v.name, v.fingerprint]),
    );
    const setVersion = (name: string, fingerprint: string) =>
      sql`insert into catalog_data_versions (name, fingerprint) values (${name}, ${fingerprint})
          on conflict (name) do update set fingerprint = excluded.fingerprint, synced_at = now()`;

    if (versions.get("onet") !== onetPrint) {
      const occupationsFile = occupationsFileSchema.parse(JSON.parse(occupationsText.toString("utf8")));
      const titlesFile = jobTitlesFileSchema.parse(JSON.parse(titlesText.toString("utf8")));
      const problems = crossCheckOccupationData(
        occupationsFile,
        titlesFile,
        roles.map((r) => r.slug),
      );
      if (problems.length)
        throw new Error(
          `catalog/ occupation data does not hold together:\n  ${problems.slice(0, 5).join("\n  ")}`,
        );
      await sql`truncate occupations, job_titles`;
      const rows = occupationsFile.occupations.map((o) => ({
        soc: o.soc,
        slug: o.slug,
        title: o.title,
        major_group: o.majorGroup,
        employment: o.employment,
        median_wage: o.wages.median,
        mean_percentile: o.exposure.meanPercentile,
        data: JSON.stringify(o),
      }));
      for (let i = 0; i < rows.length; i += 1_000)
        await sql`insert into occupations ${sql(rows.slice(i, i + 1_000))}`;
      const oewsTitles = new Map(occupationsFile.occupations.map((o) => [o.soc, o.title]));
      const onetRows = titlesFile.groups.flatMap(([soc, titles, short]) =>
        titleRows(
          [
            { title: oewsTitles.get(soc)!, kind: "oews" as const },
            ...titles.map((t) => ({ title: t, kind: "onet" as const })),
            ...short.map((t) => ({ title: t, kind: "onet-short" as const })),
          ],
          soc,
          null,
        ),
      );
      await insertTitles(sql, [...onetRows, ...roleRows]);
      // A bulk insert leaves GIN entries in the index's pending list, which every search would scan
      // until autovacuum merges it; merge now. Fresh statistics, so the first searches plan well.
      await sql`select gin_clean_pending_list('job_titles_normalized_trgm_idx'::regclass)`;
      await sql`analyze occupations, job_titles`;
      await setVersion("onet", onetPrint);
      await setVersion("roles", rolesPrint);
      return {
        occupations: rows.length,
        jobTitles: onetRows.length + roleRows.length,
        reloaded: "all" as const,
      };
    }
    if (versions.get("roles") !== rolesPrint) {
      await sql`delete from job_titles where kind in ('role-title', 'role-alias')`;
      await insertTitles(sql, roleRows);
      await setVersion("roles", rolesPrint);
      return { occupations: 0, jobTitles: roleRows.length, reloaded: "roles" as const };
    }
    return { occupations: 0, jobTitles: 0, reloaded: "none" as const };
  });
  return { ...result, ms: performance.now() - started };
}
