import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { analyzeRole } from "./analyze-role";
import { profileArb, roleArb } from "@/test/analysis/arbitraries";
import { exampleProfile, exampleRole } from "@/test/analysis/fixtures";

describe("analyzeRole on the hand-made example", () => {
  const analysis = analyzeRole(exampleRole, exampleProfile);

  it("computes E, P, R and A as worked out by hand", () => {
    expect(analysis.exposure).toBe(5.1);
    // P: numerator 0.4·0.75·0.8 + 0.2·0.3·0.6 + 0.3·0.1·0.2 + 0.1·0.5·0.1 = 0.287,
    //    denominator 0.3 + 0.06 + 0.03 + 0.05 = 0.44
    expect(analysis.personalExposure).toBeCloseTo((10 * 0.287) / 0.44, 12);
    expect(analysis.personalExposureMissing).toBeNull();
    // R: (0.3·0.1 + 0.1·0.5) / (0.3 + 0.1) = 0.08 / 0.4
    expect(analysis.resilience).toBeCloseTo(0.2, 12);
    // A: t1 is used and acts on a1 (0.4) of at-risk 0.6; t2 (a2) is not used
    expect(analysis.aiLeverage).toBeCloseTo(0.4 / 0.6, 12);
  });

  it("explains every figure per task", () => {
    expect(analysis.tasks.map((t) => t.coverage)).toEqual(
      [0.75, 0.3, 0.1, 0.5].map((c) => expect.closeTo(c, 12)),
    );
    const [a1, , s1] = analysis.tasks;
    expect(a1).toMatchObject({
      slug: "a1",
      kind: "at_risk",
      timeline: "now",
      exposureContribution: expect.closeTo(0.32, 12),
      personalNumerator: expect.closeTo(0.24, 12),
      personalDenominator: expect.closeTo(0.3, 12),
      resilienceContribution: 0,
      toolsUsed: ["t1"],
      leveraged: true,
    });
    expect(a1.skills).toEqual([
      { skill: "x", weight: 3, level: 5, contribution: 0.75, aiTool: false },
      { skill: "y", weight: 1, level: 0, contribution: 0, aiTool: false },
    ]);
    expect(s1).toMatchObject({
      timeline: null,
      resilienceContribution: expect.closeTo(0.03, 12),
      leveraged: false,
    });
    expect(analysis.totals).toEqual({
      exposureSum: expect.closeTo(0.51, 12),
      personalNumerator: expect.closeTo(0.287, 12),
      personalDenominator: expect.closeTo(0.44, 12),
      safeImportance: expect.closeTo(0.4, 12),
      safeCovered: expect.closeTo(0.08, 12),
      atRiskImportance: expect.closeTo(0.6, 12),
      atRiskLeveraged: expect.closeTo(0.4, 12),
    });
  });

  it("returns P = null with the reason when nothing is covered", () => {
    const empty = analyzeRole(exampleRole, new Map([["t1", 3]]));
    expect(empty).toMatchObject({
      exposure: 5.1,
      personalExposure: null,
      personalExposureMissing: "no-coverage",
    });
    expect(empty.resilience).toBe(0);
    // Using a tool is leverage even before any coverage.
    expect(empty.aiLeverage).toBeCloseTo(0.4 / 0.6, 12);
  });

  it("marks covering skills that are AI tools (role tools and catalog tools)", () => {
    const role = {
      ...exampleRole,
      tasks: [
        {
          ...exampleRole.tasks[0],
          skills: [
            { skill: "t1", weight: 1 },
            { skill: "gpt", weight: 1 },
            { skill: "x", weight: 1 },
          ],
        },
      ],
    };
    const rows = analyzeRole(role, new Map(), new Set(["gpt"])).tasks[0].skills;
    expect(rows.map((s) => s.aiTool)).toEqual([true, true, false]);
  });

  it("handles roles with no safe or no at-risk work without NaN", () => {
    const onlyAtRisk = { ...exampleRole, tasks: exampleRole.tasks.filter((t) => t.kind === "at_risk") };
    const onlySafe = { ...exampleRole, tasks: exampleRole.tasks.filter((t) => t.kind === "safe") };
    const full = new Map([
      ["x", 5],
      ["y", 5],
      ["z", 5],
      ["u", 5],
      ["v", 5],
      ["t1", 1],
      ["t2", 1],
    ]);
    expect(analyzeRole(onlyAtRisk, full)).toMatchObject({ resilience: 0, aiLeverage: 1 });
    expect(analyzeRole(onlySafe, full)).toMatchObject({ resilience: 1, aiLeverage: 0 });
    expect(analyzeRole({ ...exampleRole, tasks: [] }, full)).toMatchObject({
      exposure: 0,
      personalExposure: null,
      resilience: 0,
      aiLeverage: 0,
    });
  });
});

describe("analyzeRole properties", () => {
  it("keeps P in 0–10 (or null), R and A in 0–1", () => {
    fc.assert(
      fc.property(roleArb(), profileArb, (role, profile) => {
        const a = analyzeRole(role, profile);
        if (a.personalExposure !== null) {
          expect(a.personalExposure).toBeGreaterThanOrEqual(0);
          expect(a.personalExposure).toBeLessThanOrEqual(10);
        } else {
          expect(a.totals.personalDenominator).toBe(0);
        }
        for (const v of [a.resilience, a.aiLeverage]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe("analyzeRole on the catalog's Backend Developer", () => {
  const role = catalog.roles.find((r) => r.slug === "backend-developer")!;

  it("has E = 5.0 and, for an empty profile, P = null, R = 0, A = 0", () => {
    const a = analyzeRole(role, new Map());
    expect(a.exposure).toBe(5);
    expect(a.personalExposure).toBeNull();
    expect(a.resilience).toBe(0);
    expect(a.aiLeverage).toBe(0);
    expect(10 * a.totals.exposureSum).toBeCloseTo(5, 6);
  });
});
