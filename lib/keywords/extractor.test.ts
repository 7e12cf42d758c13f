import { describe, expect, it } from "vitest";
import { buildExtractor } from "./extractor";
import { found, slugs, TEST_SKILLS, testExtractor } from "@/test/keywords/skills";

describe("buildExtractor: symbols inside names", () => {
  it("tells C, C++, C# and F# apart", () => {
    expect(found("C, C++ and C#")).toEqual(["c:C@0", "cpp:C++@3", "csharp:C#@11"]);
    expect(slugs("F# and C#")).toEqual(["fsharp", "csharp"]);
    expect(slugs("C/C++ and Embedded C")).toEqual(["cpp", "c"]);
    expect(slugs("C++11 and C++17 code")).toEqual(["cpp"]);
  });
  it("finds .NET alone but not inside ASP.NET", () => {
    expect(slugs("ASP.NET MVC and .NET Core")).toEqual(["aspnet", "dotnet"]);
    const withoutAsp = buildExtractor(TEST_SKILLS.filter((s) => s.slug !== "aspnet"));
    expect(withoutAsp.extract("ASP.NET pages")).toEqual([]);
  });
  it("does not find a name inside a dotted name, a URL or an e-mail address", () => {
    expect(slugs("vue.js and sentry.io")).toEqual([]);
    expect(slugs("see https://github.com/me/python, www.python.org or jane@python.org")).toEqual([]);
  });
  it("matches Node.js spellings", () => {
    expect(found("Node.js, NodeJS and Node")).toEqual([
      "nodejs:Node.js@0",
      "nodejs:NodeJS@9",
      "nodejs:Node@20",
    ]);
  });
});

describe("buildExtractor: separators and plurals", () => {
  it("treats '-', '_', spaces and repeated spaces alike", () => {
    expect(found("CI/CD, ci-cd, CI CD, CI_CD, CI  CD")).toEqual([
      "ci-cd:CI/CD@0",
      "ci-cd:ci-cd@7",
      "ci-cd:CI CD@14",
      "ci-cd:CI_CD@21",
      "ci-cd:CI  CD@28",
    ]);
    expect(found("Objective C, Objective-C")).toEqual([
      "objective-c:Objective C@0",
      "objective-c:Objective-C@13",
    ]);
    expect(slugs("React-Native, machine-learning, Machine\nLearning")).toEqual(["react-native", "ml"]);
  });
  it("does not join words across a spaced dash", () => {
    expect(slugs("CI - CD")).toEqual([]);
  });
  it("matches simple plurals of case-insensitive names", () => {
    expect(slugs("APIs, microservices, databases and switches")).toEqual([
      "api",
      "microservices",
      "databases",
      "switching",
    ]);
    expect(slugs("Swifts and Gos")).toEqual([]);
  });
  it("matches plurals of multi-word case-sensitive names, and their later words in any case", () => {
    expect(found("Oracle Databases, Oracle DATABASE")).toEqual([
      "oracle:Oracle Databases@0",
      "oracle:Oracle DATABASE@18",
    ]);
  });
  it("does not pluralise soft skills, whose plurals name other things", () => {
    expect(slugs("Communication and communications")).toEqual(["communication"]);
    expect(found("Communication and communications")).toEqual(["communication:Communication@0"]);
  });
  it("accepts a version glued to a name, not a model number", () => {
    expect(slugs("IIS5.0 and Java8")).toEqual(["iis", "java"]);
    expect(slugs("IIS901")).toEqual([]);
  });
});

describe("buildExtractor: overlaps and order", () => {
  it("prefers the leftmost-longest match", () => {
    expect(slugs("React Native and React")).toEqual(["react-native", "react"]);
    expect(found("Spring Boot, Spring")).toEqual(["spring-boot:Spring Boot@0", "spring:Spring@13"]);
    expect(slugs("Objective-C")).toEqual(["objective-c"]);
  });
  it("counts every occurrence and lists skills by first appearance", () => {
    const result = testExtractor.extract("Python, Java, Python and Python");
    expect(result.map((s) => [s.slug, s.matches.length])).toEqual([
      ["python", 3],
      ["java", 1],
    ]);
  });
});

describe("buildExtractor: offsets and sizes", () => {
  it("returns UTF-16 offsets after emoji and accents", () => {
    const text = "😀 Café crème — naïve 🚀 work in Python and C#";
    const matches = testExtractor.extract(text).flatMap((s) => s.matches);
    expect(matches.map((m) => [m.start, m.text])).toEqual([
      [text.indexOf("Python"), "Python"],
      [text.indexOf("C#"), "C#"],
    ]);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  it("handles empty text", () => {
    expect(testExtractor.extract("")).toEqual([]);
  });
  it("handles 100,000 characters", () => {
    const unit = "Built React Native apps with Node.js, C++ and CI/CD pipelines; excel at teamwork. ";
    const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const result = testExtractor.extract(text);
    const count = (slug: string) => result.find((s) => s.slug === slug)?.matches.length ?? 0;
    const units = Math.floor(100_000 / unit.length);
    expect(count("react-native")).toBeGreaterThanOrEqual(units);
    expect(count("cpp")).toBeGreaterThanOrEqual(units);
    expect(result.some((s) => s.slug === "excel" || s.slug === "react")).toBe(false);
  });
});
