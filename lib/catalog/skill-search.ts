import type { SkillDef } from "./types";

export interface SkillMatch {
  slug: string;
  name: string;
  category: SkillDef["category"];
  /** The alias the query matched, when it was not the name ("k8s" → Kubernetes). */
  matchedAlias?: string;
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * Ranks skills for a typed query: exact name or alias first, then names and aliases that start with
 * it, then ones that contain it; shorter names first within a rank.
 */
export function searchSkills(skills: readonly SkillDef[], query: string, limit = 20): SkillMatch[] {
  const q = fold(query);
  if (!q) return [];
  const scored: { match: SkillMatch; rank: number }[] = [];
  for (const s of skills) {
    let best: { rank: number; alias?: string } | undefined;
    for (const [i, name] of [s.name, ...(s.aliases ?? [])].entries()) {
      const n = fold(name);
      const rank = n === q ? 0 : n.startsWith(q) ? 1 : n.includes(q) ? 2 : -1;
      if (rank >= 0 && (!best || rank < best.rank)) best = { rank, alias: i === 0 ? undefined : name };
    }
    if (best)
      scored.push({
        rank: best.rank,
        match: { slug: s.slug, name: s.name, category: s.category, matchedAlias: best.alias },
      });
  }
  return scored
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.match.name.length - b.match.name.length ||
        a.match.name.localeCompare(b.match.name),
    )
    .slice(0, limit)
    .map((x) => x.match);
}
