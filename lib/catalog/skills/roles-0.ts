// Skills that roles of group 0 needed and the category files lacked.
import type { SkillDef } from "../types";

export const skills: SkillDef[] = [];
