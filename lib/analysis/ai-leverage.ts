import type { RoleToolDef, TaskDef } from "@/lib/catalog/types";
import { usesTool, type LevelOf } from "./skill-profile";

export type LeverageTool = Pick<RoleToolDef, "tool" | "tasks">;

export interface AiLeverageTask {
  kind: TaskDef["kind"];
  importance: number;
  /** The user uses at least one AI tool the role lists for this task. */
  leveraged: boolean;
}

/**
 * Which of the role's AI tools act on each task, in the role's order, each tool once. Built once per
 * role so that per-task lookups do not rescan the tool list. Both "augments" and "automates" count:
 * a user who drives the automating tool is the one who keeps the work.
 */
export function toolsByTask(tools: readonly LeverageTool[]): ReadonlyMap<string, readonly string[]> {
  const byTask = new Map<string, string[]>();
  for (const { tool, tasks } of tools) {
    for (const task of tasks) {
      const list = byTask.get(task);
      if (!list) byTask.set(task, [tool]);
      else if (!list.includes(tool)) list.push(tool);
    }
  }
  return byTask;
}

/** The tools acting on a task that the user uses (level ≥ 1). */
export function toolsUsedOn(
  task: string,
  byTask: ReadonlyMap<string, readonly string[]>,
  levelOf: LevelOf,
): string[] {
  return (byTask.get(task) ?? []).filter((tool) => usesTool(levelOf, tool));
}

/**
 * AI leverage A = Σ_at-risk,leveraged i / Σ_at-risk i, 0–1: the share of the role's automatable work
 * on which the user already works with AI rather than against it. A role without at-risk importance
 * has nothing to leverage, so A is 0 (not NaN).
 */
export function aiLeverage(tasks: readonly AiLeverageTask[]): number {
  let leveraged = 0;
  let total = 0;
  for (const t of tasks) {
    if (t.kind !== "at_risk") continue;
    total += t.importance;
    if (t.leveraged) leveraged += t.importance;
  }
  return total > 0 ? Math.min(1, leveraged / total) : 0;
}
