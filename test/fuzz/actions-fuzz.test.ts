import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ACTION_CASES, HTTP_FUZZED, NO_INPUT, QUERY_FUZZED, type FuzzIds } from "./action-cases";
import { payloadsFor } from "./arbitraries";
import { populatedUser, type PopulatedUser } from "./fixtures";
import { inconsistencies, rowsOf } from "./user-state";

// Payloads per action; SKILLSHIFT_FUZZ_RUNS raises it for a deeper run.
const RUNS = Number(process.env.SKILLSHIFT_FUZZ_RUNS ?? 300);

/** Every `"use server"` module's exported functions, as "<path>#<name>". */
async function serverActions(): Promise<string[]> {
  const root = process.cwd();
  const files = ["app", "components", "lib"].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts"))
      .map((f) => join(root, dir, f)),
  );
  const out: string[] = [];
  for (const file of files.filter((f) => /^\s*["']use server["']/.test(readFileSync(f, "utf8")))) {
    const exports = await import(file);
    for (const [name, value] of Object.entries(exports))
      if (typeof value === "function") out.push(`${relative(root, file)}#${name}`);
  }
  return out.sort();
}

describe("server actions under random input (real Postgres)", () => {
  it("every server action is in the fuzz table", async () => {
    const covered = new Set([
      ...ACTION_CASES.map((c) => c.name),
      ...HTTP_FUZZED,
      ...NO_INPUT,
      ...QUERY_FUZZED,
    ]);
    const found = await serverActions();
    expect(found.length).toBeGreaterThanOrEqual(ACTION_CASES.length);
    expect(found.filter((a) => !covered.has(a))).toEqual([]);
  });

  let other: PopulatedUser;
  beforeAll(async () => {
    other = await populatedUser("other");
  });

  for (const c of ACTION_CASES) {
    it(`${c.name}: ${RUNS} payloads, never a throw, a refusal changes nothing, a success leaves consistent data, nobody else touched`, async () => {
      const user = await populatedUser("fuzz");
      const ids: FuzzIds = {
        ownSkills: user.skillIds,
        otherSkills: other.skillIds,
        ownAnalyses: user.analysisIds,
        otherAnalyses: other.analysisIds,
        ownGoals: user.goalIds,
        otherGoals: other.goalIds,
      };
      const othersRows = await rowsOf(other.id);
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(payloadsFor(c.hostile(ids), c.valid(ids)), async (payload) => {
          const before = await rowsOf(user.id);
          const result = await c.core(payload, user);
          expect(typeof result.ok).toBe("boolean");
          if (result.ok) {
            accepted++;
            expect(await inconsistencies(user.id)).toEqual([]);
          } else {
            // A refusal says why, and leaves everything as it was.
            expect(Boolean(result.error) || Object.keys(result.fieldErrors ?? {}).length > 0).toBe(true);
            expect(await rowsOf(user.id)).toEqual(before);
          }
        }),
        { numRuns: RUNS },
      );
      expect(await rowsOf(other.id)).toEqual(othersRows);
      // A fuzz that never gets past the schema would not test the handler at all.
      if (c.canSucceed !== false) expect(accepted).toBeGreaterThan(0);
    }, 120_000);
  }
});
