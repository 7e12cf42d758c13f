// The production server (scripts/next-server.mjs: Next.js behind our own http server, as `next start`
// runs it) in one process per core, all on one port, kept running. Next.js serves a request on
// one thread, so a single process leaves the other cores idle; node:cluster hands each worker's
// listen() to the primary, which deals connections out in turn. The workers share nothing but
// PostgreSQL (sessions and rate limits live there), as separate instances behind a load balancer would.
//   node scripts/next-workers.mjs -p 3000     WEB_CONCURRENCY sets the count (default: cores)
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

const count = Number(process.env.WEB_CONCURRENCY) || availableParallelism();
// An explicit ceiling: a worker that grows past it dies alone and is replaced (below), instead of
// taking the machine's memory from PostgreSQL and the other workers.
const heapMb = Number(process.env.WEB_HEAP_MB) || 1024;
const log = (message) => console.error(`[skillshift] ${message}`);
cluster.setupPrimary({
  exec: fileURLToPath(new URL("./next-server.mjs", import.meta.url)),
  args: process.argv.slice(2),
  // A render allocates a lot of short-lived objects: a 64 MB young generation (16 MB by default)
  // collects them less often, about 10% less CPU per dashboard view (bench/README.md).
  execArgv: [...process.execArgv, "--max-semi-space-size=64", `--max-old-space-size=${heapMb}`],
});

let stopping = false;
let served = false;
let quickDeaths = 0;
const bornAt = new Map();

function fork() {
  const worker = cluster.fork();
  bornAt.set(worker.id, Date.now());
  worker.once("listening", () => {
    served = true;
    log(`Next.js worker ${worker.process.pid} is serving.`);
  });
}

const stop = () => {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, stop);

cluster.on("exit", (worker, code, signal) => {
  const lived = Date.now() - (bornAt.get(worker.id) ?? Date.now());
  bornAt.delete(worker.id);
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  const how = signal ?? `code ${code}`;
  // Before any worker has served, a failure is the app's (a bad build, a port in use): report it
  // and stop, as a single `next start` would. After that, replace the worker and keep serving.
  if (!served) {
    log(`A Next.js worker exited (${how}) before serving; stopping the others.`);
    stopping = true;
    for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
    process.exitCode = code || 1;
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode);
    return;
  }
  // A worker that keeps dying young waits longer each time (up to 30 s), so a crash loop cannot eat the CPU.
  quickDeaths = lived < 30_000 ? quickDeaths + 1 : 0;
  const delay = quickDeaths === 0 ? 0 : Math.min(30_000, 500 * 2 ** (quickDeaths - 1));
  log(
    `Next.js worker ${worker.process.pid} exited (${how}); starting another${delay ? ` in ${delay / 1000} s` : ""}.`,
  );
  setTimeout(() => stopping || fork(), delay);
});

for (let i = 0; i < count; i++) fork();
