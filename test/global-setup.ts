// Integration tests get a fresh, migrated database with the catalog loaded, per run: an embedded PostgreSQL in .data/test,
// or a throwaway database on DATABASE_URL's server when it is set.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { syncCatalog } from "../db/catalog-sync";
import { migrateDatabase } from "../db/migrate";
import { createScratchDatabase } from "../db/scratch-database";

/**
 * embedded-postgres loads async-exit-hook, which calls process.exit(0) on "beforeExit" and so would turn
 * the failing exit code vitest sets into success. Keep the code vitest set.
 */
function keepFailingExitCode() {
  let failed: typeof process.exitCode;
  process.on("beforeExit", () => (failed ||= process.exitCode));
  process.on("exit", () => {
    if (failed) process.exitCode = failed;
  });
}

export default async function setup() {
  keepFailingExitCode();
  let stop: () => Promise<void>;
  let url: string;
  if (process.env.DATABASE_URL) {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL, "skillshift_test");
    url = scratch.url;
    stop = scratch.drop;
  } else {
    const dataDir = ".data/test";
    rmSync(dataDir, { recursive: true, force: true });
    const pg = await startEmbeddedPostgres({
      dataDir,
      port: Number(process.env.SKILLSHIFT_TEST_PG_PORT ?? 54330),
      database: "skillshift_test",
      log: () => {},
    });
    url = pg.url;
    stop = pg.stop;
  }
  try {
    await migrateDatabase(url);
    await syncCatalog(url);
  } catch (error) {
    await stop();
    throw error;
  }
  // Workers start after this and inherit the environment.
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  return stop;
}
