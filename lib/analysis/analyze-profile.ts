import { analyzeRole, type RoleAnalysis } from "./analyze-role";
import type { AnalysisLookups } from "./ai-tools-and-names";
import {
  recommendCertifications,
  type CertificationInput,
  type CertificationRecommendation,
} from "./recommend-certifications";
import { recommendSkills, type SkillRecommendation } from "./recommend-skills";
import { recommendTools, type ToolRecommendation } from "./recommend-tools";
import type { AnalysisRole } from "./role-figures";
import { roleMoves, type MoveRole, type RoleMove } from "./role-moves";
import { toLevelOf, type SkillLevels } from "./skill-profile";

export interface ProfileAnalysisLimits {
  skills: number;
  tools: number;
  certifications: number;
  moves: number;
}

export const DEFAULT_LIMITS: ProfileAnalysisLimits = { skills: 5, tools: 3, certifications: 3, moves: 3 };

export interface AnalyzeProfileInput extends Partial<AnalysisLookups> {
  role: AnalysisRole;
  profile: SkillLevels;
  /** Every role, for role moves (the current one is skipped). Omit for no moves. */
  roles?: readonly MoveRole[];
  /** Certification definitions; the ones the role lists are considered. */
  certifications?: readonly CertificationInput[];
  limit?: Partial<ProfileAnalysisLimits>;
  /** Minimum coverage of another role for it to count as a move (default 0.3). */
  minMoveCoverage?: number;
}

export interface ProfileAnalysis {
  analysis: RoleAnalysis;
  recommendations: {
    skills: SkillRecommendation[];
    tools: ToolRecommendation[];
    certifications: CertificationRecommendation[];
  };
  roleMoves: RoleMove[];
}

/**
 * The dashboard's single call: the role analysed for the profile, the top recommendations and the
 * top role moves. Typical use:
 *   analyzeProfile({ role, profile, roles: catalog.roles, certifications: catalog.certifications, ...lookups })
 * with `lookups = analysisLookups(catalog)` built once.
 */
export function analyzeProfile(input: AnalyzeProfileInput): ProfileAnalysis {
  const { role, aiToolSlugs, names } = input;
  const limit = { ...DEFAULT_LIMITS, ...input.limit };
  // Read the map once into a lookup shared by every step.
  const levels = toLevelOf(input.profile);
  return {
    analysis: analyzeRole(role, levels, aiToolSlugs),
    recommendations: {
      skills: recommendSkills(role, levels, { aiToolSlugs, names }).slice(0, limit.skills),
      tools: recommendTools(role, levels, { names }).slice(0, limit.tools),
      certifications: recommendCertifications(role, levels, input.certifications ?? [], { names }).slice(
        0,
        limit.certifications,
      ),
    },
    roleMoves: roleMoves(input.roles ?? [], levels, role, { minCoverage: input.minMoveCoverage }).slice(
      0,
      limit.moves,
    ),
  };
}
