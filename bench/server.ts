// Starts the production app the way the e2e tests do (scripts/start.ts: embedded PostgreSQL,
// migrations, a build only when the sources changed, `next start`), waits for it, stops it with SIGTERM.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { join, resolve } from "node:path";

export interface BenchServer {
  url: string;
  /** The app's database, for seeding through lib functions. */
  databaseUrl: string;
  authSecret: string;
  /** Whether this start had to build the app first. */
  built: boolean;
  /** Spawn to the first 200 on /. */
  readyMs: number;
  logFile: string;
  /** CPU time used so far by the app (Next.js and its launchers) and by PostgreSQL, in ms. */
  cpu: () => ServerCpu;
  stop: () => Promise<void>;
}

export interface ServerCpu {
  app: number;
  db: number;
}

export interface ServerOptions {
  port: number;
  pgPort: number;
  dataDir: string;
  /** The command to spawn; by default what the e2e tests run. */
  command?: string[];
  env?: Record<string, string>;
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function status(url: string): Promise<number> {
  try {
    const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

export function portInUse(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => done(!socket.destroy()));
    socket.once("error", () => done(false));
  });
}

function stopGroup(child: ChildProcess, pgPort: number): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once("exit", done));
      // The whole group, as Playwright does for the e2e server: start.ts then stops Next and PostgreSQL.
      process.kill(-child.pid!, "SIGTERM");
      const forced = await Promise.race([exited.then(() => false), sleep(30_000).then(() => true)]);
      if (forced) {
        process.kill(-child.pid!, "SIGKILL");
        await exited;
      }
    }
    for (let i = 0; i < 100 && (await portInUse(pgPort)); i++) await sleep(100);
  };
}

/**
 * CPU time of a process group from /proc (Linux; NaN elsewhere). PostgreSQL's backends start their
 * own process groups, so the postmaster's children are counted too. Unlike latency and throughput,
 * CPU per request hardly depends on what else the machine is running.
 */
export function groupCpu(groupId: number): ServerCpu {
  const tickMs = 10; // Linux USER_HZ is 100
  try {
    const procs = readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .flatMap((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
          const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
          const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
          return [
            {
              pid: Number(pid),
              comm,
              ppid: Number(f[1]),
              group: Number(f[2]),
              ms: (Number(f[11]) + Number(f[12])) * tickMs,
            },
          ];
        } catch {
          return []; // exited meanwhile
        }
      });
    const members = new Set(procs.filter((p) => p.group === groupId).map((p) => p.pid));
    const cpu = { app: 0, db: 0 };
    for (const p of procs) {
      if (!members.has(p.pid) && !members.has(p.ppid)) continue;
      if (p.comm.startsWith("postgres")) cpu.db += p.ms;
      else cpu.app += p.ms;
    }
    return cpu;
  } catch {
    return { app: NaN, db: NaN };
  }
}

// Servers run in their own process group (so they can be stopped as one), which a Ctrl-C in the
// terminal does not reach: stop them here before leaving.
const running = new Set<() => Promise<void> | void>();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(
    signal,
    () => void Promise.all([...running].map((stop) => stop())).finally(() => process.exit(130)),
  );
}

/** Stops `stop`'s process on Ctrl-C; call the returned function once it is stopped. */
export function stopOnInterrupt(stop: () => Promise<void> | void): () => void {
  running.add(stop);
  return () => void running.delete(stop);
}

export async function startServer(options: ServerOptions): Promise<BenchServer> {
  for (const port of [options.port, options.pgPort]) {
    if (await portInUse(port))
      throw new Error(
        `Port ${port} is already in use; stop what runs there or set BENCH_PORT / BENCH_PG_PORT.`,
      );
  }
  mkdirSync("bench/results", { recursive: true });
  const logFile = resolve(`bench/results/server-${options.port}.log`);
  const log = createWriteStream(logFile);
  // The app gets its own embedded database, whatever DATABASE_URL this shell has.
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const command = options.command ?? ["npx", "tsx", "scripts/start.ts", "--fresh-database"];
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...inherited,
      PORT: String(options.port),
      SKILLSHIFT_PG_PORT: String(options.pgPort),
      SKILLSHIFT_DATA_DIR: options.dataDir,
      ...options.env,
    },
  });
  let built = false;
  child.stdout!.on("data", (chunk: Buffer) => {
    if (chunk.toString().includes("Building the app")) {
      built = true;
      console.log("  building the production app first (sources changed)…");
    }
    log.write(chunk);
  });
  child.stderr!.pipe(log);
  const stopChild = stopGroup(child, options.pgPort);
  const forget = stopOnInterrupt(stopChild);
  const stop = async () => {
    forget();
    await stopChild();
  };
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = started + (options.timeoutMs ?? 15 * 60_000);
  while ((await status(`${url}/`)) !== 200) {
    if (child.exitCode !== null || performance.now() > deadline) {
      await stop();
      throw new Error(`The app did not start (exit code ${child.exitCode}); see ${logFile}`);
    }
    await sleep(50);
  }
  const readyMs = performance.now() - started;
  const dataDir = resolve(options.dataDir);
  const password = readFileSync(join(dataDir, "postgres-password"), "utf8").trim();
  const secretFile = join(dataDir, "auth-secret");
  return {
    url,
    databaseUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.pgPort}/skillshift`,
    authSecret:
      process.env.AUTH_SECRET ?? (existsSync(secretFile) ? readFileSync(secretFile, "utf8").trim() : ""),
    built,
    readyMs,
    logFile,
    cpu: () => groupCpu(child.pid!),
    stop,
  };
}
