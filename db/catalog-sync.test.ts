import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { catalogRoles, catalogSkills, catalogVersion } from "@/db/schema";
import { catalog, type Catalog } from "@/lib/catalog";
import { syncCatalog } from "./catalog-sync";

const url = () => process.env.DATABASE_URL!;

describe("catalog sync (real Postgres)", () => {
  it("loads the whole catalog, and an unchanged catalog is not written again", async () => {
    await syncCatalog(url());
    const roles = await db()
      .select({ slug: catalogRoles.slug, score: catalogRoles.riskScore })
      .from(catalogRoles);
    expect(roles).toHaveLength(catalog.roles.length);
    const backend = roles.find((r) => r.slug === "backend-developer");
    expect(backend?.score).toBe(5);
    expect((await syncCatalog(url())).changed).toBe(false);
  });

  it("applies an update to an existing database by slug and removes unreferenced entries", async () => {
    const [role] = catalog.roles;
    const extra = {
      slug: "temporary-skill",
      name: "Temporary Skill",
      category: "practice" as const,
      description: "Only in this test.",
    };
    const changed: Catalog = {
      ...catalog,
      roles: [{ ...role, title: `${role.title} (renamed)` }, ...catalog.roles.slice(1)],
      skills: [...catalog.skills, extra],
    };
    expect((await syncCatalog(url(), changed)).changed).toBe(true);
    const [row] = await db().select().from(catalogRoles).where(eq(catalogRoles.slug, role.slug));
    expect(row.title).toBe(`${role.title} (renamed)`);
    expect(await db().select().from(catalogSkills).where(eq(catalogSkills.slug, extra.slug))).toHaveLength(1);

    await syncCatalog(url());
    const [restored] = await db().select().from(catalogRoles).where(eq(catalogRoles.slug, role.slug));
    expect(restored.title).toBe(role.title);
    expect(await db().select().from(catalogSkills).where(eq(catalogSkills.slug, extra.slug))).toHaveLength(0);
    expect(await db().select().from(catalogVersion)).toHaveLength(1);
  });
});

it("refuses an invalid catalog and leaves the database as it was", async () => {
  const broken: Catalog = { ...catalog, roles: [...catalog.roles, catalog.roles[0]] };
  await expect(syncCatalog(url(), broken)).rejects.toThrow(/duplicate role slug/);
  expect(await db().select().from(catalogRoles)).toHaveLength(catalog.roles.length);
});

it("retires, never deletes, an entry that left the catalog while a user still references it", async () => {
  const { createUser } = await import("@/lib/auth/users");
  const { addSkill, getProfile } = await import("@/lib/profile/queries");
  const extra = {
    slug: "legacy-skill",
    name: "Legacy Skill",
    category: "practice" as const,
    description: "Dropped from the catalog later.",
  };
  await syncCatalog(url(), { ...catalog, skills: [...catalog.skills, extra] });
  const user = await createUser({ name: "R", email: `retire-${Date.now()}@example.com`, passwordHash: "h" });
  await addSkill(user.id, { skillSlug: extra.slug, customName: null, level: 3, yearsUsed: null }, 300);

  await syncCatalog(url());
  const [row] = await db().select().from(catalogSkills).where(eq(catalogSkills.slug, extra.slug));
  expect(row.retiredAt).not.toBeNull();
  expect((await getProfile(user.id)).skills[0]).toMatchObject({
    name: "Legacy Skill",
    retired: true,
    level: 3,
  });
});
