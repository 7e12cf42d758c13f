import { createHash } from "node:crypto";
import { createServer } from "node:net";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/db";
import { action, publicAction } from "@/lib/action";
import { DATABASE_UNAVAILABLE_MESSAGE } from "./database-error";
import { databaseReachable, noteDatabaseFailure, watchingDatabase } from "./database-health";
import { unavailablePage } from "./responses";
import { answeringOutages } from "./route";

const user = { id: "00000000-0000-0000-0000-000000000000", name: "T", email: "t@example.com" };

/** A query against a server that is not there: the real error an outage produces. */
async function queryADeadServer() {
  const port = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
  const client = postgres({
    host: "127.0.0.1",
    port,
    user: "x",
    database: "x",
    connect_timeout: 2,
    onnotice: () => {},
  });
  try {
    await client`select 1`;
  } finally {
    await client.end({ timeout: 0 });
  }
}

describe("answers while the database is unreachable", () => {
  it("a server action answers { ok: false } with the message, other errors still throw", async () => {
    const down = action(z.object({}), async () => {
      await queryADeadServer();
      return { ok: true, data: undefined };
    });
    expect(await down.core({}, user)).toEqual({
      ok: false,
      error: DATABASE_UNAVAILABLE_MESSAGE,
      fieldErrors: undefined,
    });
    const signUpLike = publicAction(z.object({}), async () => {
      await queryADeadServer();
      return { ok: true, data: undefined };
    });
    expect(await signUpLike({})).toMatchObject({ ok: false, error: DATABASE_UNAVAILABLE_MESSAGE });
    const buggy = action(z.object({}), async () => {
      throw new TypeError("a bug");
    });
    await expect(buggy.core({}, user)).rejects.toThrow("a bug");
  });

  it("a route handler answers a JSON 503 with Retry-After; other errors still throw", async () => {
    const response = await answeringOutages(async () => {
      await queryADeadServer();
      return new Response("never");
    })();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: DATABASE_UNAVAILABLE_MESSAGE });
    await expect(answeringOutages(async () => Promise.reject(new RangeError("a bug")))()).rejects.toThrow(
      "a bug",
    );
  });

  it("the page: 503, Retry-After, a retry link to the same page that cannot be turned into markup or another site", async () => {
    const response = unavailablePage(new URL(`http://localhost/resume/x?a="><script>alert(1)</script>`));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const html = await response.text();
    expect(html).toContain("SkillShift can't reach its database right now");
    expect(html).not.toContain("<script>");
    expect(html).toMatch(/href="\/resume\/x\?a=%22%3E%3Cscript%3E/);
    const offsite = await unavailablePage(new URL("http://localhost//evil.example/x")).text();
    expect(offsite).toContain('href="/evil.example/x"');
    // Its one inline style is allowed by hash, nothing else is.
    const style = html.match(/<style>([\s\S]*?)<\/style>/)![1];
    const hash = createHash("sha256").update(style).digest("base64");
    expect(response.headers.get("content-security-policy")).toBe(
      `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
  });

  it("a failure noted while a request runs is that request's to know; the health check probes again", async () => {
    const inside = await watchingDatabase(async () => {
      noteDatabaseFailure();
      return 1;
    });
    expect(inside).toEqual({ value: 1, failed: true });
    expect(await watchingDatabase(async () => 2)).toEqual({ value: 2, failed: false });
    // The test database is up: after a noted failure the next check asks it rather than trusting the cache.
    expect(await databaseReachable()).toBe(true);
  });
});

describe("the app's connection pool after a connection failure (real Postgres)", () => {
  it("is replaced, so no query waits on a connection left broken, and the new one answers", async () => {
    const old = db();
    const [{ pid }] = await old.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
    // The pool is replaced at most once a second.
    await new Promise((r) => setTimeout(r, 1_100));
    const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      await admin`select pg_terminate_backend(${pid})`;
    } finally {
      await admin.end({ timeout: 0 });
    }
    noteDatabaseFailure();
    expect(db()).not.toBe(old);
    expect(await db().execute(sql`select 1 as one`)).toEqual([{ one: 1 }]);
  });
});
