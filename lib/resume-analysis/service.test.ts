import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { resumeAnalyses } from "@/db/schema";
import { createUser } from "@/lib/auth/users";
import { addSkill, saveRoleChoice } from "@/lib/profile/queries";
import { analyzeAndSave, deleteAnalysis, getAnalysis, listAnalyses } from "./service";

const newUser = () =>
  createUser({
    name: "R",
    email: `r-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
    passwordHash: "h",
  });
const input = (keepCopy: boolean) => ({
  text: "Built APIs in Go on Kubernetes with PostgreSQL.",
  jobDescription: "Go, Kafka and Rust.",
  keepCopy,
  source: "paste",
  fileName: null,
});

describe("resume analyses (real Postgres)", () => {
  it("stores what was found, and the text only when the user keeps a copy", async () => {
    const u = await newUser();
    await saveRoleChoice(u.id, {
      roleSlug: "backend-developer",
      targetRoleSlug: null,
      yearsExperience: null,
    });
    await addSkill(u.id, { skillSlug: "kafka", customName: null, level: 3, yearsUsed: null }, 300);
    const result = await analyzeAndSave(u.id, input(false));
    expect(result.found.map((f) => f.slug)).toEqual(
      expect.arrayContaining(["go", "kubernetes", "postgresql"]),
    );
    expect(result.suggestions.job?.haveIt.map((s) => s.slug)).toEqual(["kafka"]);
    const [row] = await db().select().from(resumeAnalyses).where(eq(resumeAnalyses.id, result.id));
    expect(row.resumeText).toBeNull();
    expect(row.matchRate).toBeCloseTo(1 / 3);

    const kept = await analyzeAndSave(u.id, input(true));
    expect((await getAnalysis(u.id, kept.id))?.text).toBe(input(true).text);
    expect((await getAnalysis(u.id, result.id))?.text).toBeNull();
    expect((await listAnalyses(u.id)).map((a) => a.kept)).toEqual([true, false]);
  });

  it("never shows or deletes another user's analysis", async () => {
    const [a, b] = await Promise.all([newUser(), newUser()]);
    const mine = await analyzeAndSave(a.id, input(true));
    expect(await getAnalysis(b.id, mine.id)).toBeNull();
    expect(await deleteAnalysis(b.id, mine.id)).toBe(false);
    expect(await listAnalyses(b.id)).toEqual([]);
    expect(await deleteAnalysis(a.id, mine.id)).toBe(true);
    expect(await getAnalysis(a.id, mine.id)).toBeNull();
  });

  it("answers an id that is no id with nothing, before it reaches SQL", async () => {
    const u = await newUser();
    for (const id of ["-".repeat(36), "not-a-uuid", "'; drop table users; --", ""])
      expect(await getAnalysis(u.id, id)).toBeNull();
  });
});
