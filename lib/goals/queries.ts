import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { goals, type Goal, type GoalKind } from "@/db/schema";
import { now } from "@/lib/clock";
import { MAX_SKILLS } from "@/lib/profile/schemas";
import { lockUser, raiseInTransaction } from "@/lib/profile/queries";
import { MAX_GOALS } from "./schemas";
import { sortGoals } from "./status";

export class GoalLimitError extends Error {}
export class DuplicateGoalError extends Error {}

/** The user's goals: open ones soonest due first, then done ones. */
export async function listGoals(userId: string): Promise<Goal[]> {
  return sortGoals(await db().select().from(goals).where(eq(goals.userId, userId)));
}

export interface NewGoal {
  kind: GoalKind;
  targetSlug: string | null;
  level: number | null;
  title: string;
  dueOn: string;
}

export async function createGoal(userId: string, goal: NewGoal): Promise<string> {
  return db().transaction(async (tx) => {
    await lockUser(tx, userId);
    const [{ n }] = await tx
      .select({ n: count() })
      .from(goals)
      .where(and(eq(goals.userId, userId), isNull(goals.doneAt)));
    if (n >= MAX_GOALS) throw new GoalLimitError();
    const inserted = await tx
      .insert(goals)
      .values({ userId, ...goal, createdAt: now() })
      .onConflictDoNothing()
      .returning({ id: goals.id });
    if (inserted.length === 0) throw new DuplicateGoalError();
    return inserted[0].id;
  });
}

/**
 * Marks an open goal done. A skill or tool goal also raises that skill in the profile to the goal's
 * level, in the same transaction, so the history and the figures move with it.
 */
export async function completeGoal(userId: string, id: string): Promise<Goal | undefined> {
  return db().transaction(async (tx) => {
    await lockUser(tx, userId);
    const [goal] = await tx
      .select()
      .from(goals)
      .where(and(eq(goals.id, id), eq(goals.userId, userId), isNull(goals.doneAt)));
    if (!goal) return undefined;
    if ((goal.kind === "skill" || goal.kind === "tool") && goal.targetSlug && goal.level) {
      await raiseInTransaction(tx, userId, goal.targetSlug, goal.level, MAX_SKILLS);
    }
    const [done] = await tx.update(goals).set({ doneAt: now() }).where(eq(goals.id, id)).returning();
    return done;
  });
}

export async function deleteGoal(userId: string, id: string): Promise<boolean> {
  const deleted = await db()
    .delete(goals)
    .where(and(eq(goals.id, id), eq(goals.userId, userId)))
    .returning({ id: goals.id });
  return deleted.length > 0;
}
