import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { catalogSkills, profiles, userSkills } from "@/db/schema";

export interface ProfileSkill {
  id: string;
  skillSlug: string | null;
  name: string;
  category: string | null;
  custom: boolean;
  retired: boolean;
  level: number;
  yearsUsed: number | null;
}

export interface UserProfile {
  roleSlug: string | null;
  targetRoleSlug: string | null;
  yearsExperience: number | null;
  skills: ProfileSkill[];
}

/** The user's own profile; every query here is scoped by the user id the caller authenticated. */
export async function getProfile(userId: string): Promise<UserProfile> {
  const [p] = await db().select().from(profiles).where(eq(profiles.userId, userId));
  const rows = await db()
    .select({
      id: userSkills.id,
      skillSlug: userSkills.skillSlug,
      customName: userSkills.customName,
      catalogName: catalogSkills.name,
      category: catalogSkills.category,
      retiredAt: catalogSkills.retiredAt,
      level: userSkills.level,
      yearsUsed: userSkills.yearsUsed,
    })
    .from(userSkills)
    .leftJoin(catalogSkills, eq(catalogSkills.slug, userSkills.skillSlug))
    .where(eq(userSkills.userId, userId))
    .orderBy(asc(sql`coalesce(${catalogSkills.name}, ${userSkills.customName})`));
  return {
    roleSlug: p?.roleSlug ?? null,
    targetRoleSlug: p?.targetRoleSlug ?? null,
    yearsExperience: p?.yearsExperience ?? null,
    skills: rows.map((r) => ({
      id: r.id,
      skillSlug: r.skillSlug,
      name: r.catalogName ?? r.customName ?? "",
      category: r.category,
      custom: r.skillSlug === null,
      retired: r.retiredAt !== null,
      level: r.level,
      yearsUsed: r.yearsUsed,
    })),
  };
}

export async function saveRoleChoice(userId: string, choice: { roleSlug: string; targetRoleSlug: string | null; yearsExperience: number | null }) {
  await db()
    .insert(profiles)
    .values({ userId, ...choice })
    .onConflictDoUpdate({ target: profiles.userId, set: { ...choice, updatedAt: sql`now()` } });
}

export class SkillLimitError extends Error {}
export class DuplicateSkillError extends Error {}

/** Adds a skill; the count check and the insert share a transaction locked on the user. */
export async function addSkill(userId: string, skill: { skillSlug: string | null; customName: string | null; level: number; yearsUsed: number | null }, max: number) {
  return db().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${userId}))`);
    const [{ n }] = await tx.select({ n: count() }).from(userSkills).where(eq(userSkills.userId, userId));
    if (n >= max) throw new SkillLimitError();
    const inserted = await tx.insert(userSkills).values({ userId, ...skill }).onConflictDoNothing().returning({ id: userSkills.id });
    if (inserted.length === 0) throw new DuplicateSkillError();
    return inserted[0].id;
  });
}

export async function updateSkill(userId: string, id: string, change: { level: number; yearsUsed: number | null }): Promise<boolean> {
  const rows = await db()
    .update(userSkills)
    .set({ ...change, updatedAt: sql`now()` })
    .where(and(eq(userSkills.id, id), eq(userSkills.userId, userId)))
    .returning({ id: userSkills.id });
  return rows.length > 0;
}

export async function removeSkill(userId: string, id: string): Promise<boolean> {
  const rows = await db().delete(userSkills).where(and(eq(userSkills.id, id), eq(userSkills.userId, userId))).returning({ id: userSkills.id });
  return rows.length > 0;
}

/** Sets a catalog skill to at least `level` (adding it if absent): "add the recommended skill". */
export async function raiseCatalogSkill(userId: string, skillSlug: string, level: number, max: number) {
  return db().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${userId}))`);
    const [existing] = await tx.select().from(userSkills).where(and(eq(userSkills.userId, userId), eq(userSkills.skillSlug, skillSlug)));
    if (existing) {
      await tx.update(userSkills).set({ level: Math.max(existing.level, level), updatedAt: sql`now()` }).where(eq(userSkills.id, existing.id));
      return;
    }
    const [{ n }] = await tx.select({ n: count() }).from(userSkills).where(eq(userSkills.userId, userId));
    if (n >= max) throw new SkillLimitError();
    await tx.insert(userSkills).values({ userId, skillSlug, level });
  });
}
