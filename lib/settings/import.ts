import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { goals, profiles, resumeAnalyses, skillEvents, snapshots, userSkills } from "@/db/schema";
import { findRole, findSkill } from "@/lib/catalog/by-slug";
import { now } from "@/lib/clock";
import { recordProfileChange, type Tx } from "@/lib/history/record";
import { lockUser } from "@/lib/profile/queries";
import { MAX_SKILLS } from "@/lib/profile/schemas";
import type { ImportFile } from "./import-schema";

export class ImportRefusedError extends Error {}

/**
 * Per account and day. Years of real use export a few thousand records; the quota keeps a script
 * from growing the database by millions of rows an hour.
 */
export const IMPORT_QUOTA = { filesPerDay: 20, rowsPerDay: 50_000 } as const;

/** The rows an import would write at most. */
export const importRowCount = (file: ImportFile) =>
  file.skills.length +
  file.goals.length +
  file.skillEvents.length +
  file.snapshots.length +
  file.resumeAnalyses.length;

export const rowQuotaMessage = (rows: number) =>
  rows > IMPORT_QUOTA.rowsPerDay
    ? `Nothing was imported: this file holds ${rows.toLocaleString("en-US")} records, more than the ${IMPORT_QUOTA.rowsPerDay.toLocaleString("en-US")} an account can import in a day.`
    : `Nothing was imported: together with today's imports this passes the ${IMPORT_QUOTA.rowsPerDay.toLocaleString("en-US")} records an account can import in a day. Try again tomorrow.`;

export interface ImportCounts {
  skillsAdded: number;
  skillsRaised: number;
  goals: number;
  skillEvents: number;
  snapshots: number;
  resumeAnalyses: number;
}

const iso = (d: Date) => d.toISOString();
const lower = (s: string | null) => s?.toLowerCase() ?? "";

/** Inserts in chunks: one statement is capped at 65,535 parameters. */
async function insertAll<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 1_000) await insert(rows.slice(i, i + 1_000));
}

/**
 * Merges an exported file into the user's account in one transaction: all of it or none of it.
 * Nothing is duplicated: a skill already held keeps the higher level; goals, events and analyses
 * already present (same kind, target and time) are skipped; an existing day's snapshot is kept.
 * Catalog skills the catalog no longer has come back as custom skills of the same name; history
 * of roles it no longer has (or never had) is left out.
 */
export async function importData(userId: string, file: ImportFile): Promise<ImportCounts> {
  return db().transaction(async (tx) => {
    await lockUser(tx, userId);
    const [profile] = await tx.select().from(profiles).where(eq(profiles.userId, userId));
    const had = Boolean(profile?.roleSlug);
    const role = findRole(file.profile?.roleSlug)?.slug ?? null;
    if (role && !profile?.roleSlug) {
      const choice = {
        roleSlug: role,
        targetRoleSlug: findRole(file.profile?.targetRoleSlug)?.slug ?? null,
        yearsExperience: file.profile?.yearsExperience ?? null,
      };
      await tx
        .insert(profiles)
        .values({ userId, ...choice })
        .onConflictDoUpdate({ target: profiles.userId, set: { ...choice, updatedAt: sql`now()` } });
    }
    const skills = await mergeSkills(tx, userId, file.skills);
    const counts = { ...skills, ...(await appendHistory(tx, userId, file)) };
    // A merge into an existing profile changes today's figures; a restore keeps its history exact.
    if (had && (skills.skillsAdded || skills.skillsRaised)) await recordProfileChange(tx, userId, [], now());
    return counts;
  });
}

async function mergeSkills(tx: Tx, userId: string, incoming: ImportFile["skills"]) {
  const held = await tx.select().from(userSkills).where(eq(userSkills.userId, userId));
  const keyOf = (s: { skillSlug: string | null; customName: string | null }) =>
    s.skillSlug ? `slug:${s.skillSlug}` : `custom:${lower(s.customName)}`;
  const byKey = new Map(held.map((s) => [keyOf(s), s]));
  let skillsAdded = 0;
  let skillsRaised = 0;
  for (const s of incoming) {
    const known = s.skillSlug && findSkill(s.skillSlug) ? s.skillSlug : null;
    const key = { skillSlug: known, customName: known ? null : (s.customName ?? s.name).slice(0, 80) };
    const existing = byKey.get(keyOf(key));
    if (existing) {
      if (s.level > existing.level) {
        await tx
          .update(userSkills)
          .set({ level: s.level, updatedAt: sql`now()` })
          .where(eq(userSkills.id, existing.id));
        existing.level = s.level;
        skillsRaised++;
      }
      continue;
    }
    if (byKey.size >= MAX_SKILLS)
      throw new ImportRefusedError(
        `Together with the skills you have, this would pass the limit of ${MAX_SKILLS} skills. Nothing was imported.`,
      );
    const [row] = await tx
      .insert(userSkills)
      .values({ userId, ...key, level: s.level, yearsUsed: s.yearsUsed })
      .returning();
    byKey.set(keyOf(row), row);
    skillsAdded++;
  }
  return { skillsAdded, skillsRaised };
}

async function appendHistory(tx: Tx, userId: string, file: ImportFile) {
  const [oldGoals, oldEvents, oldAnalyses] = await Promise.all([
    tx
      .select({
        kind: goals.kind,
        targetSlug: goals.targetSlug,
        title: goals.title,
        createdAt: goals.createdAt,
      })
      .from(goals)
      .where(eq(goals.userId, userId)),
    tx
      .select({
        at: skillEvents.at,
        kind: skillEvents.kind,
        skillSlug: skillEvents.skillSlug,
        customName: skillEvents.customName,
        toLevel: skillEvents.toLevel,
      })
      .from(skillEvents)
      .where(eq(skillEvents.userId, userId)),
    tx
      .select({ createdAt: resumeAnalyses.createdAt, source: resumeAnalyses.source })
      .from(resumeAnalyses)
      .where(eq(resumeAnalyses.userId, userId)),
  ]);
  const goalKey = (g: { kind: string; targetSlug: string | null; title: string; createdAt: Date }) =>
    `${g.kind}|${g.targetSlug ?? lower(g.title)}|${iso(g.createdAt)}`;
  const eventKey = (e: {
    at: Date;
    kind: string;
    skillSlug: string | null;
    customName: string | null;
    toLevel: number | null;
  }) => `${iso(e.at)}|${e.kind}|${e.skillSlug ?? lower(e.customName)}|${e.toLevel}`;
  const analysisKey = (a: { createdAt: Date; source: string }) => `${iso(a.createdAt)}|${a.source}`;
  const fresh = <T>(rows: T[], seen: Set<string>, key: (r: T) => string) =>
    rows.filter((r) => {
      const k = key(r);
      return !seen.has(k) && Boolean(seen.add(k));
    });

  const newGoals = fresh(file.goals, new Set(oldGoals.map(goalKey)), goalKey);
  let goalCount = 0;
  for (const g of newGoals) {
    // An open goal for a target that already has one is skipped by the unique index.
    const inserted = await tx
      .insert(goals)
      .values({ userId, ...g })
      .onConflictDoNothing()
      .returning({ id: goals.id });
    goalCount += inserted.length;
  }
  const newEvents = fresh(file.skillEvents, new Set(oldEvents.map(eventKey)), eventKey);
  await insertAll(newEvents, (chunk) => tx.insert(skillEvents).values(chunk.map((e) => ({ userId, ...e }))));
  let snapshotCount = 0;
  await insertAll(
    file.snapshots.filter((s) => findRole(s.roleSlug)),
    async (chunk) => {
      const rows = await tx
        .insert(snapshots)
        .values(chunk.map((s) => ({ userId, ...s })))
        .onConflictDoNothing()
        .returning({ day: snapshots.day });
      snapshotCount += rows.length;
    },
  );
  const newAnalyses = fresh(file.resumeAnalyses, new Set(oldAnalyses.map(analysisKey)), analysisKey);
  await insertAll(newAnalyses, (chunk) =>
    tx
      .insert(resumeAnalyses)
      .values(chunk.map((a) => ({ userId, ...a, roleSlug: findRole(a.roleSlug)?.slug ?? null }))),
  );
  return {
    goals: goalCount,
    skillEvents: newEvents.length,
    snapshots: snapshotCount,
    resumeAnalyses: newAnalyses.length,
  };
}
