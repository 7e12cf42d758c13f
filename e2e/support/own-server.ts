// A production server of the app with a PostgreSQL of its own, for tests that stop the database
// under it. Uses the build the shared e2e server made (playwright.config.ts); never builds.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { syncCatalog } from "../../db/catalog-sync";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../db/embedded-postgres";
import { migrateDatabase } from "../../db/migrate";

/** A port nothing listens on right now (the OS picks it), so parallel runs never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface OwnDatabase {
  url: string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
  remove: () => Promise<void>;
}

/** A fresh embedded PostgreSQL, migrated, with the catalog; it can be stopped and started again. */
export async function ownDatabase(dataDir: string): Promise<OwnDatabase> {
  rmSync(dataDir, { recursive: true, force: true });
  const port = await freePort();
  const open = () => startEmbeddedPostgres({ dataDir, port, database: "skillshift_fault", log: () => {} });
  let running: EmbeddedDatabase | undefined = await open();
  await migrateDatabase(running.url);
  await syncCatalog(running.url);
  const { url } = running;
  return {
    url,
    // SIGINT: PostgreSQL's fast shutdown, which aborts open transactions and drops every client.
    stop: async () => {
      await running?.stop();
      running = undefined;
    },
    start: async () => {
      running ??= await open();
    },
    remove: async () => {
      await running?.stop();
      running = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface OwnApp {
  baseURL: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** The production server (scripts/next-server.mjs) on a free port against `databaseUrl`; resolves once the home page answers. */
export async function ownApp(databaseUrl: string): Promise<OwnApp> {
  const port = await freePort();
  const server = fileURLToPath(new URL("../../scripts/next-server.mjs", import.meta.url));
  const child: ChildProcess = spawn(process.execPath, [server, "-p", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const baseURL = `http://localhost:${port}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", () => done(clearTimeout(force)));
      child.kill("SIGTERM");
    });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(baseURL)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server did not answer within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { baseURL, output: () => output, stop };
}
