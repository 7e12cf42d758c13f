// Keyword extraction speed: resumes per second on one core for the catalog extractor and for a naive
// baseline (one case-insensitive RegExp with \b boundaries per skill name and alias) on the same texts.
import { catalog } from "../lib/catalog";
import { buildExtractor } from "../lib/keywords";
import type { BenchResult } from "./result";

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same texts. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  "Led a team of {n} engineers that rebuilt the billing platform with {s} and {s}, cutting monthly costs by {n} percent.",
  "Worked closely with product managers and designers to ship features every two weeks.",
  "Designed and maintained services in {s}, with automated tests in {s} and deployments through {s}.",
  "Mentored junior colleagues, ran code reviews and wrote the onboarding guide for new hires.",
  "Reduced page load time by {n} percent by profiling the front end and moving reports to {s}.",
  "Presented quarterly results to senior leadership and negotiated priorities with three departments.",
  "Migrated {n} legacy applications from on-premises servers to {s} without customer-facing downtime.",
  "Built dashboards in {s} that the sales team uses daily to forecast revenue and track pipeline health.",
  "Coordinated with vendors, handled incident response on call and improved the runbooks after each outage.",
  "Introduced {s} and {s} to the team, which shortened the release cycle from a month to a week.",
  "Volunteered as a tutor for local students and organised the annual charity run for the office.",
  "Skills: {s}, {s}, {s}, {s}, {s} and {s}.",
];

/** A resume of about `words` words: ordinary prose with catalog skill names and aliases mixed in. */
export function makeResume(words: number, seed: number): string {
  const next = random(seed);
  const forms = catalog.skills.flatMap((s) => [s.name, ...(s.aliases ?? [])]);
  const lines = [
    "Jane Doe — Senior Software Engineer",
    "jane.doe@example.com · +1 555 0100 · Springfield",
    "",
  ];
  let count = 0;
  while (count < words) {
    if (next() < 0.08)
      lines.push("", ["EXPERIENCE", "PROJECTS", "EDUCATION", "SKILLS"][Math.floor(next() * 4)]);
    const sentence = SENTENCES[Math.floor(next() * SENTENCES.length)]
      .replace(/\{s\}/g, () => forms[Math.floor(next() * forms.length)])
      .replace(/\{n\}/g, () => String(2 + Math.floor(next() * 40)));
    lines.push(`• ${sentence}`);
    count += sentence.split(/\s+/).length;
  }
  return lines.join("\n");
}

function naiveBaseline() {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const rules = catalog.skills.flatMap((s) =>
    [s.name, ...(s.aliases ?? [])].map((form) => ({
      slug: s.slug,
      re: new RegExp(`\\b${escape(form)}\\b`, "gi"),
    })),
  );
  return (text: string) => {
    const found = new Map<string, number>();
    for (const { slug, re } of rules) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) found.set(slug, (found.get(slug) ?? 0) + 1);
    }
    return found;
  };
}

/** Runs `fn` over `texts` for at least `ms` milliseconds; returns texts per second. */
function perSecond(fn: (text: string) => unknown, texts: string[], ms: number): number {
  for (let i = 0; i < Math.min(texts.length, 20); i++) fn(texts[i]); // warm up
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < ms) fn(texts[done++ % texts.length]);
  return done / ((performance.now() - start) / 1000);
}

export function benchExtractor(): BenchResult[] {
  const buildStart = performance.now();
  const extractor = buildExtractor(catalog.skills);
  const buildMs = performance.now() - buildStart;
  const twoPage = Array.from({ length: 20 }, (_, i) => makeResume(900, i + 1));
  const fivePage = Array.from({ length: 20 }, (_, i) => makeResume(2250, i + 101));
  const naive = naiveBaseline();
  const fast2 = perSecond((t) => extractor.extract(t), twoPage, 1500);
  const fast5 = perSecond((t) => extractor.extract(t), fivePage, 1500);
  const slow2 = perSecond(naive, twoPage, 1500);
  const slow5 = perSecond(naive, fivePage, 1500);
  return [
    { part: "extractor", name: "build the catalog extractor", value: buildMs, unit: "ms" },
    { part: "extractor", name: "extractor, 2-page resume (~900 words)", value: fast2, unit: "resumes/s" },
    { part: "extractor", name: "extractor, 5-page resume (~2,250 words)", value: fast5, unit: "resumes/s" },
    { part: "extractor", name: "naive RegExp per alias, 2-page resume", value: slow2, unit: "resumes/s" },
    { part: "extractor", name: "naive RegExp per alias, 5-page resume", value: slow5, unit: "resumes/s" },
    { part: "extractor", name: "speed-up over naive, 2-page resume", value: fast2 / slow2, unit: "×" },
    { part: "extractor", name: "speed-up over naive, 5-page resume", value: fast5 / slow5, unit: "×" },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of benchExtractor()) console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit}`);
}
