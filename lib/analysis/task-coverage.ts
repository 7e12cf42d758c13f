import type { TaskDef } from "@/lib/catalog/types";
import { MAX_LEVEL, toLevelOf, type SkillLevels } from "./skill-profile";

export type CoverageTask = Pick<TaskDef, "skills">;

export interface CoveringSkill {
  skill: string;
  weight: number;
  level: number;
  /** w·(l/5) / Σw: this skill's share of the task's coverage; the contributions sum to the coverage. */
  contribution: number;
}

/**
 * Task coverage c = Σ w·(l/5) / Σ w, 0–1: how much of the task's skill mix the user has.
 * Weights are relative, hence the normalisation. A task without positive weight has nothing to
 * cover and gets 0 rather than NaN.
 */
export function taskCoverage(task: CoverageTask, levels: SkillLevels): number {
  const levelOf = toLevelOf(levels);
  let weighted = 0;
  let total = 0;
  for (const { skill, weight } of task.skills) {
    if (!(weight > 0)) continue; // a zero or negative weight would make coverage able to fall as a level rises
    weighted += weight * (levelOf(skill) / MAX_LEVEL);
    total += weight;
  }
  return total > 0 ? weighted / total : 0;
}

/** The per-skill breakdown behind taskCoverage, for the "how was this computed" view. */
export function coveringSkills(task: CoverageTask, levels: SkillLevels): CoveringSkill[] {
  const levelOf = toLevelOf(levels);
  const total = task.skills.reduce((sum, s) => (s.weight > 0 ? sum + s.weight : sum), 0);
  return task.skills
    .filter((s) => s.weight > 0)
    .map(({ skill, weight }) => {
      const level = levelOf(skill);
      return { skill, weight, level, contribution: total > 0 ? (weight * (level / MAX_LEVEL)) / total : 0 };
    });
}
