// fast-check generators shared by the analysis tests (imported only by *.test.ts files).
// Slugs come from small pools so that tasks, tools, certifications and profiles overlap often.
import fc from "fast-check";
import type { CertificationDef, TaskDef } from "@/lib/catalog/types";
import type { AnalysisRole } from "@/lib/analysis/role-figures";

export const SKILL_POOL = ["s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7"];
export const TOOL_POOL = ["t0", "t1", "t2", "t3"];
export const CERT_POOL = ["c0", "c1", "c2", "c3"];

const weight = fc.integer({ min: 1, max: 5 });
const share = fc.double({ min: 0.01, max: 1, noNaN: true });
const unit = fc.double({ min: 0, max: 1, noNaN: true });

export const taskArb = (slug: string): fc.Arbitrary<TaskDef> =>
  fc
    .record({
      kind: fc.constantFrom("at_risk" as const, "safe" as const),
      importance: share,
      exposure: unit,
      // Tasks may name an AI tool as a skill too: the tool recommendations must handle that.
      skills: fc.array(fc.record({ skill: fc.constantFrom(...SKILL_POOL, "t0"), weight }), {
        minLength: 1,
        maxLength: 4,
      }),
    })
    .map(({ kind, importance, exposure, skills }): TaskDef => {
      const base = { slug, title: slug.toUpperCase(), description: "", importance, exposure, skills };
      return kind === "at_risk"
        ? { ...base, kind, timeline: "now" }
        : { ...base, kind, protectedBy: ["judgment"] };
    });

export const roleArb = (slug = "r"): fc.Arbitrary<AnalysisRole> =>
  fc.integer({ min: 1, max: 7 }).chain((n) =>
    fc.record({
      slug: fc.constant(slug),
      title: fc.constant(slug.toUpperCase()),
      tasks: fc.tuple(...Array.from({ length: n }, (_, k) => taskArb(`k${k}`))),
      tools: fc.uniqueArray(
        fc.record({
          tool: fc.constantFrom(...TOOL_POOL),
          effect: fc.constantFrom("augments" as const, "automates" as const),
          tasks: fc.subarray(Array.from({ length: n }, (_, k) => `k${k}`)),
          note: fc.constant(""),
        }),
        { selector: (t) => t.tool, maxLength: TOOL_POOL.length },
      ),
      certifications: fc.subarray(CERT_POOL),
    }),
  );

export const profileArb: fc.Arbitrary<Map<string, number>> = fc
  .dictionary(fc.constantFrom(...SKILL_POOL, ...TOOL_POOL), fc.integer({ min: 0, max: 5 }))
  .map((d) => new Map(Object.entries(d)));

export const certificationsArb: fc.Arbitrary<CertificationDef[]> = fc.tuple(
  ...CERT_POOL.map((slug) =>
    fc.record({
      slug: fc.constant(slug),
      name: fc.constant(slug.toUpperCase()),
      issuer: fc.constant("Issuer"),
      level: fc.constant("associate" as const),
      skills: fc.subarray([...SKILL_POOL, ...TOOL_POOL], { minLength: 1 }),
      prepHours: fc.integer({ min: 1, max: 200 }),
      url: fc.constant("https://example.com"),
    }),
  ),
);

/** The profile with one skill set to a level. */
export const withLevel = (profile: ReadonlyMap<string, number>, skill: string, level: number) =>
  new Map(profile).set(skill, level);

/** True when the list is sorted by the keys, each descending, later keys breaking ties. */
export function isSortedBy<T>(items: readonly T[], keys: ((item: T) => number)[]): boolean {
  for (let k = 1; k < items.length; k++) {
    for (const key of keys) {
      const prev = key(items[k - 1]);
      const next = key(items[k]);
      if (prev > next) break;
      if (prev < next) return false;
    }
  }
  return true;
}
