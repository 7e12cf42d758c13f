import { describe, expect, it } from "vitest";
import { aiLeverage, toolsByTask } from "./ai-leverage";

describe("aiLeverage", () => {
  it("is the leveraged share of at-risk importance", () => {
    const a = aiLeverage([
      { kind: "at_risk", importance: 0.3, leveraged: true },
      { kind: "at_risk", importance: 0.1, leveraged: false },
      { kind: "safe", importance: 0.6, leveraged: true },
    ]);
    expect(a).toBeCloseTo(0.75, 12);
  });

  it("is 0, not NaN, when the role has no at-risk importance", () => {
    expect(aiLeverage([{ kind: "safe", importance: 1, leveraged: true }])).toBe(0);
  });

  it("maps each task to the tools acting on it, each tool once", () => {
    const byTask = toolsByTask([
      { tool: "t1", tasks: ["a", "b", "a"] },
      { tool: "t2", tasks: ["b"] },
    ]);
    expect(Object.fromEntries(byTask)).toEqual({ a: ["t1"], b: ["t1", "t2"] });
  });
});
