import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const post = (origin?: string) =>
  new Request("http://localhost:3000/api/resume/analyses", { method: "POST", headers: origin === undefined ? {} : { origin } });

describe("isSameOrigin", () => {
  it("accepts the app's own pages", () => {
    expect(isSameOrigin(post("http://localhost:3000"), undefined)).toBe(true);
  });

  it.each([
    ["another site", "https://evil.example"],
    ["another port", "http://localhost:3001"],
    ["another scheme", "https://localhost:3000"],
    ["a look-alike", "http://localhost:3000.evil.example"],
    ["an opaque origin", "null"],
  ])("refuses %s", (_what, origin) => {
    expect(isSameOrigin(post(origin), undefined)).toBe(false);
  });

  it("refuses a request without Origin", () => {
    expect(isSameOrigin(post(), undefined)).toBe(false);
  });

  it("accepts the public URL's origin behind a proxy, and only that", () => {
    expect(isSameOrigin(post("https://skillshift.example"), "https://skillshift.example/")).toBe(true);
    expect(isSameOrigin(post("https://evil.example"), "https://skillshift.example")).toBe(false);
    expect(isSameOrigin(post("https://evil.example"), "not a url")).toBe(false);
  });
});
