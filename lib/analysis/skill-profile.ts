// A user's skill profile as the analysis sees it: a level 0–5 per skill slug, 0 or missing meaning
// "not in the profile". The maths only ever asks "what level is this slug?", so everything below
// works on a lookup function; that lets recommendations try a change ("this skill at level 3")
// by overlaying a few slugs instead of copying a 300-entry map per candidate.

export type SkillProfile = ReadonlyMap<string, number>;

/** Level of one skill slug, already clamped to 0–5. */
export type LevelOf = (skill: string) => number;

/** Either a profile map or a ready lookup; public functions accept both. */
export type SkillLevels = SkillProfile | LevelOf;

export const MAX_LEVEL = 5;
/** The level a recommendation assumes the user reaches ("working proficiency"). */
export const TARGET_LEVEL = 3;

/** Clamp to 0–5; anything that is not a finite number counts as absent (0), so bad input cannot produce NaN. */
export function clampLevel(level: number | undefined): number {
  if (level === undefined || !Number.isFinite(level)) return 0;
  return Math.min(MAX_LEVEL, Math.max(0, level));
}

export function toLevelOf(levels: SkillLevels): LevelOf {
  if (typeof levels === "function") return levels;
  return (skill) => clampLevel(levels.get(skill));
}

/** A lookup that answers `overrides` first and falls back to `base`. */
export function withOverrides(base: LevelOf, overrides: ReadonlyMap<string, number>): LevelOf {
  return (skill) => (overrides.has(skill) ? clampLevel(overrides.get(skill)) : base(skill));
}

/** Having an AI tool in the profile at any level counts as using it. */
export function usesTool(levelOf: LevelOf, tool: string): boolean {
  return levelOf(tool) >= 1;
}
