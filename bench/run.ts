// `npm run bench`: runs every benchmark and prints one table (and bench/results/latest.json).
import { mkdirSync, writeFileSync } from "node:fs";
import { benchAnalysis } from "./analysis";

const results = [benchAnalysis()];
results.push(...(await import("./extractor")).benchExtractor());
console.table(results.map((r) => ({ benchmark: r.name, value: Number(r.value.toFixed(3)), unit: r.unit })));
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/latest.json", JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
