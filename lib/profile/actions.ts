"use server";

import { revalidatePath } from "next/cache";
import { action, fail, failField } from "@/lib/action";
import { findRole, findSkill } from "@/lib/catalog/by-slug";
import {
  addSkill,
  DuplicateSkillError,
  raiseCatalogSkill,
  removeSkill,
  saveRoleChoice,
  SkillLimitError,
  updateSkill,
} from "@/lib/profile/queries";
import {
  addSkillSchema,
  MAX_SKILLS,
  raiseSkillSchema,
  removeSkillSchema,
  roleChoiceSchema,
  updateSkillSchema,
} from "@/lib/profile/schemas";

// The forms' schemas, plus what only the server can check: that the slugs exist in the catalog.
const serverRoleChoice = roleChoiceSchema.superRefine((v, ctx) => {
  if (!findRole(v.roleSlug))
    ctx.addIssue({ code: "custom", path: ["roleSlug"], message: "Choose your role from the list." });
  if (v.targetRoleSlug && !findRole(v.targetRoleSlug))
    ctx.addIssue({
      code: "custom",
      path: ["targetRoleSlug"],
      message: "Choose a target role from the list.",
    });
});
const serverAddSkill = addSkillSchema.superRefine((v, ctx) => {
  if (v.skillSlug && !findSkill(v.skillSlug))
    ctx.addIssue({
      code: "custom",
      path: ["skillSlug"],
      message: "That skill is not in our catalog. Add it as a custom skill instead.",
    });
});

function changed() {
  revalidatePath("/dashboard", "layout"); // and /dashboard/target
  revalidatePath("/profile");
  revalidatePath("/onboarding");
}

export const chooseRoles = action(serverRoleChoice, async (input, user) => {
  await saveRoleChoice(user.id, {
    roleSlug: input.roleSlug,
    targetRoleSlug: input.targetRoleSlug ?? null,
    yearsExperience: input.yearsExperience ?? null,
  });
  changed();
  return { ok: true, data: undefined };
});

export const addProfileSkill = action(serverAddSkill, async (input, user) => {
  const name = input.skillSlug ? findSkill(input.skillSlug)!.name : input.customName!;
  try {
    const id = await addSkill(
      user.id,
      {
        skillSlug: input.skillSlug || null,
        customName: input.skillSlug ? null : input.customName!,
        level: input.level,
        yearsUsed: input.yearsUsed ?? null,
      },
      MAX_SKILLS,
    );
    changed();
    return { ok: true, data: { id, name } };
  } catch (error) {
    if (error instanceof SkillLimitError)
      return fail(`You can keep up to ${MAX_SKILLS} skills. Remove one to add another.`);
    if (error instanceof DuplicateSkillError)
      return failField("skillSlug", `${name} is already in your profile. Change its level below instead.`);
    throw error;
  }
});

export const updateProfileSkill = action(updateSkillSchema, async (input, user) => {
  if (!(await updateSkill(user.id, input.id, { level: input.level, yearsUsed: input.yearsUsed ?? null })))
    return fail("That skill is not in your profile.");
  changed();
  return { ok: true, data: undefined };
});

export const removeProfileSkill = action(removeSkillSchema, async (input, user) => {
  if (!(await removeSkill(user.id, input.id))) return fail("That skill is not in your profile.");
  changed();
  return { ok: true, data: undefined };
});

/** From a recommendation: the skill (or AI tool) at the recommended level, added or raised. */
export const raiseProfileSkill = action(raiseSkillSchema, async (input, user) => {
  const skill = findSkill(input.skillSlug);
  if (!skill) return failField("skillSlug", "That skill is not in our catalog.");
  try {
    await raiseCatalogSkill(user.id, skill.slug, input.level, MAX_SKILLS);
  } catch (error) {
    if (error instanceof SkillLimitError)
      return fail(`You can keep up to ${MAX_SKILLS} skills. Remove one to add another.`);
    throw error;
  }
  changed();
  return { ok: true, data: { name: skill.name } };
});
