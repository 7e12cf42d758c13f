// Skills by category (one file each), plus the domain skills each group of roles needed.
import type { SkillDef } from "../types";
// begin imports
// end imports

export const skills: SkillDef[] = [
  // begin skills
  // end skills
];
