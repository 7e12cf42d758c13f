import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { sessions } from "@/db/schema";
import { hit } from "@/lib/rate-limit";
import { activeSessions, createSession, endAllSessions, endSession, validateSession } from "./sessions";
import { createUser, EmailTakenError, findUserByEmail } from "./users";

const email = () => `t-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;

describe("accounts (real Postgres)", () => {
  it("stores a user once per email", async () => {
    const address = email();
    const user = await createUser({ name: "Ada", email: address, passwordHash: "h" });
    expect((await findUserByEmail(address))?.id).toBe(user.id);
    await expect(createUser({ name: "Eve", email: address, passwordHash: "h" })).rejects.toBeInstanceOf(
      EmailTakenError,
    );
  });

  it("a session is valid until it is ended", async () => {
    const user = await createUser({ name: "Ada", email: email(), passwordHash: "h" });
    const sid = await createSession(user.id, "test-agent");
    expect(await validateSession(sid)).toMatchObject({ id: user.id, name: "Ada" });
    await endSession(sid);
    expect(await validateSession(sid)).toBeNull();
  });

  it("a session unused for more than seven days, or past its lifetime, is over", async () => {
    const user = await createUser({ name: "Ada", email: email(), passwordHash: "h" });
    const idle = await createSession(user.id, null);
    await db()
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '8 days'` })
      .where(sql`id = ${idle}`);
    expect(await validateSession(idle)).toBeNull();
    const old = await createSession(user.id, null);
    await db()
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(sql`id = ${old}`);
    expect(await validateSession(old)).toBeNull();
  });

  it("lists the sessions in force, and ends them all at once for that user only", async () => {
    const [user, other] = await Promise.all([
      createUser({ name: "Ada", email: email(), passwordHash: "h" }),
      createUser({ name: "Bob", email: email(), passwordHash: "h" }),
    ]);
    const [phone, laptop, idle, others] = await Promise.all([
      createSession(user.id, "phone"),
      createSession(user.id, "laptop"),
      createSession(user.id, "old tablet"),
      createSession(other.id, "bob"),
    ]);
    await db()
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '8 days'` })
      .where(sql`id = ${idle}`);
    await db()
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '1 hour'` })
      .where(sql`id = ${phone}`);
    expect((await activeSessions(user.id)).map((s) => [s.id, s.userAgent])).toEqual([
      [laptop, "laptop"],
      [phone, "phone"],
    ]);

    expect(await endAllSessions(user.id)).toBe(3);
    expect(await validateSession(laptop)).toBeNull();
    expect(await validateSession(phone)).toBeNull();
    expect(await activeSessions(user.id)).toEqual([]);
    expect(await validateSession(others)).toMatchObject({ id: other.id });
  });

  it("ignores session ids that are not ids", async () => {
    expect(await validateSession("'; drop table users; --")).toBeNull();
  });
});

describe("rate limits (real Postgres)", () => {
  it("allows up to the limit in a window, then says when to retry", async () => {
    const key = `test:${Math.random()}`;
    for (let i = 0; i < 3; i++) expect((await hit(key, 3, 60)).allowed).toBe(true);
    const blocked = await hit(key, 3, 60);
    expect(blocked.allowed).toBe(false);
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("counts concurrent hits exactly", async () => {
    const key = `test:${Math.random()}`;
    const results = await Promise.all(Array.from({ length: 20 }, () => hit(key, 10, 60)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
  });
});
