import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeRole } from "./analyze-role";
import { recommendSkills, roleSkills } from "./recommend-skills";
import { isSortedBy, profileArb, roleArb, withLevel } from "@/test/analysis/arbitraries";
import { exampleProfile, exampleRole } from "@/test/analysis/fixtures";

describe("recommendSkills on the hand-made example", () => {
  const recs = recommendSkills(exampleRole, exampleProfile, { names: new Map([["v", "Vee"]]) });

  it("ranks the safe-task skills by their gain in R at level 3", () => {
    // v → 3: s1 = (2·0.2 + 2·0.6)/4 = 0.4, s2 = (0.6 + 1)/2 = 0.8, R = (0.12 + 0.08)/0.4 = 0.5 (+0.3)
    // u → 3: s1 = (2·0.6 + 0)/4 = 0.3, R = (0.09 + 0.05)/0.4 = 0.35 (+0.15)
    // y only feeds at-risk tasks (no gain); x and z are already ≥ 3; t1 and t2 are tools.
    expect(recs.map((r) => [r.skill, r.name, r.level])).toEqual([
      ["v", "Vee", 0],
      ["u", "u", 1],
    ]);
    expect(recs[0].gainR).toBeCloseTo(0.3, 12);
    expect(recs[0].gainA).toBe(0);
    expect(recs[0].resilience).toBeCloseTo(0.5, 12);
    expect(recs[1].gainR).toBeCloseTo(0.15, 12);
  });

  it("explains each gain with the tasks whose coverage rises", () => {
    expect(recs[0].tasks.map((t) => [t.slug, t.coverageBefore, t.coverageAfter])).toEqual([
      ["s1", expect.closeTo(0.1, 12), expect.closeTo(0.4, 12)],
      ["s2", expect.closeTo(0.5, 12), expect.closeTo(0.8, 12)],
    ]);
  });

  it("skips AI tools named as task skills", () => {
    const skills = [
      { skill: "gpt", weight: 1 },
      { skill: "u", weight: 1 },
    ];
    const role = { ...exampleRole, tasks: [{ ...exampleRole.tasks[2], skills }] };
    expect(recommendSkills(role, new Map(), { aiToolSlugs: new Set(["gpt"]) }).map((r) => r.skill)).toEqual([
      "u",
    ]);
  });
});

describe("recommendSkills properties", () => {
  it("states exactly the gain a re-analysis gives, sorted, and leaves out only zero-gain skills", () => {
    fc.assert(
      fc.property(roleArb(), profileArb, (role, profile) => {
        const recs = recommendSkills(role, profile);
        const before = analyzeRole(role, profile);
        const tools = new Set(role.tools.map((t) => t.tool));
        for (const skill of roleSkills(role)) {
          if (tools.has(skill) || (profile.get(skill) ?? 0) >= 3) continue;
          const after = analyzeRole(role, withLevel(profile, skill, 3));
          const rec = recs.find((r) => r.skill === skill);
          const gainR = after.resilience - before.resilience;
          const gainA = after.aiLeverage - before.aiLeverage;
          if (rec) {
            expect(rec.gainR).toBe(gainR);
            expect(rec.gainA).toBe(gainA);
            expect(rec.resilience).toBe(after.resilience);
          } else {
            expect(gainR > 0 || gainA > 0).toBe(false);
          }
        }
        expect(isSortedBy(recs, [(r) => r.gainR, (r) => r.gainA])).toBe(true);
      }),
    );
  });
});
