import "server-only";
import { analyzeProfile, type ProfileAnalysis } from "@/lib/analysis/analyze-profile";
import { analysisLookups } from "@/lib/analysis/ai-tools-and-names";
import { catalog } from "@/lib/catalog";
import { findRole } from "@/lib/catalog/by-slug";
import { getProfile, type UserProfile } from "@/lib/profile/queries";

const lookups = analysisLookups(catalog);

/** The user's profile analysed against their current and target role: what every signed-in view shows. */
export interface ProfileAnalyses {
  profile: UserProfile;
  current: ProfileAnalysis | null;
  target: ProfileAnalysis | null;
}

/** Catalog skills at their levels; custom and retired skills cover no catalog task. */
export function levelsOf(profile: UserProfile): Map<string, number> {
  return new Map(profile.skills.flatMap((s) => (s.skillSlug ? [[s.skillSlug, s.level] as const] : [])));
}

function analyze(roleSlug: string | null, levels: Map<string, number>): ProfileAnalysis | null {
  const role = findRole(roleSlug);
  return role
    ? analyzeProfile({
        role,
        profile: levels,
        roles: catalog.roles,
        certifications: catalog.certifications,
        ...lookups,
      })
    : null;
}

/**
 * "Analyse this user's profile", in one place: the dashboard, its target page and the resume
 * suggestions start here. Skill levels become one lookup at this edge.
 */
export async function analyzeUserProfile(userId: string): Promise<ProfileAnalyses> {
  const profile = await getProfile(userId);
  const levels = levelsOf(profile);
  return {
    profile,
    current: analyze(profile.roleSlug, levels),
    target:
      profile.targetRoleSlug && profile.targetRoleSlug !== profile.roleSlug
        ? analyze(profile.targetRoleSlug, levels)
        : null,
  };
}
