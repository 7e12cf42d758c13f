import { describe, expect, it } from "vitest";
import { riskCategory, roleExposure } from "./role-exposure";
import { ranks, spearman } from "./spearman";

describe("roleExposure", () => {
  it("is 10 × Σ importance × exposure, one decimal", () => {
    expect(
      roleExposure([
        { importance: 0.5, exposure: 0.8 },
        { importance: 0.5, exposure: 0.2 },
      ]),
    ).toBe(5);
    expect(
      roleExposure([
        { importance: 0.3, exposure: 0.77 },
        { importance: 0.7, exposure: 0.1 },
      ]),
    ).toBe(3);
    expect(roleExposure([{ importance: 1, exposure: 0.666 }])).toBe(6.7);
  });

  it("puts the category boundaries at 4 and 7", () => {
    expect([3.9, 4, 6.9, 7].map(riskCategory)).toEqual(["low", "moderate", "moderate", "high"]);
  });
});

describe("spearman", () => {
  it("is 1 for the same order, −1 for the reverse, and handles ties with average ranks", () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(ranks([5, 1, 5, 3])).toEqual([3.5, 1, 3.5, 2]);
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(0.9487, 3);
  });
});
