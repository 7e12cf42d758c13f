// Roles of group tech-a: import each role file and list it here.
import type { RoleDef } from "../types";
import { aiEngineer } from "./ai-engineer";
import { backendDeveloper } from "./backend-developer";
import { embeddedSystemsEngineer } from "./embedded-systems-engineer";
import { frontendDeveloper } from "./frontend-developer";
import { fullStackDeveloper } from "./full-stack-developer";
import { gameDeveloper } from "./game-developer";
import { mobileDeveloper } from "./mobile-developer";
import { qaEngineer } from "./qa-engineer";

export const roles: RoleDef[] = [
  backendDeveloper,
  frontendDeveloper,
  fullStackDeveloper,
  mobileDeveloper,
  gameDeveloper,
  embeddedSystemsEngineer,
  qaEngineer,
  aiEngineer,
];
