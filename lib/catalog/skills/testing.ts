import type { SkillDef } from "../types";

export const skills: SkillDef[] = [];
