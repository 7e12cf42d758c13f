import type { AiToolDef } from "../types";

export const aiTools: AiToolDef[] = [];
