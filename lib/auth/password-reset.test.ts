import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { passwordResets, sessions } from "@/db/schema";
import { setClock } from "@/lib/clock";
import { passwordHashOf } from "@/lib/settings/account";
import { completePasswordReset, createPasswordReset, resetTokenIsUsable } from "./password-reset";
import { createSession } from "./sessions";
import { createUser } from "./users";

const newUser = () =>
  createUser({
    name: "Ada",
    email: `r-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
    passwordHash: "old-hash",
  });
const sessionsOf = async (userId: string) =>
  (await db().select().from(sessions).where(eq(sessions.userId, userId))).length;

afterEach(() => setClock(undefined));

describe("password reset tokens (real Postgres)", () => {
  it("are 32 random bytes, stored only as their SHA-256", async () => {
    const user = await newUser();
    const reset = await createPasswordReset(user.email);
    expect(reset?.userId).toBe(user.id);
    const token = reset!.token;
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect((await createPasswordReset(user.email))!.token).not.toBe(token);

    const rows = await db().select().from(passwordResets).where(eq(passwordResets.userId, user.id));
    expect(rows.map((r) => r.tokenHash)).toContain(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("are not made for an address nobody has", async () => {
    expect(await createPasswordReset("nobody-at-all@example.com")).toBeNull();
  });

  it("work once: set the new hash, end every session, and refuse a second use", async () => {
    const [user, other] = await Promise.all([newUser(), newUser()]);
    await Promise.all([
      createSession(user.id, "phone"),
      createSession(user.id, "laptop"),
      createSession(other.id, "other"),
    ]);
    const { token } = (await createPasswordReset(user.email))!;
    expect(await resetTokenIsUsable(token)).toBe(true);

    expect(await completePasswordReset(token, "new-hash")).toBe(user.id);
    expect(await passwordHashOf(user.id)).toBe("new-hash");
    expect(await sessionsOf(user.id)).toBe(0);
    expect(await sessionsOf(other.id)).toBe(1);

    expect(await resetTokenIsUsable(token)).toBe(false);
    expect(await completePasswordReset(token, "attacker-hash")).toBeNull();
    expect(await passwordHashOf(user.id)).toBe("new-hash");
  });

  it("can be used by only one of two simultaneous requests", async () => {
    const user = await newUser();
    const { token } = (await createPasswordReset(user.email))!;
    const results = await Promise.all([
      completePasswordReset(token, "hash-a"),
      completePasswordReset(token, "hash-b"),
    ]);
    expect(results.filter(Boolean)).toEqual([user.id]);
  });

  it("void the user's other open links when one is used", async () => {
    const user = await newUser();
    const first = (await createPasswordReset(user.email))!.token;
    const second = (await createPasswordReset(user.email))!.token;
    expect(await completePasswordReset(second, "new-hash")).toBe(user.id);
    expect(await completePasswordReset(first, "attacker-hash")).toBeNull();
  });

  it("expire after 10 minutes", async () => {
    const user = await newUser();
    const start = new Date("2030-01-01T12:00:00Z");
    setClock(start);
    const { token } = (await createPasswordReset(user.email))!;
    setClock(new Date(start.getTime() + 10 * 60_000 - 1000));
    expect(await resetTokenIsUsable(token)).toBe(true);
    setClock(new Date(start.getTime() + 10 * 60_000));
    expect(await resetTokenIsUsable(token)).toBe(false);
    expect(await completePasswordReset(token, "late-hash")).toBeNull();
    expect(await passwordHashOf(user.id)).toBe("old-hash");

    // One used just in time works.
    setClock(start);
    const fresh = (await createPasswordReset(user.email))!.token;
    setClock(new Date(start.getTime() + 9 * 60_000));
    expect(await completePasswordReset(fresh, "in-time-hash")).toBe(user.id);
  });

  it("refuse anything that is not a token without asking the database", async () => {
    for (const bad of ["", "short", "x".repeat(44), "'; drop table users; --".padEnd(43, "a")]) {
      expect(await resetTokenIsUsable(bad)).toBe(false);
      expect(await completePasswordReset(bad, "h")).toBeNull();
    }
  });
});
