import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { skillEvents, snapshots } from "@/db/schema";
import { createUser } from "@/lib/auth/users";
import { setClock } from "@/lib/clock";
import { addSkill, getProfile, saveRoleChoice } from "@/lib/profile/queries";
import { catalogGoalTitle } from "./describe";
import { completeGoal, createGoal, deleteGoal, DuplicateGoalError, listGoals } from "./queries";

afterEach(() => setClock(undefined));
const newUser = () =>
  createUser({
    name: "G",
    email: `g-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
    passwordHash: "h",
  });
const skillGoal = (slug: string, level: number, dueOn = "2026-07-01") => ({
  kind: "skill" as const,
  targetSlug: slug,
  level,
  title: catalogGoalTitle("skill", slug, level)!,
  dueOn,
});

describe("catalog goal titles", () => {
  it("names the skill, tool or certification, and refuses what the catalog lacks", () => {
    expect(catalogGoalTitle("skill", "kubernetes", 3)).toBe("Reach Kubernetes at level 3 (Working)");
    expect(catalogGoalTitle("tool", "github-copilot", 3)).toMatch(/^Adopt GitHub Copilot/);
    expect(catalogGoalTitle("tool", "kubernetes", 3)).toBeUndefined();
    expect(catalogGoalTitle("certification", "cka")).toMatch(/^Earn .*Kubernetes Administrator/);
    expect(catalogGoalTitle("skill", "no-such-skill", 3)).toBeUndefined();
  });
});

describe("goals (real Postgres)", () => {
  it("keeps one open goal per target, and completing a skill goal raises the skill with its history", async () => {
    const u = await newUser();
    setClock(new Date("2026-06-01T09:00:00Z"));
    await saveRoleChoice(u.id, {
      roleSlug: "backend-developer",
      targetRoleSlug: null,
      yearsExperience: null,
    });
    await addSkill(u.id, { skillSlug: "kubernetes", customName: null, level: 1, yearsUsed: null }, 300);
    const id = await createGoal(u.id, skillGoal("kubernetes", 3));
    await expect(createGoal(u.id, skillGoal("kubernetes", 4, "2026-08-01"))).rejects.toBeInstanceOf(
      DuplicateGoalError,
    );

    setClock(new Date("2026-06-20T12:00:00Z"));
    const done = await completeGoal(u.id, id);
    expect(done?.doneAt?.toISOString()).toBe("2026-06-20T12:00:00.000Z");
    expect((await getProfile(u.id)).skills.find((s) => s.skillSlug === "kubernetes")?.level).toBe(3);
    const events = await db().select().from(skillEvents).where(eq(skillEvents.userId, u.id));
    expect(events.map((e) => [e.kind, e.fromLevel, e.toLevel])).toEqual([
      ["added", null, 1],
      ["level_changed", 1, 3],
    ]);
    const days = await db()
      .select({ day: snapshots.day })
      .from(snapshots)
      .where(and(eq(snapshots.userId, u.id), eq(snapshots.roleSlug, "backend-developer")));
    expect(days.map((d) => d.day).sort()).toEqual(["2026-06-01", "2026-06-20"]);

    // Done once: a second "mark done" finds no open goal, and a new goal for the same target is allowed again.
    expect(await completeGoal(u.id, id)).toBeUndefined();
    await createGoal(u.id, skillGoal("kubernetes", 5));
    expect((await listGoals(u.id)).map((g) => [g.level, Boolean(g.doneAt)])).toEqual([
      [5, false],
      [3, true],
    ]);
  });

  it("completes a certification or hand-written goal without touching the profile", async () => {
    const u = await newUser();
    await saveRoleChoice(u.id, {
      roleSlug: "backend-developer",
      targetRoleSlug: null,
      yearsExperience: null,
    });
    const cert = await createGoal(u.id, {
      kind: "certification",
      targetSlug: "cka",
      level: null,
      title: catalogGoalTitle("certification", "cka")!,
      dueOn: "2026-09-01",
    });
    const own = await createGoal(u.id, {
      kind: "manual",
      targetSlug: null,
      level: null,
      title: "Give a talk",
      dueOn: "2026-09-01",
    });
    await expect(
      createGoal(u.id, {
        kind: "manual",
        targetSlug: null,
        level: null,
        title: "give a TALK",
        dueOn: "2026-10-01",
      }),
    ).rejects.toBeInstanceOf(DuplicateGoalError);
    expect(await completeGoal(u.id, cert)).toBeDefined();
    expect(await completeGoal(u.id, own)).toBeDefined();
    expect((await getProfile(u.id)).skills).toEqual([]);
  });

  it("never lets one user see, complete or delete another user's goal", async () => {
    const [a, b] = await Promise.all([newUser(), newUser()]);
    const id = await createGoal(a.id, skillGoal("docker", 3));
    expect(await listGoals(b.id)).toEqual([]);
    expect(await completeGoal(b.id, id)).toBeUndefined();
    expect(await deleteGoal(b.id, id)).toBe(false);
    expect((await listGoals(a.id)).map((g) => [g.id, g.doneAt])).toEqual([[id, null]]);
    expect(await deleteGoal(a.id, id)).toBe(true);
    expect(await listGoals(a.id)).toEqual([]);
  });
});
