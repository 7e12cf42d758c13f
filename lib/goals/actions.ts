"use server";

import { revalidatePath } from "next/cache";
import { action, fail, failField } from "@/lib/action";
import { addDays, dayOf, now } from "@/lib/clock";
import { catalogGoalTitle } from "@/lib/goals/describe";
import {
  completeGoal,
  createGoal,
  deleteGoal,
  DuplicateGoalError,
  GoalLimitError,
} from "@/lib/goals/queries";
import { goalIdSchema, goalSchema, MAX_GOALS } from "@/lib/goals/schemas";
import { SkillLimitError } from "@/lib/profile/queries";
import { MAX_SKILLS } from "@/lib/profile/schemas";

function changed() {
  revalidatePath("/progress");
  revalidatePath("/dashboard", "layout"); // and /dashboard/target
  revalidatePath("/profile");
}

export const addGoal = action(goalSchema, async (input, user) => {
  const today = dayOf(now());
  if (input.dueOn < today) return failField("dueOn", "Choose today or a later day.");
  if (input.dueOn > addDays(today, 3650))
    return failField("dueOn", "Choose a day within the next ten years.");
  const title =
    input.kind === "manual" ? input.title! : catalogGoalTitle(input.kind, input.targetSlug!, input.level);
  if (!title) return failField("targetSlug", "That is not in our catalog any more.");
  try {
    const id = await createGoal(user.id, {
      kind: input.kind,
      targetSlug: input.kind === "manual" ? null : input.targetSlug,
      level: input.kind === "skill" || input.kind === "tool" ? (input.level ?? null) : null,
      title,
      dueOn: input.dueOn,
    });
    changed();
    return { ok: true, data: { id, title } };
  } catch (error) {
    if (error instanceof DuplicateGoalError) return fail(`“${title}” is already one of your open goals.`);
    if (error instanceof GoalLimitError)
      return fail(`You can keep up to ${MAX_GOALS} open goals. Finish or delete one first.`);
    throw error;
  }
});

export const markGoalDone = action(goalIdSchema, async (input, user) => {
  try {
    const goal = await completeGoal(user.id, input.id);
    if (!goal) return fail("That goal is not one of your open goals.");
    changed();
    return { ok: true, data: { title: goal.title } };
  } catch (error) {
    if (error instanceof SkillLimitError)
      return fail(`Your profile already holds ${MAX_SKILLS} skills. Remove one, then mark this goal done.`);
    throw error;
  }
});

export const removeGoal = action(goalIdSchema, async (input, user) => {
  if (!(await deleteGoal(user.id, input.id))) return fail("That goal is not one of your goals.");
  changed();
  return { ok: true, data: undefined };
});
