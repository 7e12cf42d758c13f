// The production app on a port and data directory of its own, on a fresh database, the way the
// browser tests start it; for the Lighthouse and screenshot scripts.
import { spawn } from "node:child_process";

export interface ProdServer {
  url: string;
  stop: () => Promise<void>;
}

export async function startProdServer({
  port,
  pgPort,
  dataDir,
}: {
  port: number;
  pgPort: number;
  dataDir: string;
}): Promise<ProdServer> {
  const url = `http://localhost:${port}`;
  // One process (no npx wrapper) so that SIGTERM reaches start.ts, which stops Next and PostgreSQL.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--fresh-database"], {
    env: {
      ...process.env,
      PORT: String(port),
      SKILLSHIFT_PG_PORT: String(pgPort),
      SKILLSHIFT_DATA_DIR: dataDir,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise<number>((done) => child.once("exit", (code) => done(code ?? 1)));
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await exited;
  };

  // A first build takes a minute or two on a busy machine.
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`The app exited with code ${child.exitCode} before it answered.`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(5_000) })).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The app did not answer on ${url} within 10 minutes.`);
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
}
