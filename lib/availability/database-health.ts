import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import postgres from "postgres";
import { retireDatabasePool } from "@/db";
import { serverEnv } from "@/lib/env";
import { isDatabaseUnavailable } from "./database-error";

// How long a probe's answer stands. Short both ways: an outage is noticed within a second or two,
// recovery within half a second, and a busy server still sends at most a few probes a second.
const UP_FOR_MS = 2_000;
const DOWN_FOR_MS = 500;
const PROBE_TIMEOUT_MS = 2_000;

interface Health {
  up: boolean;
  checkedAt: number;
  probe?: Promise<boolean>;
  client?: postgres.Sql;
}

// On globalThis: the proxy and the app routes are separate bundles in one process and share these.
const shared = globalThis as unknown as {
  skillshiftDbHealth?: Health;
  skillshiftDbWatch?: AsyncLocalStorage<{ failed: boolean }>;
};
const health = (): Health => (shared.skillshiftDbHealth ??= { up: true, checkedAt: 0 });
const watch = () => (shared.skillshiftDbWatch ??= new AsyncLocalStorage<{ failed: boolean }>());

/**
 * Records that a query just failed for want of a database (the caller classified the error): the
 * request being watched (see `watchingDatabase`) learns of it, the next `databaseReachable()`
 * probes afresh instead of trusting a cached "up" (one failed query does not mark the database
 * down by itself: a connection can break while the server is fine), and the pool, whose
 * connections may be left in a broken state, is replaced (db/index.ts).
 */
export function noteDatabaseFailure(): void {
  const watched = watch().getStore();
  if (watched) watched.failed = true;
  const h = health();
  if (h.up) h.checkedAt = 0;
  retireDatabasePool();
}

/** Classifies `error`, noting a database failure when it is one. */
export function noteIfDatabaseUnavailable(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  noteDatabaseFailure();
  return true;
}

/** For `.catch()`: notes an outage, then rethrows whatever it was. */
export function rethrowNotingOutage(error: unknown): never {
  noteIfDatabaseUnavailable(error);
  throw error;
}

/**
 * Runs `fn` and says whether a database failure was noted inside it. For code whose errors are
 * swallowed by a library: Auth.js turns a failed session check into "no session".
 */
export async function watchingDatabase<T>(fn: () => Promise<T>): Promise<{ value: T; failed: boolean }> {
  const state = { failed: false };
  const value = await watch().run(state, fn);
  return { value, failed: state.failed };
}

/**
 * Whether the database answers, from a cached probe. The probe has its own one-connection client,
 * so a pool busy with slow queries does not read as an outage, and a short timeout, so a server
 * that does not answer at all is noticed in seconds.
 */
export async function databaseReachable(): Promise<boolean> {
  const h = health();
  const age = Date.now() - h.checkedAt;
  if (age < (h.up ? UP_FOR_MS : DOWN_FOR_MS)) return h.up;
  h.probe ??= probe(h).finally(() => (h.probe = undefined));
  return h.probe;
}

async function probe(h: Health): Promise<boolean> {
  // A fixed short wait between connection attempts: postgres.js's default grows to many seconds.
  h.client ??= postgres(serverEnv().DATABASE_URL, {
    max: 1,
    connect_timeout: PROBE_TIMEOUT_MS / 1000,
    idle_timeout: 30,
    backoff: () => 0.05,
    onnotice: () => {},
  });
  const client = h.client;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">(
    (done) => (timer = setTimeout(() => done("timeout"), PROBE_TIMEOUT_MS)),
  );
  let up = false;
  try {
    const answer = await Promise.race([client`select 1`, timeout]);
    up = answer !== "timeout";
    if (!up) {
      // A hung connection would queue every later probe behind it: start afresh next time.
      h.client = undefined;
      void client.end({ timeout: 0 }).catch(() => {});
    }
  } catch (error) {
    // Anything else (bad credentials, a dropped database) is a real fault too: down, and logged.
    if (!isDatabaseUnavailable(error))
      console.error(`[skillshift] database probe failed: ${error instanceof Error ? error.name : "error"}`);
  } finally {
    clearTimeout(timer);
  }
  h.up = up;
  h.checkedAt = Date.now();
  return up;
}
