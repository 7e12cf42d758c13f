import type { RoleDef } from "@/lib/catalog/types";
import { aiLeverage, toolsByTask, toolsUsedOn } from "./ai-leverage";
import { personalExposure } from "./personal-exposure";
import { resilience } from "./resilience";
import { toLevelOf, type SkillLevels } from "./skill-profile";
import { taskCoverage } from "./task-coverage";

/** The slice of a role the analysis reads; small hand-made roles satisfy it in tests. */
export type AnalysisRole = Pick<RoleDef, "slug" | "title" | "tasks" | "tools" | "certifications">;

/** The profile-dependent figures, with the per-task inputs they came from (in the role's task order). */
export interface RoleFigures {
  coverage: number[];
  /** Per task: the role's AI tools acting on it that the user uses. */
  toolsUsed: string[][];
  personalExposure: number | null;
  resilience: number;
  aiLeverage: number;
}

/**
 * The one place P, R and A are computed. analyzeRole and every recommendation go through it, so a
 * recommendation's stated gain is bit-for-bit the difference two analyses would show.
 * `byTask` can be passed in when the same role is measured many times (recommendations).
 */
export function roleFigures(
  role: Pick<AnalysisRole, "tasks" | "tools">,
  levels: SkillLevels,
  byTask: ReadonlyMap<string, readonly string[]> = toolsByTask(role.tools),
): RoleFigures {
  const levelOf = toLevelOf(levels);
  const coverage: number[] = [];
  const toolsUsed: string[][] = [];
  const rows = role.tasks.map((task, k) => {
    coverage[k] = taskCoverage(task, levelOf);
    toolsUsed[k] = toolsUsedOn(task.slug, byTask, levelOf);
    return {
      kind: task.kind,
      importance: task.importance,
      exposure: task.exposure,
      coverage: coverage[k],
      leveraged: toolsUsed[k].length > 0,
    };
  });
  return {
    coverage,
    toolsUsed,
    personalExposure: personalExposure(rows),
    resilience: resilience(rows),
    aiLeverage: aiLeverage(rows),
  };
}
