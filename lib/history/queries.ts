import "server-only";
import { and, asc, desc, eq, gte, lte } from "drizzle-orm";
import { db } from "@/db";
import { skillEvents, snapshots, type Snapshot } from "@/db/schema";
import { dayOf } from "@/lib/clock";

/**
 * What the progress page shows of a snapshot. Not the per-task coverage: about 600 bytes a row that
 * only the export reads; leaving it out makes the series about a quarter faster at 100 rows.
 */
/** The figures a snapshot records for a day (what the chart and the "since" summary read). */
export const snapshotFigures = {
  day: snapshots.day,
  exposure: snapshots.exposure,
  personalExposure: snapshots.personalExposure,
  resilience: snapshots.resilience,
  aiLeverage: snapshots.aiLeverage,
  skillCount: snapshots.skillCount,
};
export type SnapshotFigures = Pick<Snapshot, keyof typeof snapshotFigures>;

/** The user's daily snapshots for one role, oldest first, from a day on (all when omitted). */
export async function snapshotSeries(
  userId: string,
  roleSlug: string,
  fromDay?: string,
): Promise<SnapshotFigures[]> {
  return db()
    .select(snapshotFigures)
    .from(snapshots)
    .where(
      and(
        eq(snapshots.userId, userId),
        eq(snapshots.roleSlug, roleSlug),
        fromDay ? gte(snapshots.day, fromDay) : undefined,
      ),
    )
    .orderBy(asc(snapshots.day));
}

export interface SinceSummary {
  added: { name: string; level: number }[];
  levelledUp: { name: string; from: number; to: number }[];
  removed: { name: string }[];
  /** The figures as they stood at the end of the chosen day (null if the profile did not exist yet), and now. */
  then: SnapshotFigures | null;
  now: SnapshotFigures | null;
}

/** What changed since a date for one role: skill events after it, and the figures then and now. */
export async function changesSince(userId: string, roleSlug: string, since: Date): Promise<SinceSummary> {
  const sinceDay = dayOf(since);
  const [events, [then], [latest]] = await Promise.all([
    db()
      .select()
      .from(skillEvents)
      .where(and(eq(skillEvents.userId, userId), gte(skillEvents.at, since)))
      .orderBy(asc(skillEvents.at), asc(skillEvents.id)),
    db()
      .select(snapshotFigures)
      .from(snapshots)
      .where(
        and(eq(snapshots.userId, userId), eq(snapshots.roleSlug, roleSlug), lte(snapshots.day, sinceDay)),
      )
      .orderBy(desc(snapshots.day))
      .limit(1),
    db()
      .select(snapshotFigures)
      .from(snapshots)
      .where(and(eq(snapshots.userId, userId), eq(snapshots.roleSlug, roleSlug)))
      .orderBy(desc(snapshots.day))
      .limit(1),
  ]);
  return {
    added: events
      .filter((e) => e.kind === "added")
      .map((e) => ({ name: e.skillName, level: e.toLevel ?? 0 })),
    levelledUp: events
      .filter((e) => e.kind === "level_changed" && (e.toLevel ?? 0) > (e.fromLevel ?? 0))
      .map((e) => ({ name: e.skillName, from: e.fromLevel ?? 0, to: e.toLevel ?? 0 })),
    removed: events.filter((e) => e.kind === "removed").map((e) => ({ name: e.skillName })),
    then: then ?? null,
    now: latest ?? null,
  };
}
