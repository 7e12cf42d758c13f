import type { CertificationDef } from "../types";

export const certifications: CertificationDef[] = [];
