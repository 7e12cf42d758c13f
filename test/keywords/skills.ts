// A small hand-made skill list for the extractor's unit tests (the real catalog is tested separately).
import type { SkillDef } from "@/lib/catalog/types";
import { buildExtractor } from "@/lib/keywords/extractor";

const skill = (
  slug: string,
  name: string,
  aliases: string[] = [],
  caseSensitive = false,
  category: SkillDef["category"] = "language",
): SkillDef => ({
  slug,
  name,
  aliases,
  caseSensitive,
  category,
  description: "",
});

export const TEST_SKILLS: SkillDef[] = [
  skill("c", "C", ["Embedded C"], true),
  skill("cpp", "C++", ["C/C++"]),
  skill("csharp", "C#"),
  skill("fsharp", "F#"),
  skill("go", "Go", ["Golang"], true),
  skill("rust", "Rust", [], true),
  skill("r", "R", ["R programming"], true),
  skill("python", "Python"),
  skill("dotnet", ".NET", [".NET Core"]),
  skill("aspnet", "ASP.NET", ["ASP.NET MVC"]),
  skill("nodejs", "Node.js", ["NodeJS", "Node"], true),
  skill("ci-cd", "CI/CD", ["CI CD", "CICD"]),
  skill("objective-c", "Objective-C"),
  skill("react", "React", ["ReactJS", "React.js"], true),
  skill("react-native", "React Native"),
  skill("spring", "Spring", ["Spring Framework"], true),
  skill("spring-boot", "Spring Boot"),
  skill("api", "API development", ["API"]),
  skill("microservices", "Microservices"),
  skill("databases", "Database"),
  skill("switching", "Switch"),
  skill("excel", "Microsoft Excel", ["Excel"], true),
  skill("word", "Microsoft Word", ["Word"], true),
  skill("swift", "Swift", [], true),
  skill("java", "Java"),
  skill("ml", "Machine learning", ["ML"]),
  skill("javascript", "JavaScript", ["JS"]),
  skill("oracle", "Oracle Database", ["Oracle database"], true),
  skill("iis", "IIS"),
  skill("communication", "Communication", [], false, "soft-skill"),
];

export const testExtractor = buildExtractor(TEST_SKILLS);

/** "slug:text@start" for every match, in text order. */
export function found(text: string): string[] {
  return testExtractor
    .extract(text)
    .flatMap((s) => s.matches.map((m) => ({ ...m, slug: s.slug })))
    .sort((a, b) => a.start - b.start)
    .map((m) => `${m.slug}:${m.text}@${m.start}`);
}

/** Slugs found, in order of first appearance. */
export const slugs = (text: string) => testExtractor.extract(text).map((s) => s.slug);
