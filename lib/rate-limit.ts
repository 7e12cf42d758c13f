import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { clientAddressFrom } from "@/lib/client-address";
import { serverEnv } from "@/lib/env";

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Counts one hit against `key` in a fixed window and says whether it is within `limit`. The counter
 * lives in Postgres so every app instance shares it; one atomic upsert per hit.
 */
export async function hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const rows = await db().execute<{ count: number; retry: number }>(sql`
    insert into rate_limits (key, window_start, count) values (${key}, now(), 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds}) then 1 else rate_limits.count + 1 end,
      window_start = case when rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds}) then now() else rate_limits.window_start end
    returning count, ceil(extract(epoch from (window_start + make_interval(secs => ${windowSeconds}) - now())))::int as retry`);
  // Counters of past windows are dead weight; about one hit in a thousand sweeps them away.
  if (Math.random() < 0.001)
    await db().execute(sql`delete from rate_limits where window_start < now() - interval '1 day'`);
  const { count, retry } = rows[0];
  return { allowed: count <= limit, retryAfterSeconds: Math.max(1, retry) };
}

/**
 * Takes `amount` from a budget of `limit` per window under `key`, all or nothing: a request that
 * would overdraw it takes nothing, so a refused import does not eat the day's allowance.
 */
export async function take(
  key: string,
  amount: number,
  limit: number,
  windowSeconds: number,
): Promise<RateLimitResult> {
  const expired = sql`rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds})`;
  const rows =
    amount > limit
      ? []
      : await db().execute<{ count: number }>(sql`
          insert into rate_limits (key, window_start, count) values (${key}, now(), ${amount})
          on conflict (key) do update set
            count = case when ${expired} then ${amount} else rate_limits.count + ${amount} end,
            window_start = case when ${expired} then now() else rate_limits.window_start end
          where ${expired} or rate_limits.count + ${amount} <= ${limit}
          returning count`);
  if (rows.length > 0) return { allowed: true, retryAfterSeconds: 0 };
  const [row] = await db().execute<{ retry: number }>(sql`
    select ceil(extract(epoch from (window_start + make_interval(secs => ${windowSeconds}) - now())))::int as retry
    from rate_limits where key = ${key}`);
  return { allowed: false, retryAfterSeconds: Math.max(1, row?.retry ?? windowSeconds) };
}

/**
 * The client address: from X-Forwarded-For, trusting only as many proxies as TRUSTED_PROXY_HOPS
 * says (docs/security.md, lib/client-address.ts), so a made-up header cannot dodge a limit.
 */
export function clientAddress(headers: Headers): string {
  return clientAddressFrom(headers.get("x-forwarded-for"), serverEnv().TRUSTED_PROXY_HOPS);
}
