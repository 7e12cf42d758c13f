import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { analyzeProfile } from "./analyze-profile";
import { analysisLookups } from "./ai-tools-and-names";
import { exampleCertifications, exampleProfile, exampleRole } from "@/test/analysis/fixtures";

describe("analyzeProfile on the hand-made example", () => {
  it("bundles the analysis, recommendations and moves, cut to the limits", () => {
    // E 1.0, coverage 0.5
    const other = { slug: "calm", title: "Calm", tasks: [{ ...exampleRole.tasks[3], importance: 1 }] };
    const input = {
      role: exampleRole,
      profile: exampleProfile,
      roles: [exampleRole, other],
      certifications: exampleCertifications,
    };
    const full = analyzeProfile(input);
    expect(full.analysis.exposure).toBe(5.1);
    expect(full.recommendations.skills.map((r) => r.skill)).toEqual(["v", "u"]);
    expect(full.recommendations.tools.map((r) => r.tool)).toEqual(["t2"]);
    expect(full.recommendations.certifications.map((r) => r.certification)).toEqual(["c4", "c1"]);
    expect(full.roleMoves.map((m) => m.slug)).toEqual(["calm"]);

    const cut = analyzeProfile({ ...input, limit: { skills: 1, certifications: 0 }, minMoveCoverage: 0.6 });
    expect(cut.recommendations.skills.map((r) => r.skill)).toEqual(["v"]);
    expect(cut.recommendations.tools).toHaveLength(1);
    expect(cut.recommendations.certifications).toEqual([]);
    expect(cut.roleMoves).toEqual([]);
  });
});

describe("analyzeProfile on the catalog", () => {
  const lookups = analysisLookups(catalog);
  const role = catalog.roles.find((r) => r.slug === "backend-developer")!;
  const input = { role, roles: catalog.roles, certifications: catalog.certifications, ...lookups };

  it("gives an empty profile P = null, R = 0, A = 0 and recommends safe-side skills, tools and certifications", () => {
    const result = analyzeProfile({ ...input, profile: new Map() });
    expect(result.analysis).toMatchObject({
      exposure: 5,
      personalExposure: null,
      resilience: 0,
      aiLeverage: 0,
    });
    expect(result.recommendations.skills).toHaveLength(5);
    expect(result.recommendations.tools.length).toBeGreaterThan(0);
    for (const rec of result.recommendations.skills) {
      expect(lookups.aiToolSlugs.has(rec.skill)).toBe(false);
      expect(rec.name).toBe(lookups.names.get(rec.skill));
    }
    expect(result.roleMoves).toEqual([]); // nothing is covered, so no role is reachable
  });
});
