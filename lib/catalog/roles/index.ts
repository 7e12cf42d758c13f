// One list per group of roles; each role lives in its own file and is listed in its group.
import type { RoleDef } from "../types";
import { roles as 0 } from "./group-0";

export const roles: RoleDef[] = [
  ...0,
];
