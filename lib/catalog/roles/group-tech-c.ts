// Roles of group tech-c: import each role file and list it here.
import type { RoleDef } from "../types";

export const roles: RoleDef[] = [];
