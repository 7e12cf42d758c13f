import { describe, expect, it } from "vitest";
import { clampLevel, toLevelOf, usesTool, withOverrides } from "./skill-profile";

describe("skill profile lookups", () => {
  it("clamps levels to 0–5 and treats missing or non-numbers as 0", () => {
    expect([undefined, Number.NaN, -1, 0, 2.5, 5, 7].map(clampLevel)).toEqual([0, 0, 0, 0, 2.5, 5, 5]);
  });

  it("overlays changes without copying the profile", () => {
    const base = toLevelOf(
      new Map([
        ["a", 2],
        ["b", 4],
      ]),
    );
    const changed = withOverrides(
      base,
      new Map([
        ["a", 3],
        ["c", 9],
      ]),
    );
    expect(["a", "b", "c", "d"].map(changed)).toEqual([3, 4, 5, 0]);
    expect(["a", "c"].map(base)).toEqual([2, 0]);
  });

  it("counts a tool as used from level 1", () => {
    const levelOf = toLevelOf(
      new Map([
        ["t", 1],
        ["u", 0],
      ]),
    );
    expect([usesTool(levelOf, "t"), usesTool(levelOf, "u"), usesTool(levelOf, "v")]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
