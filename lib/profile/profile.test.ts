import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { userSkills } from "@/db/schema";
import { createUser } from "@/lib/auth/users";
import {
  addSkill,
  DuplicateSkillError,
  getProfile,
  raiseCatalogSkill,
  removeSkill,
  saveRoleChoice,
  SkillLimitError,
  updateSkill,
} from "./queries";
import { addSkillSchema, roleChoiceSchema, updateSkillSchema } from "./schemas";

const newUser = () =>
  createUser({
    name: "T",
    email: `p-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
    passwordHash: "h",
  });
const skill = (skillSlug: string, level = 3) => ({ skillSlug, customName: null, level, yearsUsed: null });

describe("profiles (real Postgres)", () => {
  it("keeps role choice and skill changes", async () => {
    const u = await newUser();
    await saveRoleChoice(u.id, {
      roleSlug: "backend-developer",
      targetRoleSlug: "site-reliability-engineer",
      yearsExperience: 6,
    });
    const id = await addSkill(
      u.id,
      { skillSlug: "kubernetes", customName: null, level: 2, yearsUsed: 1.5 },
      300,
    );
    await addSkill(
      u.id,
      { skillSlug: null, customName: "Internal billing DSL", level: 4, yearsUsed: null },
      300,
    );
    expect(await updateSkill(u.id, id, { level: 4, yearsUsed: 3 })).toBe(true);

    const p = await getProfile(u.id);
    expect(p).toMatchObject({
      roleSlug: "backend-developer",
      targetRoleSlug: "site-reliability-engineer",
      yearsExperience: 6,
    });
    expect(p.skills.map((s) => [s.name, s.level, s.custom])).toEqual([
      ["Internal billing DSL", 4, true],
      ["Kubernetes", 4, false],
    ]);
    expect(await removeSkill(u.id, id)).toBe(true);
    expect((await getProfile(u.id)).skills).toHaveLength(1);
  });

  it("never lets one user read or change another's skills", async () => {
    const [a, b] = await Promise.all([newUser(), newUser()]);
    const id = await addSkill(a.id, skill("python", 5), 300);
    expect((await getProfile(b.id)).skills).toEqual([]);
    expect(await updateSkill(b.id, id, { level: 1, yearsUsed: null })).toBe(false);
    expect(await removeSkill(b.id, id)).toBe(false);
    expect((await getProfile(a.id)).skills[0]).toMatchObject({ id, level: 5 });
  });

  it("refuses duplicates, including custom names in another case", async () => {
    const u = await newUser();
    await addSkill(u.id, skill("go"), 300);
    await expect(addSkill(u.id, skill("go", 5), 300)).rejects.toBeInstanceOf(DuplicateSkillError);
    await addSkill(u.id, { skillSlug: null, customName: "Team Rituals", level: 2, yearsUsed: null }, 300);
    await expect(
      addSkill(u.id, { skillSlug: null, customName: "team rituals", level: 3, yearsUsed: null }, 300),
    ).rejects.toBeInstanceOf(DuplicateSkillError);
  });

  it("stops at the skill limit and changes nothing", async () => {
    const u = await newUser();
    await db()
      .insert(userSkills)
      .values(Array.from({ length: 5 }, (_, i) => ({ userId: u.id, customName: `Skill ${i}`, level: 1 })));
    await expect(addSkill(u.id, skill("sql"), 5)).rejects.toBeInstanceOf(SkillLimitError);
    expect((await getProfile(u.id)).skills).toHaveLength(5);
  });

  it("raising a recommended skill adds it, or lifts it without ever lowering it", async () => {
    const u = await newUser();
    await raiseCatalogSkill(u.id, "system-design", 3, 300);
    await raiseCatalogSkill(u.id, "system-design", 2, 300);
    expect((await getProfile(u.id)).skills[0]).toMatchObject({ skillSlug: "system-design", level: 3 });
  });
});

describe("profile input", () => {
  it("says what is wrong with a level, years or a missing skill", () => {
    expect(updateSkillSchema.safeParse({ id: crypto.randomUUID(), level: 6 }).error?.issues[0].message).toBe(
      "Choose a level from 1 to 5.",
    );
    expect(
      updateSkillSchema.safeParse({ id: crypto.randomUUID(), level: 3, yearsUsed: -1 }).error?.issues[0]
        .message,
    ).toBe("Years cannot be negative.");
    expect(addSkillSchema.safeParse({ level: 3 }).error?.issues[0].message).toBe(
      "Choose a skill from the list, or type a custom one.",
    );
    expect(roleChoiceSchema.safeParse({ roleSlug: "" }).error?.issues[0].message).toBe(
      "Choose an entry from the list.",
    );
  });
});
