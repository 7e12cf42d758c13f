// `npm run eval:keywords`: measures the keyword extractor on the development sets in
// ../shared/data/skills-dev (see its README). Reads them when they are there and says so when they are
// not; nothing here is imported by the app or by `npm test`, and no data is copied into the project.
//   1. recall on labelled "Tech Tools" spans in the dotin resumes (found = a match overlaps the span);
//   2. recall on knowledge spans in the SkillSpan tech job postings;
//   3. precision: share of predicted matches that overlap any labelled span (any type).
// Then the most frequent missed spans and unlabelled predictions, to improve the taxonomy.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getExtractor, type Extractor } from "../lib/keywords";

interface Span {
  start: number;
  end: number;
  type: string;
}
interface Doc {
  text: string;
  spans: Span[];
}
export interface Corpus {
  name: string;
  docs: Doc[];
  /** Label types whose recall is measured. */
  target: string;
}

const dir = path.join(process.cwd(), "..", "shared", "data", "skills-dev");
const ZIP = "dotin_resumes_train.zip";
const CONLL = "skillspan_tech_dev.conll";
const option = (name: string, fallback: number) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
/** How many missed spans and unlabelled predictions to list: `npm run eval:keywords -- --top 80`. */
const TOP = option("--top", 30);
/**
 * Unlabelled predictions to print with their context, drawn at random (fixed seed) so the share that
 * are real mentions can be judged by hand: `npm run eval:keywords -- --sample 100`.
 */
const SAMPLE = option("--sample", 0);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** One resume: text without the tags, with the labelled spans' offsets into it. */
function parseLabelledXml(xml: string): Doc {
  let text = "";
  const spans: Span[] = [];
  let open: { start: number; type: string } | null = null;
  const token = /<label type="([^"]*)">|<\/label>|<[^>]*>|&(#x[0-9a-f]+|#\d+|\w+);/gi;
  let last = 0;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    text += xml.slice(last, m.index);
    last = token.lastIndex;
    if (m[1] !== undefined) open = { start: text.length, type: m[1] };
    else if (m[0] === "</label>" && open) {
      spans.push({ start: open.start, end: text.length, type: open.type });
      open = null;
    } else if (m[2] !== undefined) {
      const e = m[2].toLowerCase();
      text += e.startsWith("#x")
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith("#")
          ? String.fromCodePoint(Number(e.slice(1)))
          : (ENTITIES[e] ?? m[0]);
    }
  }
  return { text: text + xml.slice(last), spans };
}

/** CoNLL (token, skill tag, knowledge tag): one document per blank-line block, tokens joined by spaces. */
function parseConll(source: string): Doc[] {
  const docs: Doc[] = [];
  for (const block of source.split(/\r?\n\s*\r?\n/)) {
    const rows = block
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .map((l) => l.split("\t").map((c) => c.trim()));
    if (!rows.length) continue;
    let text = "";
    const spans: Span[] = [];
    const open: (Span | null)[] = [null, null]; // per tag column
    for (const [token, ...tags] of rows) {
      if (text) text += " ";
      const start = text.length;
      text += token;
      tags.forEach((tag, col) => {
        const current = open[col];
        if (tag.startsWith("I-") && current) current.end = text.length;
        else {
          if (current) spans.push(current);
          open[col] = tag === "O" || !tag ? null : { start, end: text.length, type: tag.slice(2) };
        }
      });
    }
    for (const s of open) if (s) spans.push(s);
    docs.push({ text, spans });
  }
  return docs;
}

function readResumes(zip: string): Doc[] {
  const tmp = mkdtempSync(path.join(tmpdir(), "skillshift-eval-"));
  try {
    try {
      execFileSync("unzip", ["-q", "-o", zip, "-d", tmp], { stdio: ["ignore", "ignore", "pipe"] });
    } catch (error) {
      console.log(
        `Could not unzip ${ZIP} (is the unzip command installed?): ${(error as Error).message.split("\n")[0]}`,
      );
      return [];
    }
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = path.join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (f.endsWith(".xml")) files.push(p);
      }
    };
    walk(tmp);
    return files.sort().map((f) => parseLabelledXml(readFileSync(f, "utf8")));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const key = (s: string) => s.replace(/\s+/g, " ").trim();

function bump(counts: Map<string, number>, k: string) {
  counts.set(k, (counts.get(k) ?? 0) + 1);
}

function top(counts: Map<string, number>): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP)
    .map(([k, n]) => `${n}× ${k}`)
    .join(", ");
}

export /** A fixed-seed random sample of the unlabelled predictions, numbered for a hand audit. */
function printSample(contexts: string[]) {
  let seed = 20240601;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  const picked = new Set<number>();
  while (picked.size < Math.min(SAMPLE, contexts.length)) picked.add(Math.floor(next() * contexts.length));
  console.log(`random sample of ${picked.size} unlabelled predictions (of ${contexts.length}):`);
  [...picked].sort((a, b) => a - b).forEach((i, n) => console.log(`  ${n + 1}. ${contexts[i]}`));
}

export function evaluate(corpus: Corpus, extractor: Extractor = getExtractor(), quiet = false) {
  let targets = 0,
    found = 0,
    predicted = 0,
    correct = 0;
  const missed = new Map<string, number>();
  const unlabelled = new Map<string, number>();
  const contexts: string[] = [];
  const byCategory = new Map<string, { predicted: number; correct: number }>();
  for (const doc of corpus.docs) {
    const matches = extractor
      .extract(doc.text)
      .flatMap((s) => s.matches.map((m) => ({ ...m, slug: s.slug, category: s.category })));
    for (const span of doc.spans.filter((s) => s.type === corpus.target)) {
      targets++;
      if (matches.some((m) => overlaps(m, span))) found++;
      else bump(missed, key(doc.text.slice(span.start, span.end)));
    }
    for (const m of matches) {
      predicted++;
      const cat = byCategory.get(m.category) ?? { predicted: 0, correct: 0 };
      byCategory.set(m.category, cat);
      cat.predicted++;
      if (doc.spans.some((s) => overlaps(m, s))) {
        correct++;
        cat.correct++;
      } else {
        bump(unlabelled, `${key(m.text)} (${m.slug})`);
        contexts.push(
          `${m.slug} "${m.text}" in …${key(doc.text.slice(Math.max(0, m.start - 50), m.end + 40))}…`,
        );
      }
    }
  }
  const recall = found / Math.max(1, targets);
  const precision = correct / Math.max(1, predicted);
  if (quiet) return { targets, found, predicted, correct };
  console.log(`\n## ${corpus.name}: ${corpus.docs.length} documents`);
  console.log(`recall on "${corpus.target}" spans: ${recall.toFixed(3)} (${found}/${targets})`);
  console.log(`precision over all labelled spans: ${precision.toFixed(3)} (${correct}/${predicted})`);
  const cats = [...byCategory].sort((a, b) => b[1].predicted - a[1].predicted);
  console.log(
    `precision by skill category: ${cats.map(([c, x]) => `${c} ${(x.correct / x.predicted).toFixed(2)} (${x.predicted})`).join(", ")}`,
  );
  console.log(`most frequent missed "${corpus.target}" spans: ${top(missed)}`);
  console.log(`most frequent unlabelled predictions: ${top(unlabelled)}`);
  if (SAMPLE > 0) printSample(contexts);
  return { targets, found, predicted, correct };
}

/** The development corpora that are present (the resumes are unzipped into a temporary folder and removed). */
export function loadCorpora(): Corpus[] {
  const corpora: Corpus[] = [];
  const zip = path.join(dir, ZIP);
  const conll = path.join(dir, CONLL);
  const resumes = existsSync(zip) ? readResumes(zip) : null;
  if (resumes?.length) corpora.push({ name: "dotin resumes", docs: resumes, target: "Tech Tools" });
  else if (!resumes) console.log(`${ZIP} is absent; skipping the resumes.`);
  if (existsSync(conll))
    corpora.push({
      name: "SkillSpan tech job postings",
      docs: parseConll(readFileSync(conll, "utf8")),
      target: "Knowledge",
    });
  else console.log(`${CONLL} is absent; skipping the job postings.`);
  return corpora;
}

function main() {
  const zip = path.join(dir, ZIP);
  const conll = path.join(dir, CONLL);
  if (!existsSync(zip) && !existsSync(conll)) {
    console.log(`Development data is absent (${dir}); nothing to evaluate.`);
    return;
  }
  const corpora = loadCorpora();
  const start = performance.now();
  const totals = corpora.map((corpus) => evaluate(corpus));
  const predicted = totals.reduce((n, t) => n + t.predicted, 0);
  const correct = totals.reduce((n, t) => n + t.correct, 0);
  console.log(
    `\n## overall: precision over all labelled spans ${(correct / Math.max(1, predicted)).toFixed(3)} (${correct}/${predicted})`,
  );
  console.log(`(evaluated in ${Math.round(performance.now() - start)} ms)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
