// One file per group of roles; before adding, search lib/catalog for the slug and reuse it.
import type { CertificationDef } from "../types";
import { certifications as certifications_0 } from "./0";

export const certifications: CertificationDef[] = [
  ...certifications_0,
];
