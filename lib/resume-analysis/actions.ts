"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, fail } from "@/lib/action";
import { findSkill } from "@/lib/catalog/by-slug";
import { raiseCatalogSkill, SkillLimitError } from "@/lib/profile/queries";
import { MAX_SKILLS, raiseSkillSchema } from "@/lib/profile/schemas";
import { deleteAnalysis } from "@/lib/resume-analysis/service";

export const addFoundSkills = action(
  z.object({ skills: z.array(raiseSkillSchema).min(1, "Tick at least one skill to add.").max(100) }),
  async ({ skills }, user) => {
    const known = skills.filter((s) => findSkill(s.skillSlug));
    try {
      for (const s of known) await raiseCatalogSkill(user.id, s.skillSlug, s.level, MAX_SKILLS);
    } catch (error) {
      if (error instanceof SkillLimitError)
        return fail(`You can keep up to ${MAX_SKILLS} skills; some were not added.`);
      throw error;
    }
    revalidatePath("/profile");
    revalidatePath("/dashboard", "layout"); // and /dashboard/target
    return { ok: true, data: { added: known.length } };
  },
);

export const deleteResumeAnalysis = action(z.object({ id: z.uuid() }), async ({ id }, user) => {
  if (!(await deleteAnalysis(user.id, id))) return fail("That analysis is not yours or no longer exists.");
  revalidatePath("/resume");
  return { ok: true, data: undefined };
});
