import { describe, expect, it } from "vitest";
import { goalSchema } from "./schemas";

const manual = (title: string) => ({ kind: "manual", title, dueOn: "2026-12-31" });

describe("goal form schema", () => {
  it("takes a goal written by hand", () => {
    expect(goalSchema.safeParse(manual("Give a talk on event sourcing")).success).toBe(true);
  });

  it("refuses control characters in a title with a message, rather than failing the insert", () => {
    for (const title of ["a\u0000b", "two\nlines"]) {
      const parsed = goalSchema.safeParse(manual(title));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({
        path: ["title"],
        message: "Use letters, numbers, spaces and punctuation only.",
      });
    }
  });
});
