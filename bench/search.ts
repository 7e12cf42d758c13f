// Child process (see child.ts): job-title search in process. Its own embedded PostgreSQL in
// BENCH_SEARCH_DIR (default .data/bench-search), a fresh cluster each run so the catalog sync is
// timed on an empty database (then again unchanged); then searchRoles is timed, one call at a time,
// over the common searches, typos and the prefixes a user types on the way to them.
// `--reuse` keeps an existing cluster (quicker while iterating; the first sync is then not "fresh").
import { rmSync } from "node:fs";
import postgres from "postgres";
import { syncCatalog } from "@/db/catalog-sync";
import { startEmbeddedPostgres } from "@/db/embedded-postgres";
import { installDatabaseClient } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { COMMON_SEARCHES } from "@/lib/search/common-searches";
import { searchRoles } from "@/lib/search/job-titles";
import { reply } from "./child";
import { within, type BenchResult } from "./result";

const dataDir = process.env.BENCH_SEARCH_DIR ?? ".data/bench-search";
const port = Number(process.env.BENCH_SEARCH_PG_PORT ?? 54376);
const rounds = Number(process.env.BENCH_SEARCH_ROUNDS ?? 5);
const log = (m: string) => console.error(`  search: ${m}`);

/** The common searches, and what a user has typed after 3 and 6 characters of each. */
export function searchQueries(): string[] {
  const full = COMMON_SEARCHES.map(([q]) => q);
  const prefixes = full.flatMap((q) => [q.slice(0, 3), q.slice(0, 6)]).filter((p) => p.trim().length >= 2);
  return [
    ...new Set([
      ...full,
      ...prefixes,
      "manager",
      "engineer",
      "technician",
      "assistant",
      "senior backend developer",
    ]),
  ];
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const reuse = process.argv.includes("--reuse");
  if (!reuse) rmSync(dataDir, { recursive: true, force: true });
  const db = await startEmbeddedPostgres({ dataDir, port, database: "skillshift", log: () => {} });
  const client = postgres(db.url, { max: 1, onnotice: () => {} });
  try {
    await migrateDatabase(db.url);
    let t = performance.now();
    const first = await syncCatalog(db.url);
    const freshMs = performance.now() - t;
    log(
      `catalog sync ${reuse ? "(reused database)" : "on a fresh database"}: ${freshMs.toFixed(0)} ms (occupations and titles ${first.occupationData?.ms.toFixed(0)} ms, ${first.occupationData?.jobTitles} titles)`,
    );
    t = performance.now();
    await syncCatalog(db.url);
    const unchangedMs = performance.now() - t;

    installDatabaseClient(client);
    const queries = searchQueries();
    for (const q of queries) await searchRoles(q);
    const times: number[] = [];
    const slow: [number, string][] = [];
    for (let r = 0; r < rounds; r++) {
      for (const q of queries) {
        const s = performance.now();
        await searchRoles(q, { limit: 10 });
        const ms = performance.now() - s;
        times.push(ms);
        slow.push([ms, q]);
      }
    }
    times.sort((a, b) => a - b);
    slow.sort((a, b) => b[0] - a[0]);
    const worst = new Map<string, number>();
    for (const [ms, q] of slow) if (!worst.has(q)) worst.set(q, ms);
    log(
      `${queries.length} queries × ${rounds}; slowest: ${[...worst]
        .slice(0, Number(process.env.BENCH_SEARCH_SHOW ?? 5))
        .map(([q, ms]) => `"${q}" ${ms.toFixed(1)} ms`)
        .join(", ")}`,
    );
    const results: BenchResult[] = [
      within(
        "search",
        `catalog sync, ${reuse ? "reused" : "fresh"} database (roles, skills, 831 occupations, ${first.occupationData?.jobTitles ?? "?"} titles)`,
        freshMs / 1000,
        "s",
        { max: 5 },
        "≤ 5",
      ),
      { part: "search", name: "catalog sync, unchanged", value: unchangedMs, unit: "ms" },
      within("search", `searchRoles p50 (${queries.length} queries × ${rounds})`, pct(times, 50), "ms", {
        max: 20,
      }),
      within("search", "searchRoles p95", pct(times, 95), "ms", { max: 20 }, "≤ 20"),
    ];
    reply(results);
  } finally {
    await client.end();
    await db.stop();
  }
}

await main();
