// The framework's floor: an empty Next.js app (same Next.js and React as ours, built in .data), one
// process, measured the way the app is. Beside the app's figures it says which part of a cost is
// Next.js itself and which is ours: no page of ours can weigh or cost less than these.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { benchHttp, type HttpOptions } from "./http";
import type { BenchResult } from "./result";
import { groupCpu, portInUse, stopOnInterrupt } from "./server";
import { firstLoadKb } from "./weight";

const dir = resolve(".data/bench-floor");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

const FILES: Record<string, string> = {
  "package.json": `{ "private": true }`,
  "app/layout.jsx": `export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }`,
  "app/page.jsx": `export default function Page() { return <main><h1>Static</h1></main>; }`,
  "app/dynamic/page.jsx": `import { connection } from "next/server";
export default async function Page() { await connection(); return <main><h1>Dynamic</h1></main>; }`,
  "app/api/ping/route.js": `export const dynamic = "force-dynamic";
export function GET() { return Response.json({ ok: true }); }`,
};

function run(args: string[], detached = false) {
  return spawn(process.execPath, [nextBin, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    detached,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
}

async function build() {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const child = run(["build", dir]);
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const code = await new Promise((done) => child.once("exit", done));
  if (code !== 0) throw new Error(`the empty app did not build:\n${log}`);
}

export async function benchFloor(port: number, options: HttpOptions): Promise<BenchResult[]> {
  if (await portInUse(port)) throw new Error(`port ${port} is taken; set BENCH_FLOOR_PORT`);
  console.log("  floor: building an empty Next.js app in .data/bench-floor");
  await build();
  // The same young-generation size our workers get (scripts/next-workers.mjs).
  const child = spawn(
    process.execPath,
    ["--max-semi-space-size=64", nextBin, "start", dir, "-p", String(port)],
    {
      stdio: "ignore",
      detached: true,
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  const stop = () => void process.kill(-child.pid!, "SIGTERM");
  const forget = stopOnInterrupt(stop);
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      if ((await fetch(base).catch(() => null))?.ok) break;
      if (i > 100) throw new Error("the empty app did not start");
      await new Promise((done) => setTimeout(done, 100));
    }
    const targets = [
      { name: "empty app, static page", path: "/" },
      { name: "empty app, dynamic page", path: "/dynamic" },
      { name: "empty app, route handler (JSON)", path: "/api/ping" },
    ];
    const load = await benchHttp(base, targets, options, () => groupCpu(child.pid!));
    // Throughput and latency of a one-process server say little here; CPU per request is the floor.
    const cpu = load
      .filter((r) => r.name.endsWith("CPU per request, Next.js"))
      .map((r) => ({ ...r, part: "floor", name: r.name.replace(", Next.js", "") }));
    return [
      { part: "floor", name: "empty app: first-load JS", value: await firstLoadKb(base, "/"), unit: "kB gz" },
      ...cpu,
    ];
  } finally {
    stop();
    forget();
  }
}
