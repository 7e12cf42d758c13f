// A small hand-made role whose figures are worked out by hand in the tests (imported only by tests).
import type { CertificationDef, TaskDef } from "@/lib/catalog/types";
import type { AnalysisRole } from "@/lib/analysis/role-figures";

const atRisk = (slug: string, importance: number, exposure: number, skills: [string, number][]): TaskDef => ({
  slug,
  title: `Task ${slug}`,
  description: "",
  kind: "at_risk",
  timeline: "now",
  importance,
  exposure,
  skills: skills.map(([skill, weight]) => ({ skill, weight })),
});

const safe = (slug: string, importance: number, exposure: number, skills: [string, number][]): TaskDef => ({
  slug,
  title: `Task ${slug}`,
  description: "",
  kind: "safe",
  protectedBy: ["judgment"],
  importance,
  exposure,
  skills: skills.map(([skill, weight]) => ({ skill, weight })),
});

/**
 * E = 10·(0.4·0.8 + 0.2·0.6 + 0.3·0.2 + 0.1·0.1) = 10·0.51 = 5.1.
 * Tool t1 augments a1; t2 automates a2 and acts on s1.
 */
export const exampleRole: AnalysisRole = {
  slug: "example",
  title: "Example",
  tasks: [
    atRisk("a1", 0.4, 0.8, [
      ["x", 3],
      ["y", 1],
    ]),
    atRisk("a2", 0.2, 0.6, [
      ["y", 1],
      ["z", 1],
    ]),
    safe("s1", 0.3, 0.2, [
      ["u", 2],
      ["v", 2],
    ]),
    safe("s2", 0.1, 0.1, [
      ["v", 1],
      ["x", 1],
    ]),
  ],
  tools: [
    { tool: "t1", effect: "augments", tasks: ["a1"], note: "Drafts a1." },
    { tool: "t2", effect: "automates", tasks: ["a2", "s1"], note: "Does a2." },
  ],
  certifications: ["c1", "c2", "c3", "c4"],
};

/**
 * Coverage: a1 = (3·1 + 1·0)/4 = 0.75, a2 = (0 + 1·0.6)/2 = 0.3, s1 = (2·0.2 + 0)/4 = 0.1,
 * s2 = (0 + 1·1)/2 = 0.5. Uses t1, so a1 is leveraged.
 */
export const exampleProfile: ReadonlyMap<string, number> = new Map([
  ["x", 5],
  ["z", 3],
  ["u", 1],
  ["t1", 2],
]);

const cert = (slug: string, skills: string[], prepHours: number): CertificationDef => ({
  slug,
  name: `Cert ${slug}`,
  issuer: "Issuer",
  level: "associate",
  skills,
  prepHours,
  url: "https://example.com",
});

export const exampleCertifications: CertificationDef[] = [
  cert("c1", ["u", "v"], 40),
  cert("c2", ["z"], 10), // z is already 3: raises nothing
  cert("c3", ["q"], 5), // q is not used by the role: no gain
  cert("c4", ["v"], 10),
  cert("c9", ["v"], 1), // not listed by the role
];
