import { addDays } from "@/lib/clock";

export type GoalStatus = "done" | "overdue" | "due-soon" | "open";

/** Due within this many days counts as "due soon". */
export const DUE_SOON_DAYS = 7;

/** Where a goal stands on a given day (YYYY-MM-DD). A goal due today is not overdue yet. */
export function goalStatus(goal: { dueOn: string; doneAt: Date | null }, today: string): GoalStatus {
  if (goal.doneAt) return "done";
  if (goal.dueOn < today) return "overdue";
  if (goal.dueOn <= addDays(today, DUE_SOON_DAYS)) return "due-soon";
  return "open";
}

/** Whole days between two YYYY-MM-DD days (positive when `to` is later). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** "Overdue by 3 days", "Due today", "Due in 5 days", "Done on 2026-03-02": the status in words. */
export function describeStatus(goal: { dueOn: string; doneAt: Date | null }, today: string): string {
  if (goal.doneAt) return `Done on ${goal.doneAt.toISOString().slice(0, 10)}`;
  const days = daysBetween(today, goal.dueOn);
  if (days < 0) return `Overdue by ${-days} day${days === -1 ? "" : "s"}`;
  if (days === 0) return "Due today";
  return `Due in ${days} day${days === 1 ? "" : "s"}`;
}

/** Open goals first, soonest due first; then done goals, latest first. */
export function sortGoals<G extends { dueOn: string; doneAt: Date | null; createdAt: Date }>(
  goals: G[],
): G[] {
  return [...goals].sort((a, b) => {
    if (!a.doneAt !== !b.doneAt) return a.doneAt ? 1 : -1;
    if (a.doneAt && b.doneAt) return b.doneAt.getTime() - a.doneAt.getTime();
    return a.dueOn.localeCompare(b.dueOn) || a.createdAt.getTime() - b.createdAt.getTime();
  });
}
