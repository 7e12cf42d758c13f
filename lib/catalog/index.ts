import { certifications } from "./certifications";
import { researchSignals } from "./research-signals";
import { roles } from "./roles";
import { skills as baseSkills } from "./skills";
import { aiTools } from "./tools";
import type { AiToolDef, SkillDef } from "./types";

export type * from "./types";

/** Every AI tool is also a skill (category "ai-tool"): having it in a profile means using the tool. */
function toolSkill(tool: AiToolDef): SkillDef {
  return {
    slug: tool.slug,
    name: tool.name,
    category: "ai-tool",
    aliases: tool.aliases,
    caseSensitive: tool.caseSensitive,
    description: tool.description,
  };
}

export const catalog = {
  roles,
  skills: [...baseSkills, ...aiTools.map(toolSkill)],
  aiTools,
  certifications,
  researchSignals,
};

export type Catalog = typeof catalog;
