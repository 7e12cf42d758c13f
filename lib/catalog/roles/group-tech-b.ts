// Roles of group tech-b: import each role file and list it here.
import type { RoleDef } from "../types";
import { cloudArchitect } from "./cloud-architect";
import { databaseAdministrator } from "./database-administrator";
import { devopsEngineer } from "./devops-engineer";
import { itSupportSpecialist } from "./it-support-specialist";
import { networkEngineer } from "./network-engineer";
import { securityEngineer } from "./security-engineer";
import { siteReliabilityEngineer } from "./site-reliability-engineer";
import { solutionsArchitect } from "./solutions-architect";
import { systemsAdministrator } from "./systems-administrator";

export const roles: RoleDef[] = [
  devopsEngineer,
  siteReliabilityEngineer,
  cloudArchitect,
  solutionsArchitect,
  databaseAdministrator,
  securityEngineer,
  networkEngineer,
  systemsAdministrator,
  itSupportSpecialist,
];
