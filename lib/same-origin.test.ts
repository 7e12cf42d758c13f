import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const direct = { trustedProxyHops: 0 };
const post = (origin: string | undefined, host = "localhost:3000", extra: Record<string, string> = {}) =>
  new Request("http://localhost:3000/api/resume/analyses", {
    method: "POST",
    headers: { host, ...extra, ...(origin === undefined ? {} : { origin }) },
  });

describe("isSameOrigin", () => {
  it("accepts the app's own pages at the address the browser used", () => {
    expect(isSameOrigin(post("http://localhost:3000"), direct)).toBe(true);
    // Next.js rebuilds request.url as localhost whatever the browser typed: Host is what counts.
    expect(isSameOrigin(post("http://127.0.0.1:3000", "127.0.0.1:3000"), direct)).toBe(true);
    expect(isSameOrigin(post("http://192.168.1.20:3000", "192.168.1.20:3000"), direct)).toBe(true);
  });

  it.each([
    ["another site", "https://evil.example"],
    ["another port", "http://localhost:3001"],
    ["another scheme", "https://localhost:3000"],
    ["a look-alike", "http://localhost:3000.evil.example"],
    ["an opaque origin", "null"],
    ["garbage", "::::"],
  ])("refuses %s", (_what, origin) => {
    expect(isSameOrigin(post(origin), direct)).toBe(false);
  });

  it("refuses a request without Origin", () => {
    expect(isSameOrigin(post(undefined), direct)).toBe(false);
  });

  it("reads the forwarded host and scheme only behind a trusted proxy", () => {
    const forwarded = { "x-forwarded-host": "skillshift.example", "x-forwarded-proto": "https" };
    expect(
      isSameOrigin(post("https://skillshift.example", "10.0.0.5:3000", forwarded), { trustedProxyHops: 1 }),
    ).toBe(true);
    expect(isSameOrigin(post("https://skillshift.example", "10.0.0.5:3000", forwarded), direct)).toBe(false);
    const spoofed = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    expect(isSameOrigin(post("https://evil.example", "localhost:3000", spoofed), direct)).toBe(false);
  });

  it("accepts the public URL's origin behind a proxy, and only that", () => {
    expect(
      isSameOrigin(post("https://skillshift.example"), {
        ...direct,
        publicUrl: "https://skillshift.example/",
      }),
    ).toBe(true);
    expect(
      isSameOrigin(post("https://evil.example"), { ...direct, publicUrl: "https://skillshift.example" }),
    ).toBe(false);
    expect(isSameOrigin(post("https://evil.example"), { ...direct, publicUrl: "not a url" })).toBe(false);
  });
});
