import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeRole } from "./analyze-role";
import { recommendTools } from "./recommend-tools";
import { isSortedBy, profileArb, roleArb, withLevel } from "@/test/analysis/arbitraries";
import { exampleProfile, exampleRole } from "@/test/analysis/fixtures";

describe("recommendTools on the hand-made example", () => {
  it("recommends the unused tool with its gain in A and the tasks it acts on", () => {
    // t1 is used already. t2 acts on a2 (0.2 of at-risk 0.6): A goes from 0.4/0.6 to 0.6/0.6.
    const recs = recommendTools(exampleRole, exampleProfile, { names: new Map([["t2", "Tool Two"]]) });
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatchObject({
      tool: "t2",
      name: "Tool Two",
      effect: "automates",
      note: "Does a2.",
      actsOn: ["a2", "s1"],
    });
    expect(recs[0].gainA).toBeCloseTo(1 / 3, 12);
    expect(recs[0].gainR).toBe(0);
    expect(recs[0].aiLeverage).toBeCloseTo(1, 12);
    // s1 is listed although unchanged: the tool acts on it, which explains why it adds nothing to A there.
    expect(recs[0].tasks.map((t) => [t.slug, t.leveragedBefore, t.leveragedAfter])).toEqual([
      ["a2", false, true],
      ["s1", false, false],
    ]);
  });

  it("leaves out a tool whose tasks are all leveraged already", () => {
    const t3 = { tool: "t3", effect: "augments" as const, tasks: ["a1"], note: "" };
    const role = { ...exampleRole, tools: [...exampleRole.tools, t3] };
    expect(recommendTools(role, exampleProfile).map((r) => r.tool)).toEqual(["t2"]);
  });

  it("counts R when the tool is also a skill of a safe task", () => {
    const tasks = exampleRole.tasks.map((t) =>
      t.slug === "s2" ? { ...t, skills: [{ skill: "t2", weight: 1 }] } : t,
    );
    const role = { ...exampleRole, tasks };
    // s2 (now only t2) coverage 0 → 0.6: R goes from 0.3·0.1/0.4 = 0.075 to (0.03 + 0.06)/0.4 = 0.225, +0.15
    const [rec] = recommendTools(role, exampleProfile);
    expect(rec.gainR).toBeCloseTo(0.15, 12);
    expect(rec.tasks.map((t) => t.slug)).toEqual(["a2", "s1", "s2"]);
  });
});

describe("recommendTools properties", () => {
  it("states exactly the gain a re-analysis gives, sorted by gain in A then R", () => {
    fc.assert(
      fc.property(roleArb(), profileArb, (role, profile) => {
        const recs = recommendTools(role, profile);
        const before = analyzeRole(role, profile);
        for (const rec of recs) {
          expect(profile.get(rec.tool) ?? 0).toBe(0);
          const after = analyzeRole(role, withLevel(profile, rec.tool, 3));
          expect(rec.gainA).toBe(after.aiLeverage - before.aiLeverage);
          expect(rec.gainR).toBe(after.resilience - before.resilience);
          expect(rec.gainA > 0 || rec.gainR > 0).toBe(true);
        }
        expect(isSortedBy(recs, [(r) => r.gainA, (r) => r.gainR])).toBe(true);
      }),
    );
  });
});
