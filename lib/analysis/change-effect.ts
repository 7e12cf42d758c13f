import type { TaskDef } from "@/lib/catalog/types";
import { toolsByTask } from "./ai-leverage";
import { roleFigures, type AnalysisRole, type RoleFigures } from "./role-figures";
import { toLevelOf, withOverrides, type LevelOf, type SkillLevels } from "./skill-profile";

/** How one task moves under a change: the explanation attached to a recommendation. */
export interface TaskChange {
  slug: string;
  title: string;
  kind: TaskDef["kind"];
  coverageBefore: number;
  coverageAfter: number;
  /** At-risk task worked with an AI tool the user uses (always false for safe tasks). */
  leveragedBefore: boolean;
  leveragedAfter: boolean;
}

export interface ChangeEffect {
  /** R after − R before, A after − A before: exactly what re-analysing the changed profile gives. */
  gainR: number;
  gainA: number;
  resilience: number;
  aiLeverage: number;
  personalExposure: number | null;
  tasks: TaskChange[];
}

/** The current profile measured once, so each candidate change only pays for its own re-measure. */
export interface Baseline {
  role: AnalysisRole;
  levelOf: LevelOf;
  byTask: ReadonlyMap<string, readonly string[]>;
  figures: RoleFigures;
}

export function baseline(role: AnalysisRole, levels: SkillLevels): Baseline {
  const levelOf = toLevelOf(levels);
  const byTask = toolsByTask(role.tools);
  return { role, levelOf, byTask, figures: roleFigures(role, levelOf, byTask) };
}

const leveraged = (f: RoleFigures, k: number, task: TaskDef) =>
  task.kind === "at_risk" && f.toolsUsed[k].length > 0;

/**
 * Re-measure the role with some skills set to new levels. The explaining tasks are those whose
 * coverage rises or whose leverage changes, plus `alsoExplain` (a tool's tasks, shown even when
 * another tool already covers them, since that is why the gain is small).
 */
export function measureChange(
  base: Baseline,
  overrides: ReadonlyMap<string, number>,
  alsoExplain: ReadonlySet<string> = new Set(),
): ChangeEffect {
  const after = roleFigures(base.role, withOverrides(base.levelOf, overrides), base.byTask);
  const before = base.figures;
  const tasks: TaskChange[] = [];
  base.role.tasks.forEach((task, k) => {
    const change: TaskChange = {
      slug: task.slug,
      title: task.title,
      kind: task.kind,
      coverageBefore: before.coverage[k],
      coverageAfter: after.coverage[k],
      leveragedBefore: leveraged(before, k, task),
      leveragedAfter: leveraged(after, k, task),
    };
    const moved =
      change.coverageAfter > change.coverageBefore || change.leveragedAfter !== change.leveragedBefore;
    if (moved || alsoExplain.has(task.slug)) tasks.push(change);
  });
  return {
    gainR: after.resilience - before.resilience,
    gainA: after.aiLeverage - before.aiLeverage,
    resilience: after.resilience,
    aiLeverage: after.aiLeverage,
    personalExposure: after.personalExposure,
    tasks,
  };
}

/** Sort key helper: larger first. */
export const desc = (a: number, b: number) => b - a;
/** Names in a stable, locale-independent-enough order for ties. */
export const byName = (a: string, b: string) => a.localeCompare(b, "en");
/** A display name from the lookup, falling back to the slug. */
export const nameOf = (names: ReadonlyMap<string, string> | undefined, slug: string) =>
  names?.get(slug) ?? slug;
