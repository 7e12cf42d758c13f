// Child process (see child.ts): creates the dashboard's bench user through the app's own lib
// functions, so the profile, history snapshots and goals are exactly what the app writes.
// Needs DATABASE_URL and AUTH_SECRET of the running bench server.
import { randomBytes } from "node:crypto";
import { db } from "@/db";
import { hashPassword } from "@/lib/auth/password";
import { createUser } from "@/lib/auth/users";
import { catalog } from "@/lib/catalog";
import { addDays, dayOf } from "@/lib/clock";
import { createGoal } from "@/lib/goals/queries";
import { MAX_SKILLS } from "@/lib/profile/schemas";
import { addSkill, saveRoleChoice } from "@/lib/profile/queries";
import { reply } from "./child";

const BENCH_ROLE = "backend-developer";
const TARGET_ROLE = "cloud-architect";

const password = `bench ${randomBytes(12).toString("hex")}`;
const email = `bench-${randomBytes(6).toString("hex")}@example.com`;
const user = await createUser({ name: "Bench User", email, passwordHash: await hashPassword(password) });
await saveRoleChoice(user.id, { roleSlug: BENCH_ROLE, targetRoleSlug: TARGET_ROLE, yearsExperience: 6 });

// The role's own skills first (what a real backend developer would list), 15 in all.
const role = catalog.roles.find((r) => r.slug === BENCH_ROLE)!;
const slugs = [...new Set(role.tasks.flatMap((t) => t.skills.map((s) => s.skill)))].slice(0, 15);
for (const [i, skillSlug] of slugs.entries()) {
  await addSkill(user.id, { skillSlug, customName: null, level: 1 + (i % 5), yearsUsed: i % 7 }, MAX_SKILLS);
}
const today = dayOf(new Date());
await createGoal(user.id, {
  kind: "skill",
  targetSlug: slugs[0],
  level: 5,
  title: "Master the first skill",
  dueOn: addDays(today, 30),
});
await createGoal(user.id, {
  kind: "manual",
  targetSlug: null,
  level: null,
  title: "Write a design doc",
  dueOn: addDays(today, -3),
});

await db().$client.end();
reply({ email, password, name: user.name, skills: slugs.length });
