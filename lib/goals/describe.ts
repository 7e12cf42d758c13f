import { catalog } from "@/lib/catalog";
import { findSkill } from "@/lib/catalog/by-slug";
import { levelName } from "@/lib/profile/levels";
import type { GoalKind } from "@/db/schema";

const certifications = new Map(catalog.certifications.map((c) => [c.slug, c]));
export const findCertification = (slug: string | null | undefined) =>
  slug ? certifications.get(slug) : undefined;

/**
 * The title of a goal that points into the catalog, or undefined when the target does not exist
 * (or a tool goal names something that is not an AI tool).
 */
export function catalogGoalTitle(
  kind: Exclude<GoalKind, "manual">,
  targetSlug: string,
  level?: number | null,
): string | undefined {
  if (kind === "certification") {
    const cert = findCertification(targetSlug);
    return cert && `Earn ${cert.name}`;
  }
  const skill = findSkill(targetSlug);
  if (!skill || (kind === "tool" && skill.category !== "ai-tool")) return undefined;
  return kind === "tool"
    ? `Adopt ${skill.name} (level ${level ?? 3}, ${levelName(level ?? 3)})`
    : `Reach ${skill.name} at level ${level ?? 3} (${levelName(level ?? 3)})`;
}
