import { describe, expect, it } from "vitest";
import { browseHref, parseBrowseParams } from "./browse-params";

describe("parseBrowseParams", () => {
  it("reads a full query", () => {
    expect(
      parseBrowseParams({ job: " nurse ", group: "29", exposure: "higher", sort: "wage", page: "3" }),
    ).toEqual({
      job: "nurse",
      group: "29",
      exposure: "higher",
      sort: "wage",
      page: 3,
    });
  });

  it("falls back to defaults for anything unknown, repeated or out of range", () => {
    expect(
      parseBrowseParams({
        group: "99",
        exposure: "extreme",
        sort: "constructor",
        page: "-2",
        job: ["a", "b"],
      }),
    ).toEqual({
      job: "a",
      group: undefined,
      exposure: undefined,
      sort: "employment",
      page: 1,
    });
    expect(parseBrowseParams({})).toMatchObject({ job: "", sort: "employment", page: 1 });
  });
});

describe("browseHref", () => {
  it("keeps what is set, drops defaults and lands on the list", () => {
    const params = parseBrowseParams({ group: "41" });
    expect(browseHref(params, { page: 2 })).toBe("/roles?group=41&page=2#occupations");
    expect(browseHref(params, { group: undefined })).toBe("/roles#occupations");
  });
});
