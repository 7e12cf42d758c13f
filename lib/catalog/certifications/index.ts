// One file per group of roles; before adding, search lib/catalog for the slug and reuse it.
import type { CertificationDef } from "../types";
import { certifications as techA } from "./tech-a";
import { certifications as techB } from "./tech-b";
import { certifications as techC } from "./tech-c";
import { certifications as bizA } from "./biz-a";
import { certifications as bizB } from "./biz-b";

export const certifications: CertificationDef[] = [...techA, ...techB, ...techC, ...bizA, ...bizB];
