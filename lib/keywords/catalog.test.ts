import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog } from "../catalog";
import { getExtractor } from "./index";

const extractor = getExtractor();
const slugs = (text: string) => extractor.extract(text).map((s) => s.slug);
const texts = (text: string) =>
  extractor.extract(text).map((s) => `${s.slug}:${s.matches.map((m) => m.text).join("|")}`);

describe("getExtractor (the catalog)", () => {
  it("is built once", () => {
    expect(getExtractor()).toBe(extractor);
    expect(extractor.size.patterns).toBeGreaterThan(catalog.skills.length);
  });
  it("tells C, C++, C# and F# apart", () => {
    expect(texts("C, C++ and C#; F# too")).toEqual(["c:C", "cpp:C++", "csharp:C#", "fsharp:F#"]);
  });
  it("tells Go the language from go and Go to market", () => {
    expect(slugs("Built services in Go and Python.")).toEqual(["go", "python"]);
    expect(slugs("Go to market plan")).not.toContain("go");
    expect(slugs("We go to the client every week")).toEqual([]);
  });
  it("keeps R apart from R&D", () => {
    expect(slugs("Manage a $4.5M R&D budget and an R & D team")).not.toContain("r");
    expect(slugs("Statistics in R and Python")).toContain("r");
  });
  it("keeps .NET apart from ASP.NET", () => {
    expect(texts("ASP.NET MVC and .NET Core")).toEqual(["aspnet:ASP.NET MVC", "dotnet:.NET Core"]);
  });
  it("matches Node.js, CI/CD and Objective-C spellings", () => {
    expect(texts("Node.js, NodeJS, Node")).toEqual(["nodejs:Node.js|NodeJS|Node"]);
    expect(texts("CI/CD, ci-cd, CI CD")).toEqual(["ci-cd:CI/CD|ci-cd|CI CD"]);
    expect(texts("Objective-C and Objective C")).toEqual(["objective-c:Objective-C|Objective C"]);
  });
  it("prefers React Native over React and Spring Boot over Spring", () => {
    expect(texts("React Native, React-Native and React")).toEqual([
      "react-native:React Native|React-Native",
      "react:React",
    ]);
    expect(texts("Spring Boot and Spring")).toEqual(["spring-boot:Spring Boot", "spring:Spring"]);
  });
  it("matches plurals", () => {
    expect(slugs("APIs, microservices, relational databases")).toEqual([
      "api-development",
      "microservices",
      "relational-databases",
    ]);
  });
  it("applies case rules to English words", () => {
    expect(slugs("I excel at Excel")).toEqual(["excel"]);
    expect(texts("I excel at Excel")).toEqual(["excel:Excel"]);
    expect(slugs("Swift delivery of reports")).toEqual([]);
    expect(slugs("Apps in Swift and Kotlin")).toEqual(["swift", "kotlin"]);
  });
  it("returns UTF-16 offsets after emoji and accents", () => {
    const text = "🙂 Résumé — Développeur 👩‍💻: Kubernetes";
    const [k8s] = extractor.extract(text);
    expect(k8s.matches[0]).toEqual({
      start: text.indexOf("Kubernetes"),
      end: text.length,
      text: "Kubernetes",
    });
  });
  it("handles empty and 100,000-character texts", () => {
    expect(extractor.extract("")).toEqual([]);
    const text = "Senior engineer: Python, AWS, Kubernetes and Terraform; mentors the team. "
      .repeat(1400)
      .slice(0, 100_000);
    const start = performance.now();
    const found = extractor.extract(text);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(found.find((s) => s.slug === "python")!.matches.length).toBe(1352);
  });
});

// Names and aliases of the real catalog, mixed with separators, noise and non-ASCII text.
const forms = catalog.skills.flatMap((s) => [s.name, ...(s.aliases ?? [])]);
const piece = fc.oneof(
  fc.constantFrom(...forms),
  fc.constantFrom(
    " ",
    ", ",
    "\n",
    " - ",
    "/",
    "(",
    ")",
    ".",
    "-",
    "_",
    "  ",
    "&",
    "+",
    "#",
    "🚀",
    "é",
    "Ünïcödé",
  ),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: "binary", maxLength: 3 }),
);

describe("extract: properties", () => {
  it("returns matches that equal their slice, never overlap and come in first-appearance order", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const result = extractor.extract(text);
        const all = result.flatMap((s) => s.matches).sort((a, b) => a.start - b.start);
        for (const m of all) expect(text.slice(m.start, m.end)).toBe(m.text);
        for (let i = 1; i < all.length; i++) expect(all[i].start).toBeGreaterThanOrEqual(all[i - 1].end);
        const firsts = result.map((s) => s.matches[0].start);
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
        for (const s of result)
          expect(s.matches.map((m) => m.start)).toEqual(s.matches.map((m) => m.start).sort((a, b) => a - b));
      }),
      { numRuns: 500 },
    );
  });
});
