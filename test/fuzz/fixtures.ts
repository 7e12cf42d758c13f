// Users with something in every user-owned table, for the fuzz and authorisation tests.
import { db } from "@/db";
import { resumeAnalyses } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { createUser } from "@/lib/auth/users";
import { createGoal } from "@/lib/goals/queries";
import { addSkill, saveRoleChoice } from "@/lib/profile/queries";
import type { CurrentUser } from "@/lib/auth/current-user";

export const FIXTURE_PASSWORD = "correct horse battery staple";
const hashes = new Map<string, Promise<string>>();

export interface PopulatedUser extends CurrentUser {
  password: string;
  skillIds: string[];
  customSkill: string;
  analysisIds: string[];
  goalIds: string[];
}

/** A user with a role, a target, catalog and custom skills, two resume analyses and two goals. */
export async function populatedUser(label: string, password = FIXTURE_PASSWORD): Promise<PopulatedUser> {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  const email = `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const user = await createUser({ name: label, email, passwordHash: await hashes.get(password)! });
  const customSkill = `${label} billing DSL ${Math.random().toString(36).slice(2, 6)}`;
  await saveRoleChoice(user.id, {
    roleSlug: "backend-developer",
    targetRoleSlug: "site-reliability-engineer",
    yearsExperience: 4,
  });
  const skillIds = [
    await addSkill(user.id, { skillSlug: "kubernetes", customName: null, level: 3, yearsUsed: 2 }, 300),
    await addSkill(user.id, { skillSlug: "python", customName: null, level: 4, yearsUsed: null }, 300),
    await addSkill(user.id, { skillSlug: null, customName: customSkill, level: 2, yearsUsed: 1 }, 300),
  ];
  const analyses = await db()
    .insert(resumeAnalyses)
    .values(
      [1, 2].map((n) => ({
        userId: user.id,
        source: "paste",
        fileName: `${label}-${n}.txt`,
        resumeText: `${label} resume ${n}: Python and Kubernetes`,
        found: [{ slug: "python", name: "Python", category: "languages", count: 1 }],
      })),
    )
    .returning({ id: resumeAnalyses.id });
  const goalIds = [
    await createGoal(user.id, {
      kind: "skill",
      targetSlug: "docker",
      level: 3,
      title: "Reach Docker at level 3 (Working)",
      dueOn: "2030-01-01",
    }),
    await createGoal(user.id, {
      kind: "manual",
      targetSlug: null,
      level: null,
      title: `${label} goal: give a talk`,
      dueOn: "2030-06-01",
    }),
  ];
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    password,
    skillIds,
    customSkill,
    analysisIds: analyses.map((a) => a.id),
    goalIds,
  };
}
