// One file per group of roles; before adding, search lib/catalog for the slug and reuse it.
import type { AiToolDef } from "../types";
import { aiTools as aiTools_0 } from "./0";

export const aiTools: AiToolDef[] = [
  ...aiTools_0,
];
