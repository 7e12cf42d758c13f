// Skills that roles of group biz-b needed and the category files lacked.
import type { SkillDef } from "../types";

export const skills: SkillDef[] = [];
