// HTTP under load: autocannon against the production server, a fixed number of connections for a
// bounded time per target (after a short warm-up that is not counted).
import { spawn } from "node:child_process";
import autocannon, { type RawRequest } from "autocannon";
import { makeResume } from "./extractor";
import { within, type BenchResult } from "./result";
import { groupCpu, stopOnInterrupt, type ServerCpu } from "./server";

export interface HttpTarget {
  name: string;
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** A different X-Forwarded-For per request, so the per-client API limit (120/min) counts many clients. */
  manyClients?: boolean;
  aim?: { rps?: number; p99?: number };
}

export interface HttpOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

/** 10.x.y.z addresses in turn: each client stays far below the API limit during a run. */
function clientAddresses() {
  let n = 0;
  return () => {
    n = (n + 1) % 50_000;
    return `10.${200 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
  };
}

async function fire(base: string, target: HttpTarget, connections: number, seconds: number) {
  const nextAddress = clientAddresses();
  const request: RawRequest = {
    method: target.method ?? "GET",
    path: target.path,
    headers: target.headers,
    body: target.body,
  };
  return autocannon({
    url: `${base}${target.path}`,
    connections,
    duration: seconds,
    timeout: 10,
    ...request,
    requests: target.manyClients
      ? [
          {
            ...request,
            setupRequest: (r) => ({ ...r, headers: { ...r.headers, "x-forwarded-for": nextAddress() } }),
          },
        ]
      : undefined,
  });
}

export async function benchHttp(
  base: string,
  targets: HttpTarget[],
  options: HttpOptions,
  cpu: () => ServerCpu,
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const target of targets) {
    console.log(
      `  http: ${target.name} (${options.connections} connections, ${options.warmupSeconds} s warm-up + ${options.seconds} s)`,
    );
    if (options.warmupSeconds > 0) await fire(base, target, options.connections, options.warmupSeconds);
    const before = cpu();
    const clientBefore = process.cpuUsage();
    const r = await fire(base, target, options.connections, options.seconds);
    const after = cpu();
    const client = process.cpuUsage(clientBefore);
    const rps = r.requests.total / r.duration;
    const codes = Object.entries(r.statusCodeStats)
      .map(([code, s]) => `${code}×${s.count}`)
      .join(", ");
    if (r.non2xx || r.errors)
      console.log(`    non-2xx or errors: status codes ${codes}, errors ${r.errors}, timeouts ${r.timeouts}`);
    const part = "http";
    const label = `${target.name}`;
    results.push(
      target.aim?.rps
        ? within(part, `${label}: requests/s`, rps, "req/s", { min: target.aim.rps })
        : { part, name: `${label}: requests/s`, value: rps, unit: "req/s" },
      { part, name: `${label}: p50 latency`, value: r.latency.p50, unit: "ms" },
      target.aim?.p99
        ? within(part, `${label}: p99 latency`, r.latency.p99, "ms", { max: target.aim.p99 })
        : { part, name: `${label}: p99 latency`, value: r.latency.p99, unit: "ms" },
      within(part, `${label}: non-2xx responses`, r.non2xx, "responses", { max: 1 }, "0"),
      within(part, `${label}: errors (incl. timeouts)`, r.errors, "requests", { max: 1 }, "0"),
      // CPU per request barely depends on the machine's other load: the figure to compare across runs.
      {
        part,
        name: `${label}: CPU per request, Next.js`,
        value: (after.app - before.app) / r.requests.total,
        unit: "ms",
      },
      {
        part,
        name: `${label}: CPU per request, PostgreSQL`,
        value: (after.db - before.db) / r.requests.total,
        unit: "ms",
      },
      {
        part,
        name: `${label}: CPU per request, load generator`,
        value: (client.user + client.system) / 1000 / r.requests.total,
        unit: "ms",
      },
    );
  }
  return results;
}

export function httpTargets(cookie: string): HttpTarget[] {
  return [
    {
      name: "GET /roles/backend-developer (role report)",
      path: "/roles/backend-developer",
      aim: { rps: 1500, p99: 50 },
    },
    { name: "GET /roles", path: "/roles" },
    {
      name: "GET /dashboard (signed in, 15 skills)",
      path: "/dashboard",
      headers: { cookie },
      aim: { rps: 300, p99: 100 },
    },
    {
      name: "POST /api/v1/keywords/extract (2-page resume)",
      path: "/api/v1/keywords/extract",
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: makeResume(900, 1) }),
      manyClients: true,
      aim: { rps: 500 },
    },
  ];
}

/**
 * The machine's ceiling right now: a bare Node.js http server answering 1 kB, under the same load.
 * Beside it the app's figures say how much is the app and how much is the machine (or its neighbours).
 */
export async function benchCalibration(port: number, options: HttpOptions): Promise<BenchResult[]> {
  const script = `require("node:http").createServer((q, s) => s.end("x".repeat(1024))).listen(${port}, "127.0.0.1", () => console.log("ready"))`;
  const child = spawn(process.execPath, ["-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  const forget = stopOnInterrupt(() => void child.kill("SIGTERM"));
  try {
    await new Promise((done, fail) => {
      child.stdout!.once("data", done);
      child.once("exit", (code) =>
        fail(
          new Error(`calibration server exited (${code}); is port ${port} free? Set BENCH_CALIBRATION_PORT.`),
        ),
      );
    });
    console.log(
      `  http: calibration, bare Node.js server (${options.connections} connections, ${options.warmupSeconds} s warm-up + ${options.seconds} s)`,
    );
    const target = { name: "calibration: bare Node.js http server, 1 kB", path: "/" };
    if (options.warmupSeconds > 0)
      await fire(`http://127.0.0.1:${port}`, target, options.connections, options.warmupSeconds);
    const before = groupCpu(child.pid!);
    const r = await fire(`http://127.0.0.1:${port}`, target, options.connections, options.seconds);
    const after = groupCpu(child.pid!);
    return [
      {
        part: "http",
        name: `${target.name}: requests/s`,
        value: r.requests.total / r.duration,
        unit: "req/s",
      },
      { part: "http", name: `${target.name}: p99 latency`, value: r.latency.p99, unit: "ms" },
      {
        part: "http",
        name: `${target.name}: CPU per request`,
        value: (after.app - before.app) / r.requests.total,
        unit: "ms",
      },
    ];
  } finally {
    child.kill("SIGTERM");
    forget();
  }
}
