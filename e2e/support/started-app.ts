// `npm start` itself (scripts/start.ts: its embedded PostgreSQL, the supervisor and its Next.js
// workers) on free ports with a fresh database, for tests of how the whole runs and recovers. Uses
// the build the shared e2e server made (playwright.config.ts); never builds.
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { freePort } from "./own-server";

export interface StartedApp {
  baseURL: string;
  databaseUrl: string;
  /** The Next.js workers serving now, in the order they started. */
  workerPids: () => number[];
  /** Whether `npm start` (and so its PostgreSQL) is still up. */
  running: () => boolean;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startedApp(name: string, workers: number): Promise<StartedApp> {
  const [port, pgPort] = [await freePort(), await freePort()];
  const dataDir = `.data/e2e-${name}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--fresh-database"], {
    env: {
      ...process.env,
      PORT: String(port),
      SKILLSHIFT_PG_PORT: String(pgPort),
      SKILLSHIFT_DATA_DIR: dataDir,
      WEB_CONCURRENCY: String(workers),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const running = () => child.exitCode === null && child.signalCode === null;
  const workerPids = () => {
    const exited = new Set([...output.matchAll(/worker (\d+) exited/g)].map((m) => Number(m[1])));
    return [...output.matchAll(/worker (\d+) is serving/g)]
      .map((m) => Number(m[1]))
      .filter((pid) => !exited.has(pid));
  };
  const stop = () =>
    new Promise<void>((done) => {
      const finish = () => {
        rmSync(dataDir, { recursive: true, force: true });
        done();
      };
      if (!running()) return finish();
      const force = setTimeout(() => child.kill("SIGKILL"), 15_000);
      child.once("exit", () => {
        clearTimeout(force);
        finish();
      });
      child.kill("SIGTERM");
    });
  const deadline = Date.now() + 90_000;
  while (workerPids().length < workers) {
    if (!running() || Date.now() > deadline) {
      await stop();
      throw new Error(`npm start did not bring up ${workers} workers:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const password = readFileSync(`${dataDir}/postgres-password`, "utf8").trim();
  return {
    baseURL: `http://localhost:${port}`,
    databaseUrl: `postgres://postgres:${password}@127.0.0.1:${pgPort}/skillshift`,
    workerPids,
    running,
    output: () => output,
    stop,
  };
}

/** The most memory the process has held at once (VmHWM), in MB. */
export function peakMemoryMb(pid: number): number {
  const kb = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmHWM:\s+(\d+) kB/)?.[1];
  return Number(kb) / 1024;
}
