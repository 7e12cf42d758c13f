// One list per group of roles; each role lives in its own file and is listed in its group.
import type { RoleDef } from "../types";
import { roles as techA } from "./group-tech-a";
import { roles as techB } from "./group-tech-b";
import { roles as techC } from "./group-tech-c";
import { roles as bizA } from "./group-biz-a";
import { roles as bizB } from "./group-biz-b";

export const roles: RoleDef[] = [...techA, ...techB, ...techC, ...bizA, ...bizB];
