import { describe, expect, it } from "vitest";
import { take } from "./rate-limit";

const key = () => `take-test:${Date.now()}:${Math.random()}`;

describe("take (real Postgres)", () => {
  it("takes from the budget until it would be overdrawn, and a refusal takes nothing", async () => {
    const k = key();
    expect((await take(k, 600, 1_000, 86_400)).allowed).toBe(true);
    const refused = await take(k, 500, 1_000, 86_400);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(86_000);
    // The refused 500 were not counted: 400 more still fit, exactly.
    expect((await take(k, 400, 1_000, 86_400)).allowed).toBe(true);
    expect((await take(k, 1, 1_000, 86_400)).allowed).toBe(false);
  });

  it("refuses more than the whole budget at once without touching it", async () => {
    const k = key();
    expect((await take(k, 1_001, 1_000, 60)).allowed).toBe(false);
    expect((await take(k, 1_000, 1_000, 60)).allowed).toBe(true);
  });

  it("never lets concurrent takes overdraw the budget", async () => {
    const k = key();
    const results = await Promise.all(Array.from({ length: 20 }, () => take(k, 100, 1_000, 60)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
  });
});
