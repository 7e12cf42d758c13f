// The occupation data sync on the real PostgreSQL (the global setup has already loaded it once).
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { searchRoles } from "@/lib/search/job-titles";
import { normalizeTitle } from "@/lib/search/normalize";
import { syncOccupationData } from "./occupation-sync";

const client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
afterAll(() => client.end());

describe("occupation data sync (real PostgreSQL)", () => {
  it("loaded every occupation and title, and an unchanged sync does nothing", async () => {
    const [{ occupations, titles, roleTitles }] = await client`
      select (select count(*)::int from occupations) as occupations, (select count(*)::int from job_titles) as titles,
        (select count(*)::int from job_titles where role_slug is not null) as "roleTitles"`;
    expect(occupations).toBe(831);
    expect(titles).toBeGreaterThan(59_000);
    expect(roleTitles).toBe(
      new Set(
        catalog.roles.flatMap((r) => [r.title, ...r.aliases].map((t) => `${r.slug}|${normalizeTitle(t)}`)),
      ).size,
    );
    await syncOccupationData(client, catalog.roles); // converges if another test file changed the roles just now
    expect(await syncOccupationData(client, catalog.roles)).toMatchObject({
      reloaded: "none",
      occupations: 0,
      jobTitles: 0,
    });
  });

  it("reloads only the roles' titles when a role's aliases change", async () => {
    const roles = catalog.roles.map((r) =>
      r.slug === "backend-developer" ? { ...r, aliases: [...r.aliases, "Zymurgy backend wrangler"] } : r,
    );
    expect((await syncOccupationData(client, roles)).reloaded).toBe("roles");
    const [first] = await searchRoles("zymurgy backend wranglers");
    expect(first).toMatchObject({
      kind: "role",
      slug: "backend-developer",
      matchedTitle: "Zymurgy backend wrangler",
    });
    expect((await syncOccupationData(client, catalog.roles)).reloaded).toBe("roles");
    expect(await searchRoles("zymurgy backend wrangler")).not.toContainEqual(
      expect.objectContaining({
        kind: "role",
        slug: "backend-developer",
        matchedTitle: "Zymurgy backend wrangler",
      }),
    );
  });
});
