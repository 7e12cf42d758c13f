// Roles of group biz-a: import each role file and list it here.
import type { RoleDef } from "../types";

export const roles: RoleDef[] = [];
