import { describe, expect, it } from "vitest";
import { personalExposure } from "./personal-exposure";

describe("personalExposure", () => {
  it("is 10 · Σ i·c·e / Σ i·c", () => {
    // numerator 0.5·0.4·0.8 + 0.5·1·0.2 = 0.16 + 0.1 = 0.26; denominator 0.2 + 0.5 = 0.7
    const p = personalExposure([
      { importance: 0.5, coverage: 0.4, exposure: 0.8 },
      { importance: 0.5, coverage: 1, exposure: 0.2 },
    ]);
    expect(p).toBeCloseTo((10 * 0.26) / 0.7, 12);
  });

  it("is null with no coverage, so the caller shows E and says why", () => {
    expect(personalExposure([{ importance: 1, coverage: 0, exposure: 0.7 }])).toBeNull();
    expect(personalExposure([])).toBeNull();
  });
});
