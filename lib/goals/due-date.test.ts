import { describe, expect, it } from "vitest";
import { dueFor } from "./due-date";

describe("a goal's suggested due date", () => {
  it("is four weeks away for a skill or a tool", () => {
    expect(dueFor("2026-03-01")).toBe("2026-03-29");
    expect(dueFor("2026-12-20")).toBe("2027-01-17");
  });

  it("gives a certification five preparation hours a week, in whole weeks", () => {
    expect(dueFor("2026-03-01", 40)).toBe("2026-04-26"); // 8 weeks
    expect(dueFor("2026-03-01", 41)).toBe("2026-05-03"); // 8.2 → 9 weeks
    expect(dueFor("2026-03-01", 100)).toBe("2026-07-19"); // 20 weeks
  });

  it("never gives a certification less than four weeks", () => {
    expect(dueFor("2026-03-01", 5)).toBe("2026-03-29");
    expect(dueFor("2026-03-01", 20)).toBe("2026-03-29");
    expect(dueFor("2026-03-01", 21)).toBe("2026-04-05"); // 5 weeks
    expect(dueFor("2026-03-01", 0)).toBe("2026-03-29");
  });
});
