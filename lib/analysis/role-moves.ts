import type { RoleDef } from "@/lib/catalog/types";
import { roleExposure } from "./role-exposure";
import { toLevelOf, type SkillLevels } from "./skill-profile";
import { taskCoverage } from "./task-coverage";

export type MoveRole = Pick<RoleDef, "slug" | "title" | "tasks">;

export interface RoleMove {
  slug: string;
  title: string;
  /** Σ i·c over the role's tasks, 0–1: how much of that role's work the user can already do. */
  coverage: number;
  /** That role's E, one decimal. */
  exposure: number;
  /** Its E minus the current role's E (negative: the move lowers exposure), one decimal. */
  exposureDelta: number;
}

export const DEFAULT_MIN_MOVE_COVERAGE = 0.3;

/**
 * Role coverage Σ i·c. Divided by Σ i, which is 1 for every catalog role, so a hand-made role whose
 * shares do not sum to 1 still lands in 0–1.
 */
export function roleCoverage(role: Pick<RoleDef, "tasks">, levels: SkillLevels): number {
  const levelOf = toLevelOf(levels);
  let covered = 0;
  let total = 0;
  for (const task of role.tasks) {
    covered += task.importance * taskCoverage(task, levelOf);
    total += task.importance;
  }
  return total > 0 ? covered / total : 0;
}

/**
 * Other roles the user could move to: lower E than the current role and coverage ≥ minCoverage.
 * E is compared at the one decimal the screens show, so a "lower exposure" move never displays the
 * same score as the current role. Sorted by coverage (most reachable first), then E.
 */
export function roleMoves(
  roles: readonly MoveRole[],
  levels: SkillLevels,
  current: MoveRole,
  options: { minCoverage?: number } = {},
): RoleMove[] {
  const minCoverage = options.minCoverage ?? DEFAULT_MIN_MOVE_COVERAGE;
  const levelOf = toLevelOf(levels);
  const currentE = roleExposure(current.tasks);
  const out: RoleMove[] = [];
  for (const role of roles) {
    if (role.slug === current.slug) continue;
    // E needs no profile, so it filters first and spares the coverage pass for most roles.
    const exposure = roleExposure(role.tasks);
    if (!(exposure < currentE)) continue;
    const coverage = roleCoverage(role, levelOf);
    if (!(coverage >= minCoverage)) continue;
    const exposureDelta = Math.round((exposure - currentE) * 10) / 10;
    out.push({ slug: role.slug, title: role.title, coverage, exposure, exposureDelta });
  }
  return out.sort(
    (a, b) => b.coverage - a.coverage || a.exposure - b.exposure || a.slug.localeCompare(b.slug, "en"),
  );
}
