import { baseline, byName, desc, measureChange, nameOf, type ChangeEffect } from "./change-effect";
import type { AnalysisRole } from "./role-figures";
import { TARGET_LEVEL, type SkillLevels } from "./skill-profile";

export interface SkillRecommendation extends ChangeEffect {
  skill: string;
  name: string;
  /** Current level (0 = not in the profile); the gain assumes TARGET_LEVEL. */
  level: number;
  targetLevel: number;
}

export interface RecommendOptions {
  /** Catalog AI tools; they are recommended as tools, not skills. The role's own tools always are. */
  aiToolSlugs?: ReadonlySet<string>;
  /** Skill and tool display names by slug (falls back to the slug). */
  names?: ReadonlyMap<string, string>;
}

/** Skills the role's tasks use, each once, in first-seen order. */
export function roleSkills(role: Pick<AnalysisRole, "tasks">): string[] {
  const seen = new Set<string>();
  for (const task of role.tasks) for (const { skill } of task.skills) seen.add(skill);
  return [...seen];
}

/**
 * For each skill of the role the user holds below level 3, what reaching level 3 would do to R and
 * A. Only skills with a positive gain are kept; since A depends only on AI tools, in practice
 * these are skills of the role's safe tasks. Sorted by gainR, then gainA, then name.
 */
export function recommendSkills(
  role: AnalysisRole,
  levels: SkillLevels,
  options: RecommendOptions = {},
): SkillRecommendation[] {
  const base = baseline(role, levels);
  const roleTools = new Set(role.tools.map((t) => t.tool));
  const out: SkillRecommendation[] = [];
  for (const skill of roleSkills(role)) {
    if (roleTools.has(skill) || options.aiToolSlugs?.has(skill)) continue;
    const level = base.levelOf(skill);
    if (level >= TARGET_LEVEL) continue;
    const effect = measureChange(base, new Map([[skill, TARGET_LEVEL]]));
    if (!(effect.gainR > 0 || effect.gainA > 0)) continue;
    out.push({ skill, name: nameOf(options.names, skill), level, targetLevel: TARGET_LEVEL, ...effect });
  }
  return out.sort((a, b) => desc(a.gainR, b.gainR) || desc(a.gainA, b.gainA) || byName(a.name, b.name));
}
