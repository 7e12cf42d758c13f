// Skills by category, one file each; the roles-* files hold domain skills a group of roles needed.
import type { SkillDef } from "../types";
import { skills as languages } from "./languages";
import { skills as frameworks } from "./frameworks";
import { skills as databases } from "./databases";
import { skills as cloud } from "./cloud";
import { skills as devops } from "./devops";
import { skills as data } from "./data";
import { skills as aiMl } from "./ai-ml";
import { skills as security } from "./security";
import { skills as testing } from "./testing";
import { skills as design } from "./design";
import { skills as networking } from "./networking";
import { skills as practices } from "./practices";
import { skills as softSkills } from "./soft-skills";
import { skills as domain } from "./domain";
import { skills as businessTools } from "./business-tools";
import { skills as rolesTechA } from "./roles-tech-a";
import { skills as rolesTechB } from "./roles-tech-b";
import { skills as rolesTechC } from "./roles-tech-c";
import { skills as rolesBizA } from "./roles-biz-a";
import { skills as rolesBizB } from "./roles-biz-b";

export const skills: SkillDef[] = [
  ...languages,
  ...frameworks,
  ...databases,
  ...cloud,
  ...devops,
  ...data,
  ...aiMl,
  ...security,
  ...testing,
  ...design,
  ...networking,
  ...practices,
  ...softSkills,
  ...domain,
  ...businessTools,
  ...rolesTechA,
  ...rolesTechB,
  ...rolesTechC,
  ...rolesBizA,
  ...rolesBizB,
];
