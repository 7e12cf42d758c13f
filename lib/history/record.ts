import "server-only";
import { eq, sql } from "drizzle-orm";
import type { db } from "@/db";
import { profiles, skillEvents, snapshots, userSkills } from "@/db/schema";
import { analyzeRole } from "@/lib/analysis/analyze-role";
import { findRole } from "@/lib/catalog/by-slug";
import { dayOf } from "@/lib/clock";

type Db = ReturnType<typeof db>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface EventInput {
  kind: "added" | "level_changed" | "removed";
  skillSlug: string | null;
  customName: string | null;
  skillName: string;
  fromLevel: number | null;
  toLevel: number | null;
}

/**
 * Called inside the transaction of every profile change: appends its skill events and rewrites the
 * day's snapshot of the figures for the current and target role from the profile as it now stands.
 */
export async function recordProfileChange(
  tx: Tx,
  userId: string,
  events: EventInput[],
  at: Date,
): Promise<void> {
  if (events.length) await tx.insert(skillEvents).values(events.map((e) => ({ ...e, userId, at })));
  const [profile] = await tx.select().from(profiles).where(eq(profiles.userId, userId));
  const rows = await tx
    .select({ slug: userSkills.skillSlug, level: userSkills.level })
    .from(userSkills)
    .where(eq(userSkills.userId, userId));
  const levels = new Map(rows.flatMap((r) => (r.slug ? [[r.slug, r.level] as const] : [])));
  const roleSlugs = [
    ...new Set([profile?.roleSlug, profile?.targetRoleSlug].filter((s): s is string => Boolean(s))),
  ];
  for (const slug of roleSlugs) {
    const role = findRole(slug);
    if (!role) continue;
    const a = analyzeRole(role, levels);
    const values = {
      userId,
      roleSlug: slug,
      day: dayOf(at),
      exposure: a.exposure,
      personalExposure: a.personalExposure,
      resilience: a.resilience,
      aiLeverage: a.aiLeverage,
      skillCount: rows.length,
      taskCoverage: Object.fromEntries(a.tasks.map((t) => [t.slug, t.coverage])),
      updatedAt: at,
    };
    await tx
      .insert(snapshots)
      .values(values)
      .onConflictDoUpdate({
        target: [snapshots.userId, snapshots.roleSlug, snapshots.day],
        set: { ...values, userId: sql`excluded.user_id` },
      });
  }
}
