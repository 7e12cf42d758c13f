// One file per group of roles; before adding, search lib/catalog for the slug and reuse it.
import type { AiToolDef } from "../types";
import { aiTools as techA } from "./tech-a";
import { aiTools as techB } from "./tech-b";
import { aiTools as techC } from "./tech-c";
import { aiTools as bizA } from "./biz-a";
import { aiTools as bizB } from "./biz-b";

export const aiTools: AiToolDef[] = [...techA, ...techB, ...techC, ...bizA, ...bizB];
