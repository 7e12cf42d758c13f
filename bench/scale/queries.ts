// Times the dashboard's and the progress page's own query functions (the lib code the pages call,
// through the app's drizzle setup) for random generated users, then shows their plans.
import { createHash } from "node:crypto";
import postgres from "postgres";
import { installDatabaseClient } from "@/db";
import { validateSession } from "@/lib/auth/sessions";
import { addDays, dayOf } from "@/lib/clock";
import { listGoals } from "@/lib/goals/queries";
import { changesSince, snapshotSeries } from "@/lib/history/queries";
import { getProfile } from "@/lib/profile/queries";
import { listAnalyses } from "@/lib/resume-analysis/service";
import { within, type BenchResult } from "../result";
import { BIG_TABLES } from "./generate";

const P95_AIM_MS = 10;
const uuidOf = (key: string) =>
  createHash("md5")
    .update(key)
    .digest("hex")
    .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5");

/** Deterministic sample, so runs before and after a change time the same users. */
function sample(users: number, count: number, seed: number): number[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0;
    return x % users;
  });
}

interface Captured {
  query: string;
  params: unknown[];
}

/** The app's db() with a logger, so the lib functions run unchanged and their SQL can be replayed under EXPLAIN. */
function installDb(url: string) {
  const client = postgres(url, { max: 10, idle_timeout: 30, onnotice: () => {} });
  const capture: { on: boolean; queries: Captured[] } = { on: false, queries: [] };
  const logger = {
    logQuery: (query: string, params: unknown[]) =>
      void (capture.on && capture.queries.push({ query, params })),
  };
  installDatabaseClient(client, logger);
  return { client, capture };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function timeQueries(url: string, users: number, calls: number) {
  const { client, capture } = installDb(url);
  const today = dayOf(new Date());
  /**
   * Users for one check: a sample of its own, so every check reads rows no earlier check touched
   * (from the OS page cache at best, as for most users of a big database), and their sessions seen a
   * minute ago (the common case: an older one is touched once, then it is this case).
   */
  async function subjectsFor(seed: number, count: number) {
    const subjects = sample(users, count, seed).map((n) => ({
      userId: uuidOf(`bench-user-${n}`),
      sessionId: uuidOf(`bench-session-${n}-0`),
    }));
    await client`update sessions set last_seen_at = now() - interval '1 minute', expires_at = greatest(expires_at, now() + interval '7 days')
      where id = any(${subjects.map((s) => s.sessionId)})`;
    const rows = await client<
      { id: string; role: string }[]
    >`select user_id::text as id, role_slug as role from profiles where user_id = any(${subjects.map((s) => s.userId)})`;
    const roles = new Map(rows.map((r) => [r.id, r.role]));
    return subjects.map((s) => ({ ...s, role: roles.get(s.userId)! }));
  }
  const since = new Date(Date.parse(`${addDays(today, -30)}T00:00:00Z`));
  const threeMonths = addDays(today, -91);

  type Subject = Awaited<ReturnType<typeof subjectsFor>>[number];
  const checks: [name: string, run: (s: Subject) => Promise<unknown>, aim: boolean][] = [
    ["session check (validateSession)", (s) => validateSession(s.sessionId), true],
    ["dashboard: getProfile", (s) => getProfile(s.userId), true],
    ["dashboard: listGoals", (s) => listGoals(s.userId), true],
    ["progress: snapshotSeries, 3 months", (s) => snapshotSeries(s.userId, s.role, threeMonths), true],
    ["progress: snapshotSeries, all", (s) => snapshotSeries(s.userId, s.role), true],
    ["progress: changesSince 30 days", (s) => changesSince(s.userId, s.role, since), true],
    ["progress: listAnalyses", (s) => listAnalyses(s.userId), true],
    [
      "dashboard: every query of one request",
      (s) =>
        validateSession(s.sessionId).then(() => Promise.all([getProfile(s.userId), listGoals(s.userId)])),
      false,
    ],
    [
      "progress: every query of one request",
      (s) =>
        validateSession(s.sessionId)
          .then(() => getProfile(s.userId))
          .then(() =>
            Promise.all([
              snapshotSeries(s.userId, s.role, threeMonths),
              changesSince(s.userId, s.role, since),
              listAnalyses(s.userId),
              listGoals(s.userId),
            ]),
          ),
      false,
    ],
  ];

  const results: BenchResult[] = [];
  const plans: { name: string; query: string; plan: string; seqScans: string[] }[] = [];
  for (const [index, [name, run, aim]] of checks.entries()) {
    const subjects = await subjectsFor(1_000 * index + 8, calls);
    // Warm-up on other users: the pool's connections and prepared statements, not these users' pages.
    for (const s of await subjectsFor(1_000 * index + 9, 20)) await run(s);
    const times: number[] = [];
    for (const s of subjects) {
      const start = performance.now();
      await run(s);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    results.push({ part: "scale", name: `${name}: p50`, value: percentile(times, 50), unit: "ms" });
    const p95 = percentile(times, 95);
    results.push(
      aim
        ? within("scale", `${name}: p95`, p95, "ms", { max: P95_AIM_MS })
        : { part: "scale", name: `${name}: p95`, value: p95, unit: "ms" },
    );
    console.error(
      `  scale: ${name}: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms`,
    );

    if (!aim) continue;
    // The SQL as the function sends it, captured on one user and explained for another that no
    // query has read yet, so the buffer counts show what a first visit costs.
    const [seen, ...others] = await subjectsFor(1_000 * index + 7, 300);
    const unseen = others.find((o) => o.role === seen.role) ?? others[0];
    capture.queries = [];
    capture.on = true;
    await run(seen);
    capture.on = false;
    const swap = new Map<unknown, unknown>([
      [seen.userId, unseen.userId],
      [seen.sessionId, unseen.sessionId],
    ]);
    let executionMs = 0;
    for (const q of capture.queries) {
      const params = q.params.map((p) =>
        swap.has(p) ? swap.get(p) : p,
      ) as postgres.ParameterOrJSON<never>[];
      const rows = await client.unsafe(`explain (analyze, buffers) ${q.query}`, params);
      const plan = rows.map((r) => r["QUERY PLAN"] as string).join("\n");
      const seqScans = [...plan.matchAll(/Seq Scan on (\w+)/g)]
        .map((m) => m[1])
        .filter((t) => BIG_TABLES.includes(t));
      plans.push({ name, query: q.query, plan, seqScans });
      executionMs += Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    }
    // Time inside PostgreSQL for a user nothing has read yet: unlike p95 at the client, it does not
    // move with the machine's other load.
    results.push({
      part: "scale",
      name: `${name}: execution in PostgreSQL, first visit`,
      value: executionMs,
      unit: "ms",
    });
  }
  await client.end();
  return { results, plans };
}
