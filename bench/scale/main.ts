// Child process (see ../child.ts): the data-scale benchmark. Its own embedded PostgreSQL in
// BENCH_SCALE_DIR (default .data/bench-scale), kept between runs: generated once (a marker table
// records it), then the dashboard's and progress page's queries are timed and their plans checked.
import { mkdirSync, writeFileSync } from "node:fs";
import postgres from "postgres";
import { syncCatalog } from "@/db/catalog-sync";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/db/embedded-postgres";
import { migrateDatabase } from "@/db/migrate";
import { reply } from "../child";
import type { BenchResult } from "../result";
import { BIG_TABLES, FULL_SIZE, generate, GENERATOR_VERSION, type ScaleSize } from "./generate";
import { timeQueries } from "./queries";

const dataDir = process.env.BENCH_SCALE_DIR ?? ".data/bench-scale";
const port = Number(process.env.BENCH_SCALE_PG_PORT ?? 54374);
const users = Number(process.env.BENCH_SCALE_USERS ?? FULL_SIZE.users);
const size: ScaleSize = { ...FULL_SIZE, users };
const calls = Number(process.env.BENCH_SCALE_CALLS ?? 500);
const log = (m: string) => console.error(`  scale: ${m}`);

// Bulk loading only: no WAL for tables truncated in the loading transaction, no fsync. Timing runs
// use the same defaults as `npm start` (shared_buffers 128 MB).
const LOAD_SETTINGS = {
  wal_level: "minimal",
  max_wal_senders: "0",
  fsync: "off",
  synchronous_commit: "off",
  full_page_writes: "off",
  max_wal_size: "8GB",
  checkpoint_timeout: "30min",
};

const start = (settings?: Record<string, string>) =>
  startEmbeddedPostgres({ dataDir, port, database: "skillshift", log: () => {}, settings });

interface Marker {
  version: number;
  users: number;
  seconds: number;
  counts: Record<string, number>;
  generated_at: Date;
}

async function marker(url: string): Promise<Marker | undefined> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await sql`select to_regclass('bench_scale_marker') is not null as ok`;
    if (!exists.ok) return undefined;
    const [row] = await sql<
      Marker[]
    >`select version, users, seconds, counts, generated_at from bench_scale_marker`;
    return row && row.version === GENERATOR_VERSION && row.users === users ? row : undefined;
  } finally {
    await sql.end();
  }
}

async function fill(db: EmbeddedDatabase): Promise<Marker> {
  log(`generating ${users.toLocaleString("en")} users' data in ${dataDir} (once; kept for later runs)…`);
  const started = performance.now();
  const sql = postgres(db.url, { max: 1, onnotice: () => {} });
  try {
    await sql`drop table if exists bench_scale_marker`;
    await generate(sql, size);
    const counts: Record<string, number> = {};
    for (const table of BIG_TABLES)
      [{ n: counts[table] }] = await sql.unsafe(`select count(*)::int as n from ${table}`);
    const seconds = (performance.now() - started) / 1000;
    await sql`create table bench_scale_marker (version int, users int, seconds float8, counts jsonb, generated_at timestamptz default now())`;
    await sql`insert into bench_scale_marker (version, users, seconds, counts) values (${GENERATOR_VERSION}, ${users}, ${seconds}, ${sql.json(counts)})`;
    log(
      `generated in ${seconds.toFixed(0)} s: ${Object.entries(counts)
        .map(([t, n]) => `${t} ${n.toLocaleString("en")}`)
        .join(", ")}`,
    );
    return (await marker(db.url))!;
  } finally {
    await sql.end();
  }
}

async function main() {
  let db = await start();
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(
      signal,
      () => void (stopping || ((stopping = true), db.stop().finally(() => process.exit(1)))),
    );
  try {
    await migrateDatabase(db.url);
    await syncCatalog(db.url);
    let generated = await marker(db.url);
    const fresh = !generated;
    if (!generated) {
      await db.stop();
      db = await start(LOAD_SETTINGS);
      generated = await fill(db);
      await db.stop();
      db = await start();
    }
    const sql = postgres(db.url, { max: 1, onnotice: () => {} });
    const [{ bytes }] = await sql`select pg_database_size(current_database())::float8 as bytes`;
    await sql.end();

    const { results, plans } = await timeQueries(db.url, generated.users, calls);
    const text = plans.map((p) => `── ${p.name}\n${p.query}\n${p.plan}\n`).join("\n");
    mkdirSync("bench/results", { recursive: true });
    writeFileSync("bench/results/scale-plans.txt", text);
    console.error(
      `\n  scale: EXPLAIN (ANALYZE, BUFFERS) of each query (also in bench/results/scale-plans.txt)\n`,
    );
    console.error(text.replace(/^/gm, "    "));
    const seqScans = plans.flatMap((p) => p.seqScans.map((t) => `${p.name}: Seq Scan on ${t}`));
    for (const s of seqScans) console.error(`  scale: FAIL ${s}`);

    const rows: BenchResult[] = [
      ...BIG_TABLES.map((table) => ({
        part: "scale",
        name: `data: ${table}`,
        value: generated.counts[table],
        unit: "rows",
      })),
      {
        part: "scale",
        name: `data: generation time${fresh ? "" : ` (at ${generated.generated_at.toISOString().slice(0, 16)})`}`,
        value: generated.seconds,
        unit: "s",
      },
      { part: "scale", name: "data: database size", value: bytes / 2 ** 30, unit: "GiB" },
      ...results,
      {
        part: "scale",
        name: "plans: sequential scans on big tables",
        value: seqScans.length,
        unit: "scans",
        aim: "0",
        ok: seqScans.length === 0,
      },
    ];
    reply(rows);
  } finally {
    await db.stop();
  }
}

await main();
