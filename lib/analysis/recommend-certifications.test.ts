import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeRole } from "./analyze-role";
import { recommendCertifications } from "./recommend-certifications";
import { certificationsArb, isSortedBy, profileArb, roleArb } from "@/test/analysis/arbitraries";
import { exampleCertifications, exampleProfile, exampleRole } from "@/test/analysis/fixtures";

describe("recommendCertifications on the hand-made example", () => {
  const recs = recommendCertifications(exampleRole, exampleProfile, exampleCertifications);

  it("ranks by gain in R per preparation hour and drops zero-gain ones", () => {
    // c4 (v → 3): +0.3 in 10 h = 0.03/h. c1 (u, v → 3): s1 = 0.6, s2 = 0.8, R = (0.18 + 0.08)/0.4 = 0.65,
    // +0.45 in 40 h = 0.01125/h. c2 raises nothing (z is 3), c3 raises only q, unused by the role;
    // c9 is not one of the role's certifications.
    expect(recs.map((r) => r.certification)).toEqual(["c4", "c1"]);
    expect(recs[0].gainRPerHour).toBeCloseTo(0.03, 12);
    expect(recs[1]).toMatchObject({
      prepHours: 40,
      gainR: expect.closeTo(0.45, 12),
      gainRPerHour: expect.closeTo(0.01125, 12),
    });
  });

  it("lists the skills it raises and the tasks that explain the gain", () => {
    expect(recs[1].raises).toEqual([
      { skill: "u", name: "u", from: 1, to: 3 },
      { skill: "v", name: "v", from: 0, to: 3 },
    ]);
    expect(recs[1].tasks.map((t) => [t.slug, t.coverageAfter])).toEqual([
      ["s1", expect.closeTo(0.6, 12)],
      ["s2", expect.closeTo(0.8, 12)],
    ]);
  });
});

describe("recommendCertifications properties", () => {
  it("states exactly the gain a re-analysis gives, sorted by gain per hour", () => {
    fc.assert(
      fc.property(roleArb(), profileArb, certificationsArb, (role, profile, certs) => {
        const recs = recommendCertifications(role, profile, certs);
        const before = analyzeRole(role, profile);
        for (const rec of recs) {
          expect(role.certifications).toContain(rec.certification);
          const cert = certs.find((c) => c.slug === rec.certification)!;
          const changed = new Map(profile);
          for (const s of cert.skills) changed.set(s, Math.max(profile.get(s) ?? 0, 3));
          const after = analyzeRole(role, changed);
          expect(rec.gainR).toBe(after.resilience - before.resilience);
          expect(rec.gainA).toBe(after.aiLeverage - before.aiLeverage);
          expect(rec.gainR > 0 || rec.gainA > 0).toBe(true);
        }
        expect(isSortedBy(recs, [(r) => r.gainRPerHour, (r) => r.gainR, (r) => r.gainA])).toBe(true);
      }),
    );
  });
});
