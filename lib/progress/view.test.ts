import { describe, expect, it } from "vitest";
import { goalMarkers, matchRateHistory, parseProgressParams, progressHref } from "./view";

const at = new Date("2026-06-15T10:30:00Z");

describe("the progress page's URL", () => {
  it("defaults to three months, the last 30 days and the current role", () => {
    const view = parseProgressParams({}, at);
    expect(view).toEqual({
      range: "3m",
      from: "2026-03-16",
      since: new Date("2026-05-16T10:30:00Z"),
      target: false,
    });
  });

  it("reads a known range; a year starts 365 days back, all has no start", () => {
    expect(parseProgressParams({ range: "1y" }, at)).toMatchObject({ range: "1y", from: "2025-06-15" });
    expect(parseProgressParams({ range: "all" }, at)).toMatchObject({ range: "all", from: undefined });
  });

  it.each([["5y"], ["toString"], ["__proto__"], [""], [["1y", "all"]]])(
    "falls back to three months for range %j",
    (range) => {
      expect(parseProgressParams({ range }, at).range).toBe("3m");
    },
  );

  it("counts since midnight (UTC) of a real day", () => {
    expect(parseProgressParams({ since: "2026-01-31" }, at).since).toEqual(new Date("2026-01-31T00:00:00Z"));
    expect(parseProgressParams({ since: "2024-02-29" }, at).since).toEqual(new Date("2024-02-29T00:00:00Z"));
  });

  it.each([
    ["2026-02-31"],
    ["2025-02-29"],
    ["yesterday"],
    ["2026-1-5"],
    ["2026-01-05T00:00:00Z"],
    [["2026-01-05"]],
  ])("ignores since %j: 30 days ago instead", (since) => {
    expect(parseProgressParams({ since }, at).since).toEqual(new Date("2026-05-16T10:30:00Z"));
  });

  it("asks for the target role only with role=target", () => {
    expect(parseProgressParams({ role: "target" }, at).target).toBe(true);
    expect(parseProgressParams({ role: "current" }, at).target).toBe(false);
    expect(parseProgressParams({ role: ["target"] }, at).target).toBe(false);
  });

  it("links keep range, since and role, with a change on top", () => {
    const view = { range: "1y" as const, since: new Date("2026-01-31T00:00:00Z"), target: true };
    expect(progressHref(view)).toBe("/progress?range=1y&since=2026-01-31&role=target");
    expect(progressHref(view, { range: "all" })).toBe("/progress?range=all&since=2026-01-31&role=target");
    expect(progressHref({ ...view, target: false }, { role: "target" })).toBe(
      "/progress?range=1y&since=2026-01-31&role=target",
    );
    expect(progressHref(view, { role: "current" })).toBe("/progress?range=1y&since=2026-01-31&role=current");
  });
});

describe("goal markers", () => {
  const goals = [
    { title: "Learn Rust", doneAt: new Date("2026-05-01T09:00:00Z") },
    { title: "Open goal", doneAt: null },
    { title: "Old goal", doneAt: new Date("2025-12-31T23:59:00Z") },
  ];

  it("marks goals completed on or after the first charted day", () => {
    expect(goalMarkers(goals, "2026-03-16")).toEqual([
      { day: "2026-05-01", label: "Goal completed: Learn Rust" },
    ]);
    expect(goalMarkers(goals, "2026-05-01")).toHaveLength(1);
    expect(goalMarkers(goals, "2026-05-02")).toEqual([]);
  });

  it("marks every completed goal when the whole history is charted", () => {
    expect(goalMarkers(goals, undefined).map((m) => m.day)).toEqual(["2026-05-01", "2025-12-31"]);
  });
});

describe("match rate history", () => {
  it("keeps the analyses with a match rate, oldest first, and leaves its input alone", () => {
    const analyses = [
      { id: "c", matchRate: 0.8 },
      { id: "b", matchRate: null },
      { id: "a", matchRate: 0 },
    ];
    expect(matchRateHistory(analyses).map((a) => a.id)).toEqual(["a", "c"]);
    expect(analyses.map((a) => a.id)).toEqual(["c", "b", "a"]);
  });
});
