import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TaskDef } from "@/lib/catalog/types";
import { roleExposure } from "./role-exposure";
import { roleCoverage, roleMoves, type MoveRole } from "./role-moves";
import { isSortedBy, profileArb, roleArb } from "@/test/analysis/arbitraries";
import { exampleProfile, exampleRole } from "@/test/analysis/fixtures";

const task = (importance: number, exposure: number, skill: string): TaskDef => ({
  slug: `${skill}-${importance}-${exposure}`,
  title: "T",
  description: "",
  kind: "safe",
  protectedBy: ["judgment"],
  importance,
  exposure,
  skills: [{ skill, weight: 1 }],
});
const role = (slug: string, tasks: TaskDef[]): MoveRole => ({ slug, title: slug.toUpperCase(), tasks });

// Profile: x = 5, so a task on x is fully covered and one on q not at all. Current E = 5.1.
const roles: MoveRole[] = [
  exampleRole,
  role("analyst", [task(1, 0.3, "x")]), // coverage 1, E 3.0
  role("unreachable", [task(1, 0.2, "q")]), // coverage 0
  role("riskier", [task(1, 0.9, "x")]), // E 9.0
  role("half", [task(0.5, 0.1, "x"), task(0.5, 0.1, "q")]), // coverage 0.5, E 1.0
  role("same", [task(1, 0.51, "x")]), // E 5.1, not lower
];

describe("roleMoves", () => {
  it("keeps lower-E roles the user covers, most covered first", () => {
    expect(roleMoves(roles, exampleProfile, exampleRole)).toEqual([
      { slug: "analyst", title: "ANALYST", coverage: 1, exposure: 3, exposureDelta: -2.1 },
      { slug: "half", title: "HALF", coverage: 0.5, exposure: 1, exposureDelta: -4.1 },
    ]);
  });

  it("takes the coverage threshold as a parameter", () => {
    expect(roleMoves(roles, exampleProfile, exampleRole, { minCoverage: 0.6 }).map((m) => m.slug)).toEqual([
      "analyst",
    ]);
    expect(roleMoves(roles, new Map(), exampleRole, { minCoverage: 0 }).map((m) => m.slug)).toEqual([
      "half",
      "unreachable",
      "analyst",
    ]);
  });

  it("computes role coverage as Σ i·c (over Σ i)", () => {
    // 0.4·0.75 + 0.2·0.3 + 0.3·0.1 + 0.1·0.5 = 0.44
    expect(roleCoverage(exampleRole, exampleProfile)).toBeCloseTo(0.44, 12);
    expect(roleCoverage(role("none", []), exampleProfile)).toBe(0);
  });

  it("only returns reachable, lower-exposure roles, sorted by coverage then E", () => {
    const others = fc.array(roleArb(), { maxLength: 6 });
    const threshold = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(others, roleArb("current"), profileArb, threshold, (rest, current, profile, min) => {
        const all = [current, ...rest.map((r, k) => ({ ...r, slug: `o${k}` }))];
        const moves = roleMoves(all, profile, current, { minCoverage: min });
        const currentE = roleExposure(current.tasks);
        for (const m of moves) {
          expect(m.slug).not.toBe("current");
          expect(m.exposure).toBeLessThan(currentE);
          expect(m.coverage).toBeGreaterThanOrEqual(min);
        }
        expect(isSortedBy(moves, [(m) => m.coverage, (m) => -m.exposure])).toBe(true);
      }),
    );
  });
});
