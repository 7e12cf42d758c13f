// Time to analyse one profile for the dashboard: figures, recommendations and role moves.
import { analyzeProfile } from "../lib/analysis/analyze-profile";
import { analysisLookups } from "../lib/analysis/ai-tools-and-names";
import { catalog } from "../lib/catalog";
import type { BenchResult } from "./result";

export function benchAnalysis(): BenchResult {
  const role = catalog.roles.find((r) => r.slug === "backend-developer")!;
  const lookups = analysisLookups(catalog);
  const profile = new Map(catalog.skills.slice(0, 300).map((s, k) => [s.slug, (k * 7) % 6]));
  const input = { role, profile, roles: catalog.roles, certifications: catalog.certifications, ...lookups };
  for (let i = 0; i < 50; i++) analyzeProfile(input);
  const runs = 500;
  const start = performance.now();
  for (let i = 0; i < runs; i++) analyzeProfile(input);
  const ms = (performance.now() - start) / runs;
  return {
    part: "analysis",
    name: "300-skill profile, all recommendations and moves",
    value: ms,
    unit: "ms/profile",
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchAnalysis();
  console.log(`${r.name}: ${r.value.toFixed(3)} ${r.unit}`);
}
