// `next start` in one process per core, all on one port. Next.js serves a request on one thread,
// so a single process leaves the other cores idle; node:cluster hands each worker's listen() to
// the primary, which deals connections out in turn. The workers share nothing but PostgreSQL
// (sessions and rate limits live there), as separate instances behind a load balancer would.
//   node scripts/next-workers.mjs start -p 3000     WEB_CONCURRENCY sets the count (default: cores)
import cluster from "node:cluster";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";

const count = Number(process.env.WEB_CONCURRENCY) || availableParallelism();
cluster.setupPrimary({
  exec: createRequire(import.meta.url).resolve("next/dist/bin/next"),
  args: process.argv.slice(2),
  // A render allocates a lot of short-lived objects: a 64 MB young generation (16 MB by default)
  // collects them less often, about 10% less CPU per dashboard view (bench/README.md).
  execArgv: [...process.execArgv, "--max-semi-space-size=64"],
});
for (let i = 0; i < count; i++) cluster.fork();

let stopping = false;
let exitCode = 0;
const stop = () => {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, stop);

// One worker failing means the app is broken (a bad build, a port in use): stop them all and
// report it, as a single `next start` exiting would, rather than serve from fewer workers.
cluster.on("exit", (worker, code, signal) => {
  if (!stopping) {
    console.error(`[skillshift] A Next.js worker exited (${signal ?? `code ${code}`}); stopping the others.`);
    exitCode = code || 1;
    stop();
  }
  if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
});
