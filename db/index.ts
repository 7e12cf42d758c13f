import "server-only";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { serverEnv } from "@/lib/env";
import * as schema from "./schema";

export type Db = ReturnType<typeof drizzle<typeof schema>>;

// One pool per server process, created on first use and kept across hot reloads in development.
const cache = globalThis as unknown as { skillshiftDb?: Db };

export function db(): Db {
  if (!cache.skillshiftDb) {
    const client = postgres(serverEnv().DATABASE_URL, { max: 10, idle_timeout: 30, onnotice: () => {} });
    cache.skillshiftDb = drizzle(client, { schema, casing: "snake_case" });
  }
  return cache.skillshiftDb;
}
