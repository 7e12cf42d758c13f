import { describe, expect, it } from "vitest";
import { ACTION_CASES } from "@/test/fuzz/action-cases";
import { populatedUser, type PopulatedUser } from "@/test/fuzz/fixtures";
import { rowsOf } from "@/test/fuzz/user-state";
import { AUTHZ_CASES } from "./cases";

/** Everything that identifies A's data; none of it may reach B. */
const marksOf = (a: PopulatedUser) => [
  a.id,
  a.email,
  a.customSkill,
  "owner-a resume",
  ...a.skillIds,
  ...a.analysisIds,
  ...a.goalIds,
  "owner-a goal",
];

function isRefusal(got: unknown): boolean {
  if (got === null || got === false || got === undefined) return true;
  if (got instanceof Response) return got.status >= 400 && got.status < 500;
  return typeof got === "object" && (got as { ok?: unknown }).ok === false;
}

describe("authorisation: user B never reads or changes user A's data (real Postgres)", () => {
  it("every server action that takes input has a row in the matrix", () => {
    const inMatrix = new Set(AUTHZ_CASES.flatMap((c) => c.actions ?? []));
    expect(ACTION_CASES.map((c) => c.name).filter((name) => !inMatrix.has(name))).toEqual([]);
  });

  for (const c of AUTHZ_CASES) {
    it(`${c.name}: ${c.expect === "refused" ? "refused" : "B's own data only"}, A unchanged`, async () => {
      const [a, b] = await Promise.all([
        populatedUser("owner-a", "owner A's own passphrase"),
        populatedUser("intruder-b", "intruder B's passphrase"),
      ]);
      const before = await rowsOf(a.id);
      const got = await c.attempt(a, b);
      if (c.expect === "refused") {
        expect(isRefusal(got), JSON.stringify(got)).toBe(true);
      } else {
        expect(isRefusal(got), JSON.stringify(got)).toBe(false);
        const seen = typeof got === "string" ? got : JSON.stringify(got);
        for (const mark of marksOf(a)) expect(seen).not.toContain(mark);
      }
      expect(await rowsOf(a.id)).toEqual(before);
    });
  }
});
