import { describe, expect, it } from "vitest";
import { roleExposure } from "../analysis/role-exposure";
import { catalog, type Catalog } from "./index";
import { researchAgreement } from "./research";
import type { RoleDef } from "./types";
import { validateCatalog } from "./validate";

/** The real catalog with one role replaced, to check each rule catches its own kind of damage. */
function withRole(slug: string, change: (r: RoleDef) => RoleDef): Catalog {
  return { ...catalog, roles: catalog.roles.map((r) => (r.slug === slug ? change(structuredClone(r)) : r)) };
}
const problems = (c: Catalog) => validateCatalog(c).join("\n");

describe("the shipped catalog", () => {
  it("is valid", () => {
    expect(validateCatalog(catalog)).toEqual([]);
  });

  it("is broad: 40+ roles, 24+ in technology, 16+ in 5+ other industries, 800+ skills", () => {
    const tech = catalog.roles.filter((r) => r.industry === "technology");
    const other = catalog.roles.filter((r) => r.industry !== "technology");
    expect(catalog.roles.length).toBeGreaterThanOrEqual(40);
    expect(tech.length).toBeGreaterThanOrEqual(24);
    expect(other.length).toBeGreaterThanOrEqual(16);
    expect(new Set(other.map((r) => r.industry)).size).toBeGreaterThanOrEqual(5);
    expect(catalog.skills.length).toBeGreaterThanOrEqual(800);
  });

  it("spans low to high risk, with the Backend Developer at 5.0", () => {
    const scores = catalog.roles.map((r) => roleExposure(r.tasks));
    expect(Math.min(...scores)).toBeLessThan(4);
    expect(Math.max(...scores)).toBeGreaterThanOrEqual(7);
    expect(roleExposure(catalog.roles.find((r) => r.slug === "backend-developer")!.tasks)).toBe(5);
  });

  it("ranks roles like the published research (Spearman ≥ 0.6 against the mean percentile)", () => {
    const { n, rho } = researchAgreement(catalog.roles, catalog.researchSignals);
    expect(n).toBeGreaterThanOrEqual(30);
    expect(rho).toBeGreaterThanOrEqual(0.6);
  });
});

describe("validation catches", () => {
  const slug = "backend-developer";

  it("a broken skill, tool, certification or related-role reference", () => {
    expect(problems(withRole(slug, (r) => ((r.tasks[0].skills[0].skill = "no-such-skill"), r)))).toMatch(
      /unknown skill no-such-skill/,
    );
    expect(problems(withRole(slug, (r) => ((r.tools[0].tool = "no-such-tool"), r)))).toMatch(
      /unknown AI tool no-such-tool/,
    );
    expect(problems(withRole(slug, (r) => ((r.certifications[0] = "no-such-cert"), r)))).toMatch(
      /unknown certification no-such-cert/,
    );
    expect(problems(withRole(slug, (r) => ((r.related[0] = "no-such-role"), r)))).toMatch(
      /bad related role no-such-role/,
    );
    expect(problems(withRole(slug, (r) => ((r.tools[0].tasks = ["no-such-task"]), r)))).toMatch(
      /unknown task no-such-task/,
    );
  });

  it("an empty section", () => {
    expect(problems(withRole(slug, (r) => ({ ...r, tools: [] })))).toMatch(/0 AI tools/);
    expect(problems(withRole(slug, (r) => ({ ...r, adaptation: [] })))).toMatch(/0 adaptation steps/);
    expect(problems(withRole(slug, (r) => ({ ...r, certifications: [] })))).toMatch(/0 certifications/);
    expect(
      problems(withRole(slug, (r) => ({ ...r, tasks: r.tasks.filter((t) => t.kind === "at_risk") }))),
    ).toMatch(/0 safe tasks/);
  });

  it("shares that do not sum to 1", () => {
    expect(problems(withRole(slug, (r) => ((r.tasks[0].importance += 0.05), r)))).toMatch(
      /shares sum to 1\.0500/,
    );
  });

  it("a duplicate slug or an alias naming two skills", () => {
    expect(problems({ ...catalog, roles: [...catalog.roles, catalog.roles[0]] })).toMatch(
      /duplicate role slug/,
    );
    const [a, b] = catalog.skills;
    const clash = {
      ...catalog,
      skills: [
        a,
        { ...b, aliases: [...(b.aliases ?? []), a.name.toUpperCase()] },
        ...catalog.skills.slice(2),
      ],
    };
    expect(problems(clash)).toMatch(/alias clash/);
  });

  it("a task with fewer than two skills, or exposure out of range", () => {
    expect(problems(withRole(slug, (r) => ((r.tasks[0].skills = r.tasks[0].skills.slice(0, 1)), r)))).toMatch(
      /needs at least 2 skills/,
    );
    expect(problems(withRole(slug, (r) => ((r.tasks[0].exposure = 1.2), r)))).toMatch(/exposure must be 0–1/);
  });
});
