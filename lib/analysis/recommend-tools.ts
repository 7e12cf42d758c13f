import type { RoleToolDef } from "@/lib/catalog/types";
import { baseline, byName, desc, measureChange, nameOf, type ChangeEffect } from "./change-effect";
import type { AnalysisRole } from "./role-figures";
import { TARGET_LEVEL, usesTool, type SkillLevels } from "./skill-profile";

export interface ToolRecommendation extends ChangeEffect {
  tool: string;
  name: string;
  effect: RoleToolDef["effect"];
  /** What the tool does for this role, from the catalog. */
  note: string;
  /** The role's tasks it acts on (explaining tasks are in `tasks`). */
  actsOn: string[];
}

/**
 * For each AI tool the role lists that the user does not use yet, what using it (level 3) would do
 * to A, and to R when the tool is itself a skill of a safe task. Tools with no gain at all (every
 * task they act on already leveraged, or only safe tasks) are left out as they would change
 * nothing. Sorted by gainA, then gainR, then name.
 */
export function recommendTools(
  role: AnalysisRole,
  levels: SkillLevels,
  options: { names?: ReadonlyMap<string, string> } = {},
): ToolRecommendation[] {
  const base = baseline(role, levels);
  const taskSlugs = new Set(role.tasks.map((t) => t.slug));
  const seen = new Set<string>();
  const out: ToolRecommendation[] = [];
  for (const entry of role.tools) {
    // The catalog forbids listing a tool twice; if it happens, the first entry speaks for it.
    if (seen.has(entry.tool)) continue;
    seen.add(entry.tool);
    if (usesTool(base.levelOf, entry.tool)) continue;
    const actsOn = entry.tasks.filter((t) => taskSlugs.has(t));
    const effect = measureChange(base, new Map([[entry.tool, TARGET_LEVEL]]), new Set(actsOn));
    if (!(effect.gainA > 0 || effect.gainR > 0)) continue;
    out.push({
      tool: entry.tool,
      name: nameOf(options.names, entry.tool),
      effect: entry.effect,
      note: entry.note,
      actsOn,
      ...effect,
    });
  }
  return out.sort((a, b) => desc(a.gainA, b.gainA) || desc(a.gainR, b.gainR) || byName(a.name, b.name));
}
