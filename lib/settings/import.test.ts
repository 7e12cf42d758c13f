import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { resumeAnalyses, userSkills } from "@/db/schema";
import { createUser } from "@/lib/auth/users";
import { catalog } from "@/lib/catalog";
import { setClock } from "@/lib/clock";
import { catalogGoalTitle } from "@/lib/goals/describe";
import { completeGoal, createGoal } from "@/lib/goals/queries";
import { addSkill, removeSkill, saveRoleChoice, updateSkill } from "@/lib/profile/queries";
import { deleteAccount } from "./account";
import { exportData, type ExportData } from "./export";
import { ImportRefusedError, importData } from "./import";
import { importSchema } from "./import-schema";

afterEach(() => setClock(undefined));
const newUser = () =>
  createUser({
    name: "I",
    email: `i-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
    passwordHash: "h",
  });
const at = (iso: string) => setClock(new Date(iso));
/** What a downloaded file turns back into: JSON text, parsed with the import schema. */
const asFile = (data: ExportData) => importSchema.parse(JSON.parse(JSON.stringify(data)));

/** The parts of an export that describe the person's data, without ids and row timestamps. */
async function portable(userId: string) {
  const data = (await exportData(userId))!;
  return {
    profile: data.profile && { ...data.profile, updatedAt: undefined },
    skills: data.skills.map((s) => ({ ...s, id: undefined, createdAt: undefined, updatedAt: undefined })),
    goals: data.goals,
    resumeAnalyses: data.resumeAnalyses.map((a) => ({ ...a, id: undefined })),
    skillEvents: data.skillEvents,
    snapshots: data.snapshots,
  };
}

async function userWithMonthsOfHistory() {
  const u = await newUser();
  at("2026-01-10T09:00:00Z");
  await saveRoleChoice(u.id, {
    roleSlug: "backend-developer",
    targetRoleSlug: "site-reliability-engineer",
    yearsExperience: 4,
  });
  const k8s = await addSkill(
    u.id,
    { skillSlug: "kubernetes", customName: null, level: 2, yearsUsed: 1 },
    300,
  );
  const gone = await addSkill(
    u.id,
    { skillSlug: "docker", customName: null, level: 3, yearsUsed: null },
    300,
  );
  await addSkill(u.id, { skillSlug: null, customName: "Billing DSL", level: 4, yearsUsed: 2.5 }, 300);
  const goal = await createGoal(u.id, {
    kind: "skill",
    targetSlug: "system-design",
    level: 3,
    title: catalogGoalTitle("skill", "system-design", 3)!,
    dueOn: "2026-03-01",
  });
  await createGoal(u.id, {
    kind: "manual",
    targetSlug: null,
    level: null,
    title: "Mentor a junior",
    dueOn: "2026-06-01",
  });
  at("2026-02-14T16:30:00Z");
  await updateSkill(u.id, k8s, { level: 4, yearsUsed: 2 });
  await removeSkill(u.id, gone);
  await completeGoal(u.id, goal);
  await db()
    .insert(resumeAnalyses)
    .values({
      userId: u.id,
      createdAt: new Date("2026-02-15T08:00:00Z"),
      source: "pdf",
      fileName: "cv.pdf",
      roleSlug: "backend-developer",
      found: [{ slug: "kubernetes", name: "Kubernetes", category: "devops", count: 2 }],
      jobSkills: [],
      matchRate: 0.5,
    });
  return u;
}

describe("profile import (real Postgres)", () => {
  it("export → delete → sign up → import restores the same skills, goals and history", async () => {
    const old = await userWithMonthsOfHistory();
    const before = await portable(old.id);
    expect(before.skillEvents.length).toBe(6);
    expect(before.snapshots.length).toBe(4);
    const file = asFile((await exportData(old.id))!);
    expect(await deleteAccount(old.id)).toBe(true);

    const fresh = await newUser();
    at("2026-11-24T12:00:00Z");
    const counts = await importData(fresh.id, file);
    expect(counts).toEqual({
      skillsAdded: 3,
      skillsRaised: 0,
      goals: 2,
      skillEvents: 6,
      snapshots: 4,
      resumeAnalyses: 1,
    });
    expect(await portable(fresh.id)).toEqual(before);
  });

  it("merges without duplicates: importing the same file twice adds nothing, and a held skill keeps the higher level", async () => {
    const u = await userWithMonthsOfHistory();
    const file = asFile((await exportData(u.id))!);
    const before = await portable(u.id);
    expect(await importData(u.id, file)).toEqual({
      skillsAdded: 0,
      skillsRaised: 0,
      goals: 0,
      skillEvents: 0,
      snapshots: 0,
      resumeAnalyses: 0,
    });
    expect(await portable(u.id)).toEqual(before);

    const other = await newUser();
    await saveRoleChoice(other.id, { roleSlug: "data-analyst", targetRoleSlug: null, yearsExperience: null });
    await addSkill(other.id, { skillSlug: "kubernetes", customName: null, level: 5, yearsUsed: null }, 300);
    await addSkill(other.id, { skillSlug: null, customName: "billing dsl", level: 1, yearsUsed: null }, 300);
    at("2026-11-24T12:00:00Z");
    const counts = await importData(other.id, file);
    expect(counts).toMatchObject({ skillsAdded: 1, skillsRaised: 1, goals: 2 });
    const merged = await portable(other.id);
    expect(merged.profile?.roleSlug).toBe("data-analyst");
    expect(merged.skills.map((s) => [s.name, s.level])).toEqual([
      ["billing dsl", 4],
      ["Kubernetes", 5],
      ["System design", 3],
    ]);
    // The merge changed today's figures, so today has a snapshot of them.
    expect(merged.snapshots.some((s) => s.day === "2026-11-24" && s.roleSlug === "data-analyst")).toBe(true);
  });

  it("changes nothing when the import fails part-way", async () => {
    const u = await newUser();
    await saveRoleChoice(u.id, {
      roleSlug: "backend-developer",
      targetRoleSlug: null,
      yearsExperience: null,
    });
    await addSkill(
      u.id,
      { skillSlug: null, customName: "Something only I do", level: 3, yearsUsed: null },
      300,
    );
    const before = await portable(u.id);
    const fullProfile = {
      version: 1,
      exportedAt: "2026-01-01T00:00:00Z",
      profile: null,
      skills: catalog.skills
        .slice(0, 300)
        .map((s) => ({ name: s.name, skillSlug: s.slug, customName: null, level: 2, yearsUsed: null })),
      goals: [
        {
          kind: "manual",
          targetSlug: null,
          level: null,
          title: "Never written",
          dueOn: "2027-01-01",
          createdAt: "2026-01-01T00:00:00Z",
          doneAt: null,
        },
      ],
      resumeAnalyses: [],
      skillEvents: [],
      snapshots: [],
    };
    await expect(importData(u.id, importSchema.parse(fullProfile))).rejects.toBeInstanceOf(
      ImportRefusedError,
    );
    expect(await portable(u.id)).toEqual(before);
    expect(await db().select().from(userSkills).where(eq(userSkills.userId, u.id))).toHaveLength(1);
  });

  it("leaves out history of roles the catalog does not have", async () => {
    const u = await userWithMonthsOfHistory();
    const file = asFile((await exportData(u.id))!);
    file.snapshots = file.snapshots.map((s, i) => (i === 0 ? { ...s, roleSlug: "made-up-role" } : s));
    file.resumeAnalyses = file.resumeAnalyses.map((a) => ({ ...a, roleSlug: "made-up-role" }));
    const fresh = await newUser();
    const counts = await importData(fresh.id, file);
    expect(counts).toMatchObject({ snapshots: file.snapshots.length - 1, resumeAnalyses: 1 });
    const data = (await exportData(fresh.id))!;
    expect(data.snapshots.map((s) => s.roleSlug)).not.toContain("made-up-role");
    expect(data.resumeAnalyses[0].roleSlug).toBeNull();
  });

  it("refuses a file that is not an export, with the place of the first problem", () => {
    expect(importSchema.safeParse({ hello: 1 }).success).toBe(false);
    const bad = importSchema.safeParse({
      version: 1,
      exportedAt: "2026-01-01T00:00:00Z",
      profile: null,
      skills: [{ name: "Go", skillSlug: "go", customName: null, level: 9, yearsUsed: null }],
      resumeAnalyses: [],
      skillEvents: [],
      snapshots: [],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(["skills", 0, "level"]);
    const nul = importSchema.safeParse({
      version: 1,
      exportedAt: "2026-01-01T00:00:00Z",
      profile: null,
      skills: [{ name: "A\u0000B", skillSlug: null, customName: "A\u0000B", level: 1, yearsUsed: null }],
      resumeAnalyses: [],
      skillEvents: [],
      snapshots: [],
    });
    expect(nul.success).toBe(false);
  });
});
