import { describe, expect, it } from "vitest";
import { describeStatus, goalStatus, sortGoals } from "./status";

const goal = (dueOn: string, doneAt: string | null = null, createdAt = "2026-01-01T00:00:00Z") => ({
  dueOn,
  doneAt: doneAt ? new Date(doneAt) : null,
  createdAt: new Date(createdAt),
});

describe("goal status", () => {
  it("is overdue only after the due day, due soon within a week, and done once done", () => {
    const today = "2026-05-10";
    expect(goalStatus(goal("2026-05-09"), today)).toBe("overdue");
    expect(goalStatus(goal("2026-05-10"), today)).toBe("due-soon");
    expect(goalStatus(goal("2026-05-17"), today)).toBe("due-soon");
    expect(goalStatus(goal("2026-05-18"), today)).toBe("open");
    expect(goalStatus(goal("2026-05-01", "2026-05-02T10:00:00Z"), today)).toBe("done");
  });

  it("says where a goal stands in words, so colour is never the only signal", () => {
    const today = "2026-05-10";
    expect(describeStatus(goal("2026-05-09"), today)).toBe("Overdue by 1 day");
    expect(describeStatus(goal("2026-04-30"), today)).toBe("Overdue by 10 days");
    expect(describeStatus(goal("2026-05-10"), today)).toBe("Due today");
    expect(describeStatus(goal("2026-05-11"), today)).toBe("Due in 1 day");
    expect(describeStatus(goal("2026-06-09"), today)).toBe("Due in 30 days");
    expect(describeStatus(goal("2026-05-01", "2026-05-02T23:59:00Z"), today)).toBe("Done on 2026-05-02");
  });

  it("lists open goals soonest first, then done goals latest first", () => {
    const a = goal("2026-06-01");
    const b = goal("2026-05-01");
    const c = goal("2026-04-01", "2026-04-02T00:00:00Z");
    const d = goal("2026-04-01", "2026-04-05T00:00:00Z");
    expect(sortGoals([c, a, d, b])).toEqual([b, a, d, c]);
  });
});
