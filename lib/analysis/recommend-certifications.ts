import type { CertificationDef } from "@/lib/catalog/types";
import { baseline, byName, desc, measureChange, nameOf, type ChangeEffect } from "./change-effect";
import type { AnalysisRole } from "./role-figures";
import { TARGET_LEVEL, type SkillLevels } from "./skill-profile";

export type CertificationInput = Pick<CertificationDef, "slug" | "name" | "skills" | "prepHours">;

export interface CertificationRecommendation extends ChangeEffect {
  certification: string;
  name: string;
  prepHours: number;
  /** gainR per preparation hour: the ranking key, since certifications differ tenfold in effort. */
  gainRPerHour: number;
  /** Skills the certification would lift to TARGET_LEVEL (those already at or above it are unchanged). */
  raises: { skill: string; name: string; from: number; to: number }[];
}

/**
 * For each certification the role lists (looked up by slug in `certifications`, unknown slugs
 * skipped), the effect of holding it: every skill it evidences at max(current, 3). Zero-gain ones
 * are dropped. Sorted by gainR per preparation hour, then gainR, gainA and name.
 */
export function recommendCertifications(
  role: AnalysisRole,
  levels: SkillLevels,
  certifications: readonly CertificationInput[],
  options: { names?: ReadonlyMap<string, string> } = {},
): CertificationRecommendation[] {
  const base = baseline(role, levels);
  const listed = new Set(role.certifications);
  const out: CertificationRecommendation[] = [];
  for (const cert of certifications) {
    if (!listed.has(cert.slug)) continue;
    listed.delete(cert.slug); // each certification once even if the list repeats it
    const raises = [...new Set(cert.skills)]
      .map((skill) => ({
        skill,
        name: nameOf(options.names, skill),
        from: base.levelOf(skill),
        to: TARGET_LEVEL,
      }))
      .filter((r) => r.from < TARGET_LEVEL);
    if (raises.length === 0) continue;
    const effect = measureChange(base, new Map(raises.map((r) => [r.skill, r.to])));
    if (!(effect.gainR > 0 || effect.gainA > 0)) continue;
    // The catalog requires prepHours > 0; the floor keeps a bad entry from dividing by zero.
    const gainRPerHour = effect.gainR / Math.max(cert.prepHours, 1);
    out.push({
      certification: cert.slug,
      name: cert.name,
      prepHours: cert.prepHours,
      gainRPerHour,
      raises,
      ...effect,
    });
  }
  return out.sort(
    (a, b) =>
      desc(a.gainRPerHour, b.gainRPerHour) ||
      desc(a.gainR, b.gainR) ||
      desc(a.gainA, b.gainA) ||
      byName(a.name, b.name),
  );
}
