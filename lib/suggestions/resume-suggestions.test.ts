import { describe, expect, it } from "vitest";
import { suggestionsMarkdown } from "./markdown";
import { resumeSuggestions, type Found } from "./resume-suggestions";

const f = (slug: string, count = 1): Found => ({
  slug,
  name: slug.toUpperCase(),
  category: "language",
  count,
});
const role = {
  tasks: [
    {
      slug: "a",
      kind: "at_risk" as const,
      timeline: "now" as const,
      title: "Build APIs",
      description: "",
      importance: 0.6,
      exposure: 0.7,
      skills: [
        { skill: "go", weight: 3 },
        { skill: "sql", weight: 1 },
      ],
    },
    {
      slug: "b",
      kind: "safe" as const,
      protectedBy: ["judgment" as const],
      title: "Design systems",
      description: "",
      importance: 0.4,
      exposure: 0.2,
      skills: [
        { skill: "kafka", weight: 1 },
        { skill: "sql", weight: 1 },
      ],
    },
  ],
};
const profile = new Map([
  ["go", 4],
  ["sql", 3],
  ["kafka", 2],
  ["excel", 5],
]);
const name = (s: string) => s.toUpperCase();

describe("resumeSuggestions", () => {
  it("suggests only profile skills the resume lacks, by importance to the role, with where to put them", () => {
    const s = resumeSuggestions({ found: [f("go")], profile, role, name });
    expect(s.addToResume.map((a) => [a.slug, +a.importance.toFixed(3), a.where])).toEqual([
      ["sql", 0.35, { kind: "bullet", task: "Design systems" }],
      ["kafka", 0.2, { kind: "bullet", task: "Design systems" }],
      ["excel", 0, { kind: "skills-section" }],
    ]);
  });

  it("never suggests adding a skill the user does not have", () => {
    const s = resumeSuggestions({ found: [], jobFound: [f("rust"), f("go")], profile, role, name });
    const suggested = [...s.addToResume.map((a) => a.slug), ...s.job!.haveIt.map((x) => x.slug)];
    expect(suggested.every((slug) => (profile.get(slug) ?? 0) > 0)).toBe(true);
    expect(s.job!.toLearn.map((x) => x.slug)).toEqual(["rust"]);
  });

  it("measures the job match and splits its gaps", () => {
    const s = resumeSuggestions({
      found: [f("go"), f("docker")],
      jobFound: [f("go"), f("kafka"), f("rust"), f("docker")],
      profile,
      role,
      name,
    });
    expect(s.job).toMatchObject({ matchRate: 0.5 });
    expect(s.job!.haveIt.map((x) => x.slug)).toEqual(["kafka"]);
    expect(s.job!.toLearn.map((x) => x.slug)).toEqual(["rust"]);
  });

  it("learn first takes recommendations the user does not have yet", () => {
    const s = resumeSuggestions({
      found: [],
      profile,
      role,
      name,
      recommendations: [
        { skill: "kafka", name: "Kafka", gainR: 0.1 },
        { skill: "terraform", name: "Terraform", gainR: 0.05 },
      ],
    });
    expect(s.learnFirst.map((l) => l.slug)).toEqual(["terraform"]);
  });

  it("exports as Markdown with every section", () => {
    const s = resumeSuggestions({ found: [f("go", 3)], jobFound: [f("go"), f("rust")], profile, role, name });
    const md = suggestionsMarkdown(s, [f("go", 3)], new Date("2026-11-23T10:00:00Z"));
    expect(md).toContain("## Found in your resume (1)\n\n- GO (3×)");
    expect(md).toContain("**SQL** (your level 3/5): in the bullet about “Design systems”");
    expect(md).toContain("## Job description match: 50%");
    expect(md).toContain("### You'd need to learn it\n\n- RUST");
  });
});
