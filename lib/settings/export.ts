import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import {
  catalogSkills,
  goals,
  profiles,
  resumeAnalyses,
  skillEvents,
  snapshots,
  users,
  userSkills,
} from "@/db/schema";
import { snapshotFigures } from "@/lib/history/queries";
import { toCsv, type CsvCell } from "./csv";

/**
 * Everything the user owns, for "Download everything". Every query is scoped by the authenticated
 * user's id; the password hash and session ids are never selected.
 */
export async function exportData(userId: string, now = new Date()) {
  const [account] = await db()
    .select({ name: users.name, email: users.email, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!account) return null;
  const [profile] = await db()
    .select({
      roleSlug: profiles.roleSlug,
      targetRoleSlug: profiles.targetRoleSlug,
      yearsExperience: profiles.yearsExperience,
      updatedAt: profiles.updatedAt,
    })
    .from(profiles)
    .where(eq(profiles.userId, userId));
  const [skills, goalRows, analyses, events, snaps] = await Promise.all([
    skillRows(userId),
    db()
      .select({
        kind: goals.kind,
        targetSlug: goals.targetSlug,
        level: goals.level,
        title: goals.title,
        dueOn: goals.dueOn,
        createdAt: goals.createdAt,
        doneAt: goals.doneAt,
      })
      .from(goals)
      .where(eq(goals.userId, userId))
      .orderBy(asc(goals.createdAt)),
    db()
      .select({
        id: resumeAnalyses.id,
        createdAt: resumeAnalyses.createdAt,
        source: resumeAnalyses.source,
        fileName: resumeAnalyses.fileName,
        resumeText: resumeAnalyses.resumeText,
        roleSlug: resumeAnalyses.roleSlug,
        found: resumeAnalyses.found,
        jobSkills: resumeAnalyses.jobSkills,
        matchRate: resumeAnalyses.matchRate,
      })
      .from(resumeAnalyses)
      .where(eq(resumeAnalyses.userId, userId))
      .orderBy(asc(resumeAnalyses.createdAt)),
    eventRows(userId),
    db()
      .select({
        roleSlug: snapshots.roleSlug,
        ...snapshotFigures,
        taskCoverage: snapshots.taskCoverage,
        updatedAt: snapshots.updatedAt,
      })
      .from(snapshots)
      .where(eq(snapshots.userId, userId))
      .orderBy(asc(snapshots.day), asc(snapshots.roleSlug)),
  ]);
  return {
    exportedAt: now.toISOString(),
    version: 1 as const,
    account,
    profile: profile ?? null,
    skills,
    goals: goalRows,
    resumeAnalyses: analyses,
    skillEvents: events,
    snapshots: snaps,
  };
}

export type ExportData = NonNullable<Awaited<ReturnType<typeof exportData>>>;

function skillRows(userId: string) {
  return db()
    .select({
      id: userSkills.id,
      name: sql<string>`coalesce(${catalogSkills.name}, ${userSkills.customName})`,
      skillSlug: userSkills.skillSlug,
      customName: userSkills.customName,
      level: userSkills.level,
      yearsUsed: userSkills.yearsUsed,
      createdAt: userSkills.createdAt,
      updatedAt: userSkills.updatedAt,
    })
    .from(userSkills)
    .leftJoin(catalogSkills, eq(catalogSkills.slug, userSkills.skillSlug))
    .where(eq(userSkills.userId, userId))
    .orderBy(asc(sql`lower(coalesce(${catalogSkills.name}, ${userSkills.customName}))`));
}

function eventRows(userId: string) {
  return db()
    .select({
      at: skillEvents.at,
      kind: skillEvents.kind,
      skillSlug: skillEvents.skillSlug,
      customName: skillEvents.customName,
      skillName: skillEvents.skillName,
      fromLevel: skillEvents.fromLevel,
      toLevel: skillEvents.toLevel,
    })
    .from(skillEvents)
    .where(eq(skillEvents.userId, userId))
    .orderBy(asc(skillEvents.at), asc(skillEvents.id));
}

/** Skills, a blank line, then the skill history: one CSV file a spreadsheet opens as is. */
export async function exportCsv(userId: string): Promise<string> {
  const [skills, events] = await Promise.all([skillRows(userId), eventRows(userId)]);
  const skillTable: CsvCell[][] = [
    ["name", "catalog slug", "custom", "level", "years used"],
    ...skills.map((s) => [s.name, s.skillSlug, s.skillSlug === null, s.level, s.yearsUsed]),
  ];
  const eventTable: CsvCell[][] = [
    ["date", "kind", "skill", "from", "to"],
    ...events.map((e) => [e.at.toISOString(), e.kind, e.skillName, e.fromLevel, e.toLevel]),
  ];
  return toCsv(skillTable) + "\r\n" + toCsv(eventTable);
}
