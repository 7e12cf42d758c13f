// Roles of group 0: import each role file and list it here.
import type { RoleDef } from "../types";

export const roles: RoleDef[] = [];
