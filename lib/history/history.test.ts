import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { skillEvents, snapshots } from "@/db/schema";
import { analyzeRole } from "@/lib/analysis/analyze-role";
import { createUser } from "@/lib/auth/users";
import { findRole } from "@/lib/catalog/by-slug";
import { setClock } from "@/lib/clock";
import { addSkill, removeSkill, saveRoleChoice, updateSkill } from "@/lib/profile/queries";
import { changesSince, snapshotSeries } from "./queries";

const at = (iso: string) => setClock(new Date(iso));
afterEach(() => setClock(undefined));
const skill = (skillSlug: string, level: number) => ({ skillSlug, customName: null, level, yearsUsed: null });

describe("history (real Postgres, back-dated with the injectable clock)", () => {
  it("keeps one snapshot per role and day, the day's last state, and says what changed since a date", async () => {
    const u = await createUser({ name: "H", email: `h-${Date.now()}@example.com`, passwordHash: "h" });
    at("2026-01-05T09:00:00Z");
    await saveRoleChoice(u.id, {
      roleSlug: "backend-developer",
      targetRoleSlug: "site-reliability-engineer",
      yearsExperience: 3,
    });
    const sql = await addSkill(u.id, skill("sql", 2), 300);
    at("2026-01-05T17:00:00Z");
    await updateSkill(u.id, sql, { level: 3, yearsUsed: null });
    const docker = await addSkill(u.id, skill("docker", 2), 300);

    at("2026-03-20T10:00:00Z");
    await addSkill(u.id, skill("system-design", 3), 300);
    await updateSkill(u.id, sql, { level: 4, yearsUsed: 5 });
    await removeSkill(u.id, docker);

    const series = await snapshotSeries(u.id, "backend-developer");
    expect(series.map((s) => [s.day, s.skillCount])).toEqual([
      ["2026-01-05", 2],
      ["2026-03-20", 2],
    ]);
    const expected = analyzeRole(
      findRole("backend-developer")!,
      new Map([
        ["sql", 4],
        ["system-design", 3],
      ]),
    );
    expect(series[1].resilience).toBeCloseTo(expected.resilience, 12);
    expect(series[1].personalExposure).toBeCloseTo(expected.personalExposure!, 12);
    const [stored] = await db()
      .select()
      .from(snapshots)
      .where(
        and(
          eq(snapshots.userId, u.id),
          eq(snapshots.roleSlug, "backend-developer"),
          eq(snapshots.day, "2026-03-20"),
        ),
      );
    expect(stored.taskCoverage).toEqual(Object.fromEntries(expected.tasks.map((t) => [t.slug, t.coverage])));
    expect((await snapshotSeries(u.id, "site-reliability-engineer")).map((s) => s.day)).toEqual([
      "2026-01-05",
      "2026-03-20",
    ]);

    const since = await changesSince(u.id, "backend-developer", new Date("2026-02-01T00:00:00Z"));
    expect(since.added).toEqual([{ name: "System design", level: 3 }]);
    expect(since.levelledUp).toEqual([{ name: "SQL", from: 3, to: 4 }]);
    expect(since.removed).toEqual([{ name: "Docker" }]);
    expect(since.then?.day).toBe("2026-01-05");
    expect(since.now?.day).toBe("2026-03-20");
    expect(since.now!.resilience).toBeGreaterThan(since.then!.resilience);
  });

  it("is append-only: every change leaves its event, in order", async () => {
    const u = await createUser({ name: "E", email: `e-${Date.now()}@example.com`, passwordHash: "h" });
    at("2026-04-01T08:00:00Z");
    const id = await addSkill(u.id, skill("python", 1), 300);
    await updateSkill(u.id, id, { level: 1, yearsUsed: 2 });
    await updateSkill(u.id, id, { level: 2, yearsUsed: 2 });
    await removeSkill(u.id, id);
    const events = await db().select().from(skillEvents).where(eq(skillEvents.userId, u.id));
    expect(events.map((e) => [e.kind, e.fromLevel, e.toLevel])).toEqual([
      ["added", null, 1],
      ["level_changed", 1, 2],
      ["removed", 2, null],
    ]);
  });
});
