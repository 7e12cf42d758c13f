import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { catalogSkills, profiles, userSkills } from "@/db/schema";
import { findSkill } from "@/lib/catalog/by-slug";
import { now } from "@/lib/clock";
import { recordProfileChange, type Tx } from "@/lib/history/record";

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

export async function saveRoleChoice(
  userId: string,
  choice: { roleSlug: string; targetRoleSlug: string | null; yearsExperience: number | null },
) {
  await db().transaction(async (tx) => {
    await tx
      .insert(profiles)
      .values({ userId, ...choice })
      .onConflictDoUpdate({ target: profiles.userId, set: { ...choice, updatedAt: sql`now()` } });
    await recordProfileChange(tx, userId, [], now());
  });
}

export class SkillLimitError extends Error {}
export class DuplicateSkillError extends Error {}

type SkillKey = { skillSlug: string | null; customName: string | null };
const nameOf = (s: SkillKey) =>
  s.skillSlug ? (findSkill(s.skillSlug)?.name ?? s.skillSlug) : (s.customName ?? "");

/** Serialises one user's profile changes, so counts and history stay exact under concurrent requests. */
export async function lockUser(tx: Tx, userId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${userId}))`);
}

/** Adds a skill; the count check, the insert and the history share a transaction locked on the user. */
export async function addSkill(
  userId: string,
  skill: SkillKey & { level: number; yearsUsed: number | null },
  max: number,
) {
  return db().transaction(async (tx) => {
    await lockUser(tx, userId);
    const [{ n }] = await tx.select({ n: count() }).from(userSkills).where(eq(userSkills.userId, userId));
    if (n >= max) throw new SkillLimitError();
    const inserted = await tx
      .insert(userSkills)
      .values({ userId, ...skill })
      .onConflictDoNothing()
      .returning({ id: userSkills.id });
    if (inserted.length === 0) throw new DuplicateSkillError();
    await recordProfileChange(
      tx,
      userId,
      [{ kind: "added", ...pick(skill), skillName: nameOf(skill), fromLevel: null, toLevel: skill.level }],
      now(),
    );
    return inserted[0].id;
  });
}

const pick = (s: SkillKey): SkillKey => ({ skillSlug: s.skillSlug, customName: s.customName });

export async function updateSkill(
  userId: string,
  id: string,
  change: { level: number; yearsUsed: number | null },
): Promise<boolean> {
  return db().transaction(async (tx) => {
    await lockUser(tx, userId);
    const [before] = await tx
      .select()
      .from(userSkills)
      .where(and(eq(userSkills.id, id), eq(userSkills.userId, userId)));
    if (!before) return false;
    await tx
      .update(userSkills)
      .set({ ...change, updatedAt: sql`now()` })
      .where(eq(userSkills.id, id));
    if (before.level !== change.level) {
      await recordProfileChange(
        tx,
        userId,
        [
          {
            kind: "level_changed",
            ...pick(before),
            skillName: nameOf(before),
            fromLevel: before.level,
            toLevel: change.level,
          },
        ],
        now(),
      );
    }
    return true;
  });
}

export async function removeSkill(userId: string, id: string): Promise<boolean> {
  return db().transaction(async (tx) => {
    await lockUser(tx, userId);
    const [removed] = await tx
      .delete(userSkills)
      .where(and(eq(userSkills.id, id), eq(userSkills.userId, userId)))
      .returning();
    if (!removed) return false;
    await recordProfileChange(
      tx,
      userId,
      [
        {
          kind: "removed",
          ...pick(removed),
          skillName: nameOf(removed),
          fromLevel: removed.level,
          toLevel: null,
        },
      ],
      now(),
    );
    return true;
  });
}

/** Sets a catalog skill to at least `level` (adding it if absent): "add the recommended skill". */
export async function raiseCatalogSkill(userId: string, skillSlug: string, level: number, max: number) {
  return db().transaction(async (tx) => {
    await lockUser(tx, userId);
    await raiseInTransaction(tx, userId, skillSlug, level, max);
  });
}

/** The same inside a caller's transaction that already holds the user's lock (completing a goal). */
export async function raiseInTransaction(
  tx: Tx,
  userId: string,
  skillSlug: string,
  level: number,
  max: number,
) {
  const [existing] = await tx
    .select()
    .from(userSkills)
    .where(and(eq(userSkills.userId, userId), eq(userSkills.skillSlug, skillSlug)));
  const key = { skillSlug, customName: null };
  if (existing) {
    if (existing.level >= level) return;
    await tx
      .update(userSkills)
      .set({ level, updatedAt: sql`now()` })
      .where(eq(userSkills.id, existing.id));
    await recordProfileChange(
      tx,
      userId,
      [{ kind: "level_changed", ...key, skillName: nameOf(key), fromLevel: existing.level, toLevel: level }],
      now(),
    );
    return;
  }
  const [{ n }] = await tx.select({ n: count() }).from(userSkills).where(eq(userSkills.userId, userId));
  if (n >= max) throw new SkillLimitError();
  await tx.insert(userSkills).values({ userId, skillSlug, level });
  await recordProfileChange(
    tx,
    userId,
    [{ kind: "added", ...key, skillName: nameOf(key), fromLevel: null, toLevel: level }],
    now(),
  );
}
