import { createServer } from "node:net";
import { drizzle } from "drizzle-orm/postgres-js";
import { sql } from "drizzle-orm";
import { AuthError } from "next-auth";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "./database-error";

/** A port with nothing listening on it. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

describe("telling an unreachable database from other errors (real connections)", () => {
  it("a server that is not there, seen by postgres.js and through drizzle", async () => {
    const client = postgres({
      host: "127.0.0.1",
      port: await closedPort(),
      user: "x",
      database: "x",
      connect_timeout: 2,
      onnotice: () => {},
    });
    try {
      const raw = await errorOf(client`select 1`);
      expect(raw).toMatchObject({ code: "ECONNREFUSED" });
      expect(isDatabaseUnavailable(raw)).toBe(true);
      const wrapped = await errorOf(drizzle(client).execute(sql`select 1`));
      expect(wrapped).not.toBe(raw);
      expect(isDatabaseUnavailable(wrapped)).toBe(true);
      // Auth.js wraps what a callback throws as an AuthError with { cause: { err } }.
      expect(isDatabaseUnavailable(new AuthError("CallbackRouteError", { cause: { err: wrapped } }))).toBe(
        true,
      );
    } finally {
      await client.end({ timeout: 0 });
    }
  });

  it("a connection the server ends mid-query (as on shutdown) while the database itself answers", async () => {
    const victim = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      const [{ pid }] = await victim`select pg_backend_pid() as pid`;
      const running = errorOf(victim`select pg_sleep(10)`);
      await admin`select pg_terminate_backend(${pid}) from pg_stat_activity where pid = ${pid} and state = 'active'`;
      const ended = await running;
      // 57P01 (admin shutdown) when its message arrives first, else the closed socket.
      expect((ended as { code?: string }).code).toMatch(/^(57P01|CONNECTION_CLOSED|ECONNRESET)$/);
      expect(isDatabaseUnavailable(ended)).toBe(true);
    } finally {
      await Promise.all([victim.end({ timeout: 0 }), admin.end({ timeout: 0 })]);
    }
  });

  it("query errors, bugs and bad input are not outages", async () => {
    const client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      const nul = await errorOf(drizzle(client).execute(sql`select ${"a\u0000b"}::text`));
      expect(nul).toBeDefined();
      expect(isDatabaseUnavailable(nul)).toBe(false);
      const syntax = await errorOf(client`select from where`);
      expect(isDatabaseUnavailable(syntax)).toBe(false);
    } finally {
      await client.end({ timeout: 0 });
    }
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
    expect(isDatabaseUnavailable(new DatabaseUnavailableError())).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("starting up"), { code: "57P03" }))).toBe(true);
    expect(
      isDatabaseUnavailable(
        new AggregateError([new Error("a"), Object.assign(new Error("b"), { code: "ETIMEDOUT" })]),
      ),
    ).toBe(true);
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });
});
