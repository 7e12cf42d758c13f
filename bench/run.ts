// `npm run bench`: runs the benchmarks, prints one table and writes bench/results/latest.json.
//   npm run bench                        every part (the data-scale part generates its database once)
//   npm run bench -- --only http,weight  only these parts: analysis, extractor, search, http, weight, floor, start, scale
//   npm run bench -- --skip scale        all but these
//   npm run bench -- --scale             only the data-scale part
//   --seconds 10 --connections 10 --warmup 2   HTTP run per target (bounded)
// Ports: BENCH_PORT (3041) and BENCH_PG_PORT (54372) for the app, BENCH_CALIBRATION_PORT (3044),
// BENCH_FLOOR_PORT (3045), BENCH_SCALE_PG_PORT (54374), BENCH_SEARCH_PG_PORT (54376).
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { benchAnalysis } from "./analysis";
import { runChild } from "./child";
import { benchFloor } from "./floor";
import { benchCalibration, benchHttp, httpTargets } from "./http";
import { printTable, type BenchResult } from "./result";
import { benchScale } from "./scale";
import { startServer } from "./server";
import { expectPage, signIn } from "./session";
import { benchStart } from "./start-time";
import { benchWeight, WEIGHED_PAGES } from "./weight";

const PARTS = ["analysis", "extractor", "search", "http", "weight", "floor", "start", "scale"] as const;
type Part = (typeof PARTS)[number];

const { values: flags } = parseArgs({
  options: {
    only: { type: "string" },
    skip: { type: "string" },
    scale: { type: "boolean" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
  },
});
const list = (s?: string) => (s ? s.split(",").map((p) => p.trim()) : []);
for (const p of [...list(flags.only), ...list(flags.skip)])
  if (!PARTS.includes(p as Part)) throw new Error(`Unknown part "${p}"; parts are ${PARTS.join(", ")}`);
const selected = new Set<Part>(
  flags.scale
    ? ["scale"]
    : flags.only
      ? (list(flags.only) as Part[])
      : PARTS.filter((p) => !list(flags.skip).includes(p)),
);

const httpOptions = {
  seconds: Number(flags.seconds),
  connections: Number(flags.connections),
  warmupSeconds: Number(flags.warmup),
};
const port = Number(process.env.BENCH_PORT ?? 3041);
const pgPort = Number(process.env.BENCH_PG_PORT ?? 54372);
const dataDir = ".data/bench";
const results: BenchResult[] = [];
const failures: string[] = [];

async function part(names: Part[], run: () => Promise<BenchResult[]> | BenchResult[]) {
  if (!names.some((n) => selected.has(n))) return;
  console.log(`▶ ${names.filter((n) => selected.has(n)).join(" + ")}`);
  try {
    results.push(...(await run()));
  } catch (error) {
    failures.push(`${names.join(" + ")}: ${error instanceof Error ? error.message : error}`);
    console.error(`✗ ${failures.at(-1)}`);
  }
}

/** HTTP load and page weight share one production server and one signed-in bench user. */
async function againstServer(): Promise<BenchResult[]> {
  const server = await startServer({ port, pgPort, dataDir, env: { TRUSTED_PROXY_HOPS: "1" } });
  try {
    const out: BenchResult[] = [];
    if (!server.built)
      out.push({
        part: "start",
        name: "scripts/start.ts --fresh-database (new cluster): spawn to first 200",
        value: server.readyMs / 1000,
        unit: "s",
      });
    const user = await runChild<{ email: string; password: string }>("bench/seed-user.ts", {
      DATABASE_URL: server.databaseUrl,
      AUTH_SECRET: server.authSecret,
    });
    const cookie = await signIn(server.url, user.email, user.password, "10.250.0.1");
    await expectPage(server.url, "/dashboard", cookie, "Your analysis as");
    if (selected.has("http")) {
      out.push(...(await benchCalibration(Number(process.env.BENCH_CALIBRATION_PORT ?? 3044), httpOptions)));
      out.push(...(await benchHttp(server.url, httpTargets(cookie), httpOptions, server.cpu)));
    }
    if (selected.has("weight")) out.push(...(await benchWeight(server.url, WEIGHED_PAGES, cookie)));
    return out;
  } finally {
    await server.stop();
  }
}

await part(["analysis"], () => [benchAnalysis()]);
await part(["extractor"], async () => (await import("./extractor")).benchExtractor());
await part(["search"], () => runChild<BenchResult[]>("bench/search.ts", {}));
await part(["http", "weight"], againstServer);
await part(["floor"], () => benchFloor(Number(process.env.BENCH_FLOOR_PORT ?? 3045), httpOptions));
await part(["start"], () => benchStart(port, pgPort, dataDir));
await part(["scale"], benchScale);

printTable(results);
mkdirSync("bench/results", { recursive: true });
writeFileSync(
  "bench/results/latest.json",
  JSON.stringify({ at: new Date().toISOString(), parts: [...selected], results, failures }, null, 2),
);
const missed = results.filter((r) => r.ok === false);
if (missed.length) console.log(`Aims not met this run: ${missed.length} (see the "met" column).`);
for (const f of failures) console.error(`✗ ${f}`);
const seqScans = results.find((r) => r.name.startsWith("plans: sequential scans"));
process.exit(failures.length || (seqScans && seqScans.value > 0) ? 1 : 0);
