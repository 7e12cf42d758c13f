// Skills that roles of group tech-b needed and the category files lacked.
import type { SkillDef } from "../types";

export const skills: SkillDef[] = [];
