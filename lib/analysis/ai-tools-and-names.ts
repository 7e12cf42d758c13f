import type { AiToolDef, SkillDef } from "@/lib/catalog/types";

export interface AnalysisLookups {
  /** Every AI tool slug: catalog tools and skills of category "ai-tool" (the same slugs). */
  aiToolSlugs: ReadonlySet<string>;
  /** Display names of skills and tools by slug. */
  names: ReadonlyMap<string, string>;
}

/**
 * Build the lookups analyzeProfile needs from catalog-shaped lists. The catalog is static, so a
 * caller builds these once at module load, not per request.
 */
export function analysisLookups(source: {
  skills: readonly Pick<SkillDef, "slug" | "name" | "category">[];
  aiTools: readonly Pick<AiToolDef, "slug" | "name">[];
}): AnalysisLookups {
  const aiToolSlugs = new Set<string>();
  const names = new Map<string, string>();
  for (const s of source.skills) {
    names.set(s.slug, s.name);
    if (s.category === "ai-tool") aiToolSlugs.add(s.slug);
  }
  for (const t of source.aiTools) {
    names.set(t.slug, t.name);
    aiToolSlugs.add(t.slug);
  }
  return { aiToolSlugs, names };
}
