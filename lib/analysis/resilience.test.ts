import { describe, expect, it } from "vitest";
import { resilience } from "./resilience";

describe("resilience", () => {
  it("is Σ_safe i·c / Σ_safe i", () => {
    // (0.3·0.5 + 0.1·1) / 0.4 = 0.25 / 0.4 = 0.625; the at-risk task is ignored
    const r = resilience([
      { kind: "safe", importance: 0.3, coverage: 0.5 },
      { kind: "safe", importance: 0.1, coverage: 1 },
      { kind: "at_risk", importance: 0.6, coverage: 1 },
    ]);
    expect(r).toBeCloseTo(0.625, 12);
  });

  it("is 0, not NaN, when the role has no safe importance", () => {
    expect(resilience([{ kind: "at_risk", importance: 1, coverage: 1 }])).toBe(0);
  });
});
