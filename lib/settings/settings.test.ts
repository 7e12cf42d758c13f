import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { resumeAnalyses, sessions, users } from "@/db/schema";
import { audit } from "@/lib/audit";
import { createPasswordReset } from "@/lib/auth/password-reset";
import { createSession } from "@/lib/auth/sessions";
import { createUser } from "@/lib/auth/users";
import { userTables } from "@/test/fuzz/user-state";
import { createGoal } from "@/lib/goals/queries";
import { addSkill, saveRoleChoice, updateSkill } from "@/lib/profile/queries";
import { deleteAccount, passwordHashOf, replacePassword } from "./account";
import { exportCsv, exportData } from "./export";

const newUser = (name = "T") =>
  createUser({
    name,
    email: `s-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
    passwordHash: "secret-hash",
  });

/** A user with a row in every user-owned table. */
async function populatedUser(name: string, skillSlug: string, customName: string) {
  const u = await newUser(name);
  await createSession(u.id, "vitest");
  await saveRoleChoice(u.id, { roleSlug: "backend-developer", targetRoleSlug: null, yearsExperience: 3 });
  const id = await addSkill(u.id, { skillSlug, customName: null, level: 2, yearsUsed: 1 }, 300);
  await updateSkill(u.id, id, { level: 3, yearsUsed: 2 });
  await addSkill(u.id, { skillSlug: null, customName, level: 4, yearsUsed: null }, 300);
  await createGoal(u.id, {
    kind: "manual",
    targetSlug: null,
    level: null,
    title: `Ship ${customName}`,
    dueOn: "2026-12-31",
  });
  await db()
    .insert(resumeAnalyses)
    .values({
      userId: u.id,
      source: "paste",
      found: [{ slug: skillSlug, name: skillSlug, category: "x", count: 1 }],
    });
  await createPasswordReset(u.email);
  await audit("sign_in", u.id);
  return u;
}

async function rowsReferencing(userId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of await userTables()) {
    const [{ n }] = await db().execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(table)} where user_id = ${userId}`,
    );
    out[table] = n;
  }
  return out;
}

describe("account deletion (real Postgres)", () => {
  it("removes the user and leaves no row in any table that references them", async () => {
    const [u, other] = await Promise.all([
      populatedUser("Del", "kubernetes", "Billing DSL"),
      populatedUser("Keep", "python", "Other DSL"),
    ]);
    const before = await rowsReferencing(u.id);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining([
        "audit_events",
        "goals",
        "password_resets",
        "profiles",
        "resume_analyses",
        "sessions",
        "skill_events",
        "snapshots",
        "user_skills",
      ]),
    );
    for (const [table, n] of Object.entries(before)) expect(n, table).toBeGreaterThan(0);
    const otherBefore = await rowsReferencing(other.id);

    expect(await deleteAccount(u.id)).toBe(true);

    expect(await db().select().from(users).where(eq(users.id, u.id))).toEqual([]);
    for (const [table, n] of Object.entries(await rowsReferencing(u.id))) expect(n, table).toBe(0);
    // Nobody else loses anything.
    expect(await rowsReferencing(other.id)).toEqual(otherBefore);
    expect(await deleteAccount(u.id)).toBe(false);
  });
});

describe("password change (real Postgres)", () => {
  it("stores the new hash and ends the user's sessions, optionally sparing one", async () => {
    const [u, other] = await Promise.all([newUser(), newUser()]);
    const [keep, drop, othersSession] = await Promise.all([
      createSession(u.id, null),
      createSession(u.id, null),
      createSession(other.id, null),
    ]);
    await replacePassword(u.id, "new-hash", keep);
    expect(await passwordHashOf(u.id)).toBe("new-hash");
    const left = async (userId: string) =>
      (await db().select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId))).map(
        (s) => s.id,
      );
    expect(await left(u.id)).toEqual([keep]);
    expect(drop).not.toBe(keep);
    await replacePassword(u.id, "newer-hash");
    expect(await left(u.id)).toEqual([]);
    expect(await left(other.id)).toEqual([othersSession]);
    expect(await passwordHashOf(other.id)).toBe("secret-hash");
  });
});

describe("data export (real Postgres)", () => {
  it("returns the user's own data only, and never the password hash or session ids", async () => {
    const [a, b] = await Promise.all([
      populatedUser("Ada", "kubernetes", "Billing DSL"),
      populatedUser("Bob", "python", "=HYPERLINK(1)"),
    ]);
    const data = await exportData(a.id, new Date("2025-01-02T03:04:05Z"));
    expect(data).toMatchObject({
      exportedAt: "2025-01-02T03:04:05.000Z",
      version: 1,
      account: { name: "Ada", email: a.email },
    });
    expect(data?.profile).toMatchObject({ roleSlug: "backend-developer", yearsExperience: 3 });
    expect(data?.skills.map((s) => [s.name, s.skillSlug, s.level])).toEqual([
      ["Billing DSL", null, 4],
      ["Kubernetes", "kubernetes", 3],
    ]);
    expect(data?.skillEvents.map((e) => [e.kind, e.skillName, e.fromLevel, e.toLevel])).toEqual([
      ["added", "Kubernetes", null, 2],
      ["level_changed", "Kubernetes", 2, 3],
      ["added", "Billing DSL", null, 4],
    ]);
    expect(data?.resumeAnalyses).toHaveLength(1);
    expect(data?.snapshots.length).toBeGreaterThan(0);

    const text = JSON.stringify(data);
    expect(text).not.toContain(b.id);
    expect(text).not.toContain(b.email);
    expect(text).not.toMatch(/python|HYPERLINK/i);
    expect(text).not.toContain("secret-hash");
    expect(text).not.toMatch(/passwordHash|sessionId/);
    const sessionIds = (
      await db().select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, a.id))
    ).map((s) => s.id);
    for (const id of sessionIds) expect(text).not.toContain(id);

    expect(await exportData(crypto.randomUUID())).toBeNull();
  });

  it("writes skills, a blank line, then the history as CSV, with formula cells neutralised", async () => {
    const [a, b] = await Promise.all([
      populatedUser("Ada", "kubernetes", "=HYPERLINK(1)"),
      populatedUser("Bob", "python", "Bob DSL"),
    ]);
    const [skills, events] = (await exportCsv(a.id)).split("\r\n\r\n");
    expect(skills.split("\r\n")).toEqual([
      "name,catalog slug,custom,level,years used",
      "'=HYPERLINK(1),,true,4,",
      "Kubernetes,kubernetes,false,3,2",
    ]);
    const lines = events.trimEnd().split("\r\n");
    expect(lines[0]).toBe("date,kind,skill,from,to");
    expect(lines.slice(1).map((l) => l.split(",").slice(1).join(","))).toEqual([
      "added,Kubernetes,,2",
      "level_changed,Kubernetes,2,3",
      "added,'=HYPERLINK(1),,4",
    ]);
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await exportCsv(b.id)).not.toMatch(/Kubernetes|HYPERLINK/);
  });
});
