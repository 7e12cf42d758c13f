import type { TaskDef, Timeline } from "@/lib/catalog/types";
import { roleExposure } from "./role-exposure";
import { roleFigures, type AnalysisRole } from "./role-figures";
import { toLevelOf, type SkillLevels } from "./skill-profile";
import { coveringSkills, type CoveringSkill } from "./task-coverage";

export interface CoveringSkillRow extends CoveringSkill {
  /** The skill is an AI tool (using it is leverage, not coverage of the human work). */
  aiTool: boolean;
}

/** One task's part in every figure, so each number on screen can be opened and traced. */
export interface TaskRow {
  slug: string;
  title: string;
  kind: TaskDef["kind"];
  importance: number;
  exposure: number;
  /** When AI takes this task over; null for safe tasks. */
  timeline: Timeline | null;
  coverage: number;
  skills: CoveringSkillRow[];
  /** i·e: this task's share of Σ i·e (E = 10·Σ). */
  exposureContribution: number;
  /** i·c·e and i·c: this task's share of P's numerator and denominator. */
  personalNumerator: number;
  personalDenominator: number;
  /** i·c for a safe task, 0 for an at-risk one: its share of R's numerator. */
  resilienceContribution: number;
  /** The role's AI tools acting on this task that the user uses (listed for safe tasks too). */
  toolsUsed: string[];
  /** At-risk task on which the user uses at least one of those tools: counts towards A. */
  leveraged: boolean;
}

export interface RoleAnalysis {
  role: { slug: string; title: string };
  /** Role exposure E, 0–10, one decimal: the same figure the role pages show. */
  exposure: number;
  /** Personal exposure P, 0–10, unrounded; null when the user covers none of the role. */
  personalExposure: number | null;
  /** Why P is missing, so the screen can show E and say so. */
  personalExposureMissing: "no-coverage" | null;
  /** Resilience R, 0–1, unrounded. */
  resilience: number;
  /** AI leverage A, 0–1, unrounded. */
  aiLeverage: number;
  /** The sums behind the figures; a zero denominator explains a 0 or a null. */
  totals: {
    exposureSum: number;
    personalNumerator: number;
    personalDenominator: number;
    safeImportance: number;
    safeCovered: number;
    atRiskImportance: number;
    atRiskLeveraged: number;
  };
  tasks: TaskRow[];
}

/**
 * Analyse one role for one profile: E, P, R, A and the per-task rows they come from.
 * `aiToolSlugs` (the catalog's AI tools) only marks covering skills that are tools; the role's own
 * `tools` always count as AI tools.
 */
export function analyzeRole(
  role: AnalysisRole,
  levels: SkillLevels,
  aiToolSlugs?: ReadonlySet<string>,
): RoleAnalysis {
  const levelOf = toLevelOf(levels);
  const figures = roleFigures(role, levelOf);
  const roleTools = new Set(role.tools.map((t) => t.tool));
  const isTool = (slug: string) => roleTools.has(slug) || (aiToolSlugs?.has(slug) ?? false);

  const tasks = role.tasks.map((task, k): TaskRow => {
    const coverage = figures.coverage[k];
    const covered = task.importance * coverage;
    const toolsUsed = figures.toolsUsed[k];
    return {
      slug: task.slug,
      title: task.title,
      kind: task.kind,
      importance: task.importance,
      exposure: task.exposure,
      timeline: task.kind === "at_risk" ? task.timeline : null,
      coverage,
      skills: coveringSkills(task, levelOf).map((s) => ({ ...s, aiTool: isTool(s.skill) })),
      exposureContribution: task.importance * task.exposure,
      personalNumerator: covered * task.exposure,
      personalDenominator: covered,
      resilienceContribution: task.kind === "safe" ? covered : 0,
      toolsUsed,
      leveraged: task.kind === "at_risk" && toolsUsed.length > 0,
    };
  });

  const sum = (pick: (t: TaskRow) => number) => tasks.reduce((acc, t) => acc + pick(t), 0);
  return {
    role: { slug: role.slug, title: role.title },
    exposure: roleExposure(role.tasks),
    personalExposure: figures.personalExposure,
    personalExposureMissing: figures.personalExposure === null ? "no-coverage" : null,
    resilience: figures.resilience,
    aiLeverage: figures.aiLeverage,
    totals: {
      exposureSum: sum((t) => t.exposureContribution),
      personalNumerator: sum((t) => t.personalNumerator),
      personalDenominator: sum((t) => t.personalDenominator),
      safeImportance: sum((t) => (t.kind === "safe" ? t.importance : 0)),
      safeCovered: sum((t) => t.resilienceContribution),
      atRiskImportance: sum((t) => (t.kind === "at_risk" ? t.importance : 0)),
      atRiskLeveraged: sum((t) => (t.leveraged ? t.importance : 0)),
    },
    tasks,
  };
}
