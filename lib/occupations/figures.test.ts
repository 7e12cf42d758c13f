import { describe, expect, it } from "vitest";
import type { Occupation } from "@/lib/catalog/occupation-schema";
import { exposureBandText, percentileText, wageText } from "./figures";

const chief = {
  wages: { p10: 73_710, p25: 126_080, median: 206_420, p75: null, p90: null, mean: 262_930 },
  topcoded: ["p75", "p90"],
} as unknown as Occupation;
const actors = {
  wages: { p10: null, p25: null, median: null, p75: null, p90: null, mean: null },
  topcoded: [],
} as unknown as Occupation;

describe("occupation figures", () => {
  it("shows BLS's top-coded wages as at least $239,200 and unpublished ones as nothing", () => {
    expect(wageText(chief, "median")).toBe("$206,420");
    expect(wageText(chief, "p90")).toBe("≥ $239,200");
    expect(wageText(actors, "median")).toBeNull();
  });

  it.each([
    [0.721, "72nd percentile"],
    [0.111, "11th percentile"],
    [0.01, "1st percentile"],
    [0.23, "23rd percentile"],
    [1, "100th percentile"],
  ])("%s → %s", (share, text) => expect(percentileText(share)).toBe(text));

  it("words the mean research percentile in thirds", () => {
    expect(exposureBandText(0.2)).toMatch(/^Lower/);
    expect(exposureBandText(0.5)).toMatch(/middle/);
    expect(exposureBandText(0.84)).toMatch(/^Higher/);
    expect(exposureBandText(null)).toMatch(/No published/);
  });
});
