import { describe, expect, it } from "vitest";
import { filterRoles, type RoleSummary } from "./roles-view";
import { searchSkills } from "./skill-search";
import type { SkillDef } from "./types";

const role = (
  slug: string,
  title: string,
  riskScore: number,
  industry: RoleSummary["industry"],
  aliases: string[] = [],
): RoleSummary => ({
  slug,
  title,
  industry,
  industryLabel: industry,
  socCode: null,
  riskScore,
  riskCategory: riskScore < 4 ? "low" : riskScore < 7 ? "moderate" : "high",
  aliases,
});
const roles = [
  role("backend-developer", "Backend Developer", 5, "technology", ["Back-end engineer", "API developer"]),
  role("registered-nurse", "Registered Nurse", 2.1, "healthcare", ["RN"]),
  role("data-entry-clerk", "Data Entry Clerk", 7.8, "administration"),
];

describe("filterRoles", () => {
  it("finds a role by an alias, every word counting", () => {
    expect(filterRoles(roles, { q: "back-end engineer" }).map((r) => r.slug)).toEqual(["backend-developer"]);
    expect(filterRoles(roles, { q: "rn" }).map((r) => r.slug)).toEqual(["registered-nurse"]);
    expect(filterRoles(roles, { q: "nurse developer" })).toEqual([]);
  });

  it("filters by industry and risk category", () => {
    expect(filterRoles(roles, { industry: "healthcare" }).map((r) => r.slug)).toEqual(["registered-nurse"]);
    expect(filterRoles(roles, { risk: "high" }).map((r) => r.slug)).toEqual(["data-entry-clerk"]);
  });

  it("sorts by risk either way, or by title", () => {
    expect(filterRoles(roles, {}).map((r) => r.riskScore)).toEqual([7.8, 5, 2.1]);
    expect(filterRoles(roles, { sort: "risk-asc" }).map((r) => r.riskScore)).toEqual([2.1, 5, 7.8]);
    expect(filterRoles(roles, { sort: "title" }).map((r) => r.title)).toEqual([
      "Backend Developer",
      "Data Entry Clerk",
      "Registered Nurse",
    ]);
  });
});

describe("searchSkills", () => {
  const skills: SkillDef[] = [
    { slug: "kubernetes", name: "Kubernetes", category: "devops", aliases: ["k8s"], description: "x" },
    {
      slug: "go",
      name: "Go",
      category: "language",
      aliases: ["Golang"],
      caseSensitive: true,
      description: "x",
    },
    { slug: "google-cloud", name: "Google Cloud", category: "cloud", aliases: ["GCP"], description: "x" },
    { slug: "mongodb", name: "MongoDB", category: "database", description: "x" },
  ];

  it("finds a skill by alias and says which alias matched", () => {
    expect(searchSkills(skills, "k8s")[0]).toMatchObject({ slug: "kubernetes", matchedAlias: "k8s" });
    expect(searchSkills(skills, "golang")[0]).toMatchObject({ slug: "go", matchedAlias: "Golang" });
  });

  it("ranks exact, then prefix, then substring matches", () => {
    expect(searchSkills(skills, "go").map((s) => s.slug)).toEqual(["go", "google-cloud", "mongodb"]);
  });

  it("returns nothing for an empty query", () => {
    expect(searchSkills(skills, "   ")).toEqual([]);
  });
});
