import "server-only";
import type { Logger } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { serverEnv } from "@/lib/env";
import * as schema from "./schema";

export type Db = ReturnType<typeof drizzle<typeof schema>>;

interface Pool {
  db: Db;
  client: postgres.Sql;
  createdAt: number;
}

// One pool per server process, created on first use and kept across hot reloads in development.
const cache = globalThis as unknown as { skillshiftDb?: Pool };

export function db(): Db {
  if (!cache.skillshiftDb) {
    const client = postgres(serverEnv().DATABASE_URL, {
      max: 10,
      idle_timeout: 30,
      // Fail fast when the server is gone (the default waits 30 s): the request gets its 503 in seconds.
      connect_timeout: 5,
      // Wait between reconnection attempts. The default grows to 10–20 s after a few failures, so
      // the app would stay down that long after PostgreSQL is back; capped at a second, with jitter.
      backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1) * (0.5 + Math.random() / 2),
      onnotice: () => {},
    });
    installDatabaseClient(client);
  }
  return cache.skillshiftDb!.db;
}

/** Makes db() use this client (tools outside Next: the data-scale bench, with a query logger). */
export function installDatabaseClient(client: postgres.Sql, logger?: Logger): void {
  cache.skillshiftDb = {
    db: drizzle(client, { schema, casing: "snake_case", logger }),
    client,
    createdAt: Date.now(),
  };
}

/**
 * Swaps the pool for a fresh one after a connection failed (lib/availability calls this). A
 * postgres.js connection that broke mid-query can keep a stale state: its next query waits
 * forever, or gets the old connection's error (postgres.js 3.4.9; porsager/postgres#1130, #1142).
 * New queries go to the new pool; the old one gets five seconds to finish what it runs, then its
 * connections are destroyed, which also releases any query stuck on them. At most once a second.
 */
export function retireDatabasePool(): void {
  const pool = cache.skillshiftDb;
  if (!pool || Date.now() - pool.createdAt < 1_000) return;
  cache.skillshiftDb = undefined;
  void pool.client.end({ timeout: 5 }).catch(() => {});
}
