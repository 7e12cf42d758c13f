import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditEvents } from "@/db/schema";
import { accountPseudonym, audit } from "./audit";
import { createUser } from "./auth/users";
import { deleteAccount } from "./settings/account";

const newUser = () =>
  createUser({
    name: "Ada",
    email: `a-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
    passwordHash: "argon-hash",
  });
const eventsOf = (userId: string) => db().select().from(auditEvents).where(eq(auditEvents.userId, userId));

describe("audit log (real Postgres)", () => {
  it("records the kind, the time and the account, and nothing else about the person", async () => {
    const user = await newUser();
    await audit("sign_in", user.id);
    await audit("sign_in_failed", null);
    const [event] = await eventsOf(user.id);
    expect(event).toMatchObject({ kind: "sign_in", userId: user.id, subject: null });
    expect(Date.now() - event.at.getTime()).toBeLessThan(60_000);
    // Outside a request there is no client to name.
    expect(event.client).toBeNull();
    // The table has no column a secret could go in.
    const columns = await db().execute<{ column_name: string }>(
      sql`select column_name from information_schema.columns where table_name = 'audit_events' order by ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(["id", "at", "kind", "user_id", "client", "subject"]);
  });

  it("keeps the events of a deleted account without the id, and logs the deletion under a pseudonym", async () => {
    const user = await newUser();
    await audit("sign_in", user.id);
    await audit("export", user.id);
    const ids = (await eventsOf(user.id)).map((e) => e.id);

    expect(await deleteAccount(user.id)).toBe(true);

    expect(await eventsOf(user.id)).toEqual([]);
    const kept = await db()
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.id} in ${ids}`);
    expect(kept.map((e) => [e.kind, e.userId])).toEqual([
      ["sign_in", null],
      ["export", null],
    ]);
    const pseudonym = accountPseudonym(user.id);
    expect(pseudonym).toMatch(/^[0-9a-f]{64}$/);
    expect(pseudonym).not.toContain(user.id.replaceAll("-", ""));
    const deletion = await db().select().from(auditEvents).where(eq(auditEvents.subject, pseudonym));
    expect(deletion).toMatchObject([{ kind: "account_deleted", userId: null }]);
  });

  it("names nobody when the account is already gone (sign-out right after deletion)", async () => {
    const user = await newUser();
    await deleteAccount(user.id);
    await audit("sign_out", user.id);
    const [last] = await db()
      .select()
      .from(auditEvents)
      .orderBy(sql`${auditEvents.id} desc`)
      .limit(1);
    expect(last).toMatchObject({ kind: "sign_out", userId: null });
  });
});
