// Each group of roles is listed between its markers; one file per role.
import type { RoleDef } from "../types";
// begin imports 0
// end imports 0

export const roles: RoleDef[] = [
  // begin roles 0
  // end roles 0
];
