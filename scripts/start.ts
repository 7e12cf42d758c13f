// `npm start`: database (embedded unless DATABASE_URL is set), migrations, catalog, a production
// build when the sources changed, then Next.js (one process per core). Ctrl-C or SIGTERM stops Next and Postgres cleanly.
//   --dev             next dev instead of a production build
//   --fresh-database  a throwaway database (tests): embedded data dir wiped first, or a new
//                     database on DATABASE_URL's server, dropped again on exit
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { EmbeddedDatabase } from "../db/embedded-postgres";
import { migrateDatabase } from "../db/migrate";
import { catalogSummary } from "../db/catalog-summary";
import { syncCatalog } from "../db/catalog-sync";
import { createScratchDatabase, type ScratchDatabase } from "../db/scratch-database";
import { buildIsCurrent, recordBuild } from "./build-fingerprint";

const dev = process.argv.includes("--dev");
const fresh = process.argv.includes("--fresh-database");
if (existsSync(".env")) process.loadEnvFile(".env");

const dataDir = resolve(process.env.SKILLSHIFT_DATA_DIR ?? ".data");
const port = Number(process.env.PORT ?? 3000);
const log = (message: string) => console.log(`[skillshift] ${message}`);
const started = Date.now();

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    log(`Generated AUTH_SECRET in ${file}`);
  }
  return readFileSync(file, "utf8").trim();
}

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  return spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", env });
}

/** The production server (scripts/next-server.mjs) once per core (scripts/next-workers.mjs). */
function serve(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(
    process.execPath,
    [fileURLToPath(new URL("./next-workers.mjs", import.meta.url)), "-p", String(port)],
    { stdio: "inherit", env },
  );
}

async function main() {
  // npm scripts run the Node.js that `npm install` put in node_modules (Linux x64 and arm64); elsewhere the machine's own.
  if (Number(process.versions.node.split(".")[0]) < 24) {
    throw new Error(
      `SkillShift runs on Node.js 24 or newer, and this is ${process.version}. Install Node.js 24 LTS (https://nodejs.org), then run npm start again.`,
    );
  }
  let embedded: EmbeddedDatabase | undefined;
  let scratch: ScratchDatabase | undefined;
  let child: ChildProcess | undefined;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((done) => {
        const force = setTimeout(() => child?.kill("SIGKILL"), 10_000);
        child?.once("exit", () => done(clearTimeout(force)));
      });
    }
    await scratch?.drop().catch((e) => log(`Could not drop the scratch database: ${e}`));
    if (embedded) {
      await embedded.stop();
      log("PostgreSQL stopped.");
    }
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(0));

  let url = process.env.DATABASE_URL;
  if (url && fresh) {
    scratch = await createScratchDatabase(url, "skillshift_e2e");
    url = scratch.url;
  } else if (!url) {
    if (fresh) rmSync(dataDir, { recursive: true, force: true });
    const pgPort = Number(process.env.SKILLSHIFT_PG_PORT ?? 54329);
    log(`Starting the embedded PostgreSQL on 127.0.0.1:${pgPort} (data in ${dataDir})`);
    // Imported only when used: the package installs exit hooks that would cut short our own shutdown.
    const { startEmbeddedPostgres } = await import("../db/embedded-postgres");
    embedded = await startEmbeddedPostgres({ dataDir, port: pgPort, database: "skillshift", log });
    url = embedded.url;
  }

  await migrateDatabase(url);
  const catalog = await syncCatalog(url);
  log(`Database ready: migrations applied, ${catalogSummary(catalog)}.`);

  const env = {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: authSecret(),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!dev && !buildIsCurrent()) {
    log("Building the app (first start or changed sources; this takes a minute or two)…");
    const build = run(["build"], { ...env, NODE_ENV: "production" });
    child = build;
    const code = await new Promise<number>((done) => build.once("exit", (c) => done(c ?? 1)));
    if (code !== 0) return stop(code);
    recordBuild();
  }
  child = dev
    ? run(["dev", "-p", String(port)], { ...env, NODE_ENV: "development" })
    : serve({ ...env, NODE_ENV: "production" });
  if (process.env.SKILLSHIFT_TEST_CLOCK === "1")
    log("SKILLSHIFT_TEST_CLOCK=1: a cookie can set the time of a request. For the test suite only.");
  log(
    `Starting Next.js on http://localhost:${port} with Node.js ${process.version} (${((Date.now() - started) / 1000).toFixed(1)} s since launch)`,
  );
  child.once("exit", (code) => void stop(code ?? 0));
}

main().catch((error) => {
  console.error(`[skillshift] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
