// `npm run catalog:derive`: writes catalog/occupations.json and catalog/job-titles.json from the
// reference data in ../shared/data (labor/ and exposure/). Figures, codes and labels only: no task
// statement or other sentence from the sources is read into the output. Reads ../shared/data, which
// the app and `npm test` never do; without it, says so and leaves the committed files as they are.
// Output is deterministic (sorted, fixed rounding): running it again changes nothing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { catalog } from "../lib/catalog";
import {
  crossCheckOccupationData,
  jobTitlesFileSchema,
  occupationsFileSchema,
  SOC_MAJOR_GROUPS,
  WAGE_FIELDS,
  type JobTitlesFile,
  type Occupation,
  type OccupationsFile,
  type ResearchFigure,
} from "../lib/catalog/occupation-schema";

const DATA = join(process.cwd(), "..", "shared", "data");
const OUT = join(process.cwd(), "catalog");
/** BLS OEWS May 2024: top-coded annual wages are at least this ($115.00 an hour). */
const TOPCODED_ANNUAL_WAGE = 239_200;

/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string, delimiter = ","): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else field += ch;
  }
  if (field !== "" || row.length) endRow();
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== "");
  return body.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ""])));
}

/** Kebab-case slug from a title: "Heavy and Tractor-Trailer Truck Drivers" → "heavy-and-tractor-trailer-truck-drivers". */
function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Plain code-unit order, the same on every machine (no locale). */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Mid-rank percentile of v among values, 0–1: share below plus half the share equal. */
function percentile(values: number[], v: number): number {
  let below = 0;
  let equal = 0;
  for (const x of values) {
    if (x < v) below++;
    else if (x === v) equal++;
  }
  return round((below + equal / 2) / values.length, 3);
}

function read(path: string, delimiter = ",") {
  return parseCsv(readFileSync(join(DATA, path), "utf8"), delimiter);
}

/** One JSON value per line inside the top-level arrays: small diffs, still valid JSON. */
function writeJson(file: string, value: Record<string, unknown>, listKey: string) {
  const { [listKey]: list, ...head } = value;
  const lines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  const items = (list as unknown[]).map((x) => `    ${JSON.stringify(x)}`).join(",\n");
  writeFileSync(
    join(OUT, file),
    `{\n${lines.join("\n")}\n  ${JSON.stringify(listKey)}: [\n${items}\n  ]\n}\n`,
  );
}

function main() {
  if (!existsSync(join(DATA, "labor", "oews_national.csv"))) {
    console.log(
      `No reference data at ${DATA}: catalog/occupations.json and catalog/job-titles.json left as they are.`,
    );
    return;
  }
  console.log(`Reading reference data from ${DATA} (project scripts only; the app never reads it).`);
  const oews = read("labor/oews_national.csv");
  const titles = read("labor/occupation_titles.csv");
  const eloundou = read("exposure/eloundou_occ_level.csv");
  const microsoft = read("exposure/microsoft_ai_applicability.csv");
  const tasks = read("exposure/eloundou_task_labels.tsv", "\t");

  const oewsCodes = new Set(oews.map((r) => r.soc));
  // SOC code → its OEWS row's code: itself when OEWS publishes it, else the broad or aggregate code
  // O*NET's titles file links it to (labor/README.md, `oews_soc`).
  const toOews = new Map<string, string>();
  for (const t of titles) if (t.oews_soc) toOews.set(t.soc_code, t.oews_soc);
  const oewsOf = (soc: string) => (oewsCodes.has(soc) ? soc : toOews.get(soc));

  // Eloundou figures: mean over every O*NET-SOC code that falls under the OEWS code.
  const eloundouBy = new Map<string, { codes: string[]; gpt4: number[]; human: number[] }>();
  for (const r of eloundou) {
    const code = oewsOf(r["O*NET-SOC Code"].slice(0, 7));
    if (!code) continue;
    const e = eloundouBy.get(code) ?? { codes: [], gpt4: [], human: [] };
    e.codes.push(r["O*NET-SOC Code"]);
    e.gpt4.push(Number(r.dv_rating_beta));
    e.human.push(Number(r.human_rating_beta));
    eloundouBy.set(code, e);
  }
  const microsoftBy = new Map<string, number[]>();
  for (const r of microsoft) {
    const code = oewsOf(r["SOC Code"]);
    if (code) microsoftBy.set(code, [...(microsoftBy.get(code) ?? []), Number(r.ai_applicability_score)]);
  }
  const taskCounts = new Map<string, { total: number; humanExposed: number; gpt4Exposed: number }>();
  const exposed = (label: string) => label === "E1" || label === "E2";
  for (const t of tasks) {
    const code = oewsOf(t["O*NET-SOC Code"].slice(0, 7));
    if (!code) continue;
    const c = taskCounts.get(code) ?? { total: 0, humanExposed: 0, gpt4Exposed: 0 };
    c.total++;
    if (exposed(t.human_exposure_agg)) c.humanExposed++;
    if (exposed(t.gpt4_exposure)) c.gpt4Exposed++;
    taskCounts.set(code, c);
  }

  const figure = (code: string, get: (c: string) => number[] | undefined) => {
    const xs = get(code);
    return xs?.length ? round(mean(xs), 4) : null;
  };
  const raw = oews
    .map((r) => ({
      r,
      gpt4: figure(r.soc, (c) => eloundouBy.get(c)?.gpt4),
      human: figure(r.soc, (c) => eloundouBy.get(c)?.human),
      microsoft: figure(r.soc, (c) => microsoftBy.get(c)),
    }))
    .sort((a, b) => byCode(a.r.soc, b.r.soc));
  const all = (k: "gpt4" | "human" | "microsoft") =>
    raw.map((x) => x[k]).filter((v): v is number => v !== null);
  const population = { gpt4: all("gpt4"), human: all("human"), microsoft: all("microsoft") };
  const withPct = (k: "gpt4" | "human" | "microsoft", v: number | null): ResearchFigure =>
    v === null ? null : { value: v, percentile: percentile(population[k], v) };

  const roleSlugs = catalog.roles.map((r) => r.slug);
  const taken = new Set(roleSlugs);
  const occupations: Occupation[] = raw.map(({ r, gpt4, human, microsoft: ms }) => {
    let slug = slugify(r.title);
    if (taken.has(slug)) slug = `${slug}-${r.soc}`;
    taken.add(slug);
    const group = SOC_MAJOR_GROUPS.find((g) => g.code === r.soc.slice(0, 2));
    if (!group) throw new Error(`${r.soc}: no SOC major group ${r.soc.slice(0, 2)}`);
    const wage = (k: string) => (r[k] === "" ? null : Number(r[k]));
    const exposure = {
      gpt4Beta: withPct("gpt4", gpt4),
      humanBeta: withPct("human", human),
      microsoft: withPct("microsoft", ms),
    };
    const pcts = Object.values(exposure).flatMap((f) => (f ? [f.percentile] : []));
    return {
      soc: r.soc,
      title: r.title,
      slug,
      majorGroup: group.code,
      majorGroupName: group.name,
      employment: Number(r.employment),
      wages: {
        p10: wage("wage_p10"),
        p25: wage("wage_p25"),
        median: wage("wage_median"),
        p75: wage("wage_p75"),
        p90: wage("wage_p90"),
        mean: wage("wage_mean"),
      },
      topcoded: r.topcoded ? WAGE_FIELDS.filter((f) => r.topcoded.split(";").includes(f)) : [],
      hourlyOnly: r.hourly_only === "TRUE",
      exposure: {
        ...exposure,
        meanPercentile: pcts.length ? round(mean(pcts), 3) : null,
        onetCodes: [...(eloundouBy.get(r.soc)?.codes ?? [])].sort(byCode),
      },
      tasks: taskCounts.get(r.soc) ?? null,
    };
  });
  for (const o of occupations) {
    const declared = oews.find((r) => r.soc === o.soc)!.topcoded;
    if (declared && declared.split(";").length !== o.topcoded.length)
      throw new Error(`${o.soc}: unknown top-coded field in "${declared}"`);
  }

  // Job titles: every O*NET alternate title with an OEWS code, unique per (title, code), plus
  // O*NET's own occupation titles (finer than OEWS: "Clinical Nurse Specialists") and the short
  // titles (acronyms) as titles of their own.
  const bySoc = new Map<string, { titles: Set<string>; short: Set<string> }>();
  let dropped = 0;
  for (const t of titles) {
    if (!t.oews_soc) {
      dropped++;
      continue;
    }
    const g = bySoc.get(t.oews_soc) ?? { titles: new Set(), short: new Set() };
    g.titles.add(t.title.trim());
    if (t.onet_title.trim()) g.titles.add(t.onet_title.trim());
    if (t.short_title.trim()) g.short.add(t.short_title.trim());
    bySoc.set(t.oews_soc, g);
  }
  const groups: JobTitlesFile["groups"] = [...bySoc.entries()]
    .sort(([a], [b]) => byCode(a, b))
    .map(([soc, g]) => [soc, [...g.titles].sort(byCode), [...g.short].sort(byCode)]);

  const occupationsFile: OccupationsFile = occupationsFileSchema.parse({
    generatedBy: "npm run catalog:derive",
    sources: ["bls-oews-2024", "soc-2018", "eloundou-2024", "microsoft-2025"],
    topcodedAnnualWage: TOPCODED_ANNUAL_WAGE,
    occupations,
  });
  const jobTitlesFile: JobTitlesFile = jobTitlesFileSchema.parse({
    generatedBy: "npm run catalog:derive",
    sources: ["onet-30-alternate-titles"],
    groups,
  });
  const problems = crossCheckOccupationData(occupationsFile, jobTitlesFile, roleSlugs);
  if (problems.length) throw new Error(`Derived data does not hold together:\n  ${problems.join("\n  ")}`);

  mkdirSync(OUT, { recursive: true });
  writeJson("occupations.json", occupationsFile, "occupations");
  writeJson("job-titles.json", jobTitlesFile, "groups");

  const employment = occupations.reduce((s, o) => s + o.employment, 0);
  const count = (f: (o: Occupation) => unknown) => occupations.filter(f).length;
  const titleCount = groups.reduce((s, [, t]) => s + t.length, 0);
  const shortCount = groups.reduce((s, [, , sh]) => s + sh.length, 0);
  console.log(
    `occupations ${occupations.length} in ${new Set(occupations.map((o) => o.majorGroup)).size} major groups, employment ${employment.toLocaleString("en")}`,
  );
  console.log(
    `exposure figures: GPT-4 β ${count((o) => o.exposure.gpt4Beta)}, human β ${count((o) => o.exposure.humanBeta)}, Microsoft ${count((o) => o.exposure.microsoft)}, ` +
      `any ${count((o) => o.exposure.meanPercentile !== null)}, task counts ${count((o) => o.tasks)}`,
  );
  console.log(
    `wages: median published ${count((o) => o.wages.median !== null)}, top-coded somewhere ${count((o) => o.topcoded.length)}, hourly only ${count((o) => o.hourlyOnly)}`,
  );
  console.log(
    `job titles ${titleCount.toLocaleString("en")} (title, code) pairs + ${shortCount.toLocaleString("en")} short titles over ${groups.length} codes; ${dropped} rows without an OEWS code dropped`,
  );
  console.log(
    `slugs suffixed with their SOC code to stay unique: ${
      occupations
        .filter((o) => o.slug.endsWith(o.soc))
        .map((o) => o.slug)
        .join(", ") || "none"
    }`,
  );
  console.log(`wrote ${join("catalog", "occupations.json")} and ${join("catalog", "job-titles.json")}`);
}

main();
