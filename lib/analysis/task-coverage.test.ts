import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coveringSkills, taskCoverage } from "./task-coverage";
import { profileArb, SKILL_POOL, taskArb, withLevel } from "@/test/analysis/arbitraries";

const task = {
  skills: [
    { skill: "x", weight: 3 },
    { skill: "y", weight: 1 },
    { skill: "z", weight: 1 },
  ],
};

describe("taskCoverage", () => {
  it("is Σ w·(l/5) / Σ w", () => {
    // (3·4/5 + 1·0 + 1·5/5) / 5 = (2.4 + 1) / 5 = 0.68
    expect(
      taskCoverage(
        task,
        new Map([
          ["x", 4],
          ["z", 5],
        ]),
      ),
    ).toBeCloseTo(0.68, 12);
    expect(taskCoverage(task, new Map())).toBe(0);
    expect(
      taskCoverage(
        task,
        new Map([
          ["x", 5],
          ["y", 5],
          ["z", 5],
        ]),
      ),
    ).toBe(1);
  });

  it("accepts a lookup function as well as a map, and clamps bad levels", () => {
    expect(taskCoverage(task, (s) => (s === "y" ? 5 : 0))).toBeCloseTo(0.2, 12);
    expect(
      taskCoverage(
        task,
        new Map([
          ["x", 9],
          ["y", -2],
          ["z", Number.NaN],
        ]),
      ),
    ).toBeCloseTo(0.6, 12);
  });

  it("gives 0, not NaN, for a task without positive weight", () => {
    expect(taskCoverage({ skills: [] }, new Map())).toBe(0);
    expect(taskCoverage({ skills: [{ skill: "x", weight: 0 }] }, new Map([["x", 5]]))).toBe(0);
  });

  it("breaks coverage down per skill, contributions summing to it", () => {
    expect(
      coveringSkills(
        task,
        new Map([
          ["x", 4],
          ["z", 5],
        ]),
      ),
    ).toEqual([
      { skill: "x", weight: 3, level: 4, contribution: expect.closeTo(0.48, 12) },
      { skill: "y", weight: 1, level: 0, contribution: 0 },
      { skill: "z", weight: 1, level: 5, contribution: expect.closeTo(0.2, 12) },
    ]);
  });

  it("never falls when a level rises, stays in 0–1, and matches its breakdown", () => {
    const anySkill = fc.constantFrom(...SKILL_POOL, "t0");
    fc.assert(
      fc.property(
        taskArb("k"),
        profileArb,
        anySkill,
        fc.integer({ min: 0, max: 5 }),
        (t, profile, skill, up) => {
          const before = taskCoverage(t, profile);
          const raised = Math.min(5, (profile.get(skill) ?? 0) + up);
          const after = taskCoverage(t, withLevel(profile, skill, raised));
          expect(after).toBeGreaterThanOrEqual(before);
          expect(before).toBeGreaterThanOrEqual(0);
          expect(after).toBeLessThanOrEqual(1);
          const parts = coveringSkills(t, profile).reduce((s, c) => s + c.contribution, 0);
          expect(parts).toBeCloseTo(before, 12);
        },
      ),
    );
  });
});
