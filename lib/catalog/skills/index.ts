// Skills by category, one file each; the roles-* files hold domain skills a group of roles needed.
import type { SkillDef } from "../types";
import { skills as languages } from "./languages";
import { skills as frameworks } from "./frameworks";
import { skills as databases } from "./databases";
import { skills as cloud } from "./cloud";
import { skills as devops } from "./devops";
import { skills as data } from "./data";
import { skills as ai_ml } from "./ai-ml";
import { skills as security } from "./security";
import { skills as testing } from "./testing";
import { skills as design } from "./design";
import { skills as networking } from "./networking";
import { skills as practices } from "./practices";
import { skills as soft_skills } from "./soft-skills";
import { skills as domain } from "./domain";
import { skills as business_tools } from "./business-tools";
import { skills as roles_0 } from "./roles-0";

export const skills: SkillDef[] = [
  ...languages,
  ...frameworks,
  ...databases,
  ...cloud,
  ...devops,
  ...data,
  ...ai_ml,
  ...security,
  ...testing,
  ...design,
  ...networking,
  ...practices,
  ...soft_skills,
  ...domain,
  ...business_tools,
  ...roles_0,
];
