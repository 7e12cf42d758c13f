// Loads lib/catalog into Postgres: upsert by slug in one transaction, retire what left the catalog
// but is still referenced by user data, delete what is not. User data is never touched.
import { createHash } from "node:crypto";
import { and, isNotNull, isNull, notInArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { riskCategory, roleExposure } from "../lib/analysis/role-exposure";
import { catalog as defaultCatalog, type Catalog } from "../lib/catalog";
import { validateCatalog } from "../lib/catalog/validate";
import { syncOccupationData, type OccupationSyncResult } from "./occupation-sync";
import { catalogAiTools, catalogCertifications, catalogRoles, catalogSkills, catalogVersion } from "./schema";

const SYNC_LOCK = 727_002;

/**
 * User-data columns that point at each catalog table. A retired entry with a reference stays (and
 * keeps its name for the user); one without is deleted. Tables with user data add themselves here.
 */
export const CATALOG_REFERENCES: Record<
  "roles" | "skills" | "aiTools" | "certifications",
  { table: string; column: string }[]
> = {
  roles: [
    { table: "profiles", column: "role_slug" },
    { table: "profiles", column: "target_role_slug" },
  ],
  skills: [{ table: "user_skills", column: "skill_slug" }],
  aiTools: [],
  certifications: [],
};

export function catalogFingerprint(c: Catalog): string {
  return createHash("sha256").update(JSON.stringify(c)).digest("hex");
}

export async function syncCatalog(url: string, c: Catalog = defaultCatalog) {
  const problems = validateCatalog(c);
  if (problems.length) {
    throw new Error(
      `The catalog has ${problems.length} problems (npm run catalog:check lists them), e.g.:\n  ${problems.slice(0, 5).join("\n  ")}`,
    );
  }
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const db = drizzle(client, { casing: "snake_case" });
  const fingerprint = catalogFingerprint(c);
  const counts = {
    roles: c.roles.length,
    skills: c.skills.length,
    changed: false,
    occupationData: undefined as OccupationSyncResult | undefined,
  };
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${SYNC_LOCK})`);
      const [current] = await tx.select().from(catalogVersion);
      if (current?.fingerprint === fingerprint) return;
      counts.changed = true;

      const upsert = async <T extends PgTable & { slug: PgColumn; retiredAt: PgColumn }>(
        table: T,
        rows: Record<string, unknown>[],
        kind: keyof typeof CATALOG_REFERENCES,
      ) => {
        const columns = Object.keys(rows[0] ?? {}).filter((k) => k !== "slug");
        const set = Object.fromEntries([
          ...columns.map((k) => [k, sql.raw(`excluded.${toSnake(k)}`)]),
          ["retiredAt", sql`null`],
        ]);
        for (let i = 0; i < rows.length; i += 500) {
          await tx
            .insert(table)
            .values(rows.slice(i, i + 500) as never)
            .onConflictDoUpdate({ target: table.slug, set: set as never });
        }
        const slugs = rows.map((r) => r.slug as string);
        const gone = slugs.length ? notInArray(table.slug, slugs) : sql`true`;
        await tx
          .update(table)
          .set({ retiredAt: sql`now()` } as never)
          .where(and(gone, isNull(table.retiredAt)));
        const referenced: SQL[] = CATALOG_REFERENCES[kind].map(
          (r) =>
            sql`exists (select 1 from ${sql.identifier(r.table)} u where u.${sql.identifier(r.column)} = ${table.slug})`,
        );
        const unreferenced = referenced.length ? sql`not (${sql.join(referenced, sql` or `)})` : sql`true`;
        await tx.delete(table).where(and(isNotNull(table.retiredAt), unreferenced));
      };

      await upsert(
        catalogRoles,
        c.roles.map((r) => {
          const score = roleExposure(r.tasks);
          return {
            slug: r.slug,
            title: r.title,
            industry: r.industry,
            socCode: r.socCode ?? null,
            riskScore: score,
            riskCategory: riskCategory(score),
            definition: r,
          };
        }),
        "roles",
      );
      await upsert(
        catalogSkills,
        c.skills.map((s) => ({ slug: s.slug, name: s.name, category: s.category, definition: s })),
        "skills",
      );
      await upsert(
        catalogAiTools,
        c.aiTools.map((t) => ({ slug: t.slug, name: t.name, vendor: t.vendor, definition: t })),
        "aiTools",
      );
      await upsert(
        catalogCertifications,
        c.certifications.map((x) => ({ slug: x.slug, name: x.name, issuer: x.issuer, definition: x })),
        "certifications",
      );
      await tx
        .insert(catalogVersion)
        .values({ id: 1, fingerprint })
        .onConflictDoUpdate({ target: catalogVersion.id, set: { fingerprint, syncedAt: sql`now()` } });
    });
    // Occupations and job titles (catalog/*.json, and the roles' titles for search): own fingerprints.
    counts.occupationData = await syncOccupationData(client, c.roles);
  } finally {
    await client.end();
  }
  return counts;
}

function toSnake(key: string): string {
  return key.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
}
