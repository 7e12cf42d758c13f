import type { NextConfig } from "next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { contentSecurityPolicy, newNonce } from "./headers.mjs";

const directives = (policy: string) =>
  new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("Content-Security-Policy", () => {
  it.each([undefined, "abc123=="])(
    "locks down plugins, <base>, framing and form targets (nonce %s)",
    (nonce) => {
      const d = directives(contentSecurityPolicy({ nonce }));
      expect(d.get("object-src")).toEqual(["'none'"]);
      expect(d.get("base-uri")).toEqual(["'none'"]);
      expect(d.get("frame-ancestors")).toEqual(["'none'"]);
      expect(d.get("form-action")).toEqual(["'self'"]);
      expect(d.get("default-src")).toEqual(["'self'"]);
    },
  );

  it("with a nonce, runs only scripts that carry it (and what they load), never other inline code", () => {
    const scripts = directives(contentSecurityPolicy({ nonce: "abc123==" })).get("script-src");
    expect(scripts).toContain("'nonce-abc123=='");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it("without one (static pages), allows inline scripts but still no eval", () => {
    const scripts = directives(contentSecurityPolicy()).get("script-src");
    expect(scripts).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("allows eval in development only", () => {
    expect(directives(contentSecurityPolicy({ dev: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy({ nonce: "n", dev: true })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
  });

  it("makes nonces Next.js can read back: 128 random bits, base64, never repeated", () => {
    const nonces = Array.from({ length: 200 }, newNonce);
    expect(new Set(nonces).size).toBe(200);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("next.config.js headers", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function rules() {
    // next.config.js is plain JavaScript (no declarations); it is a NextConfig by its JSDoc.
    const { default: config } = (await import("../../next.config.js" as string)) as { default: NextConfig };
    return config.headers!();
  }

  it("puts the security headers on every path, HSTS only when the request came over https", async () => {
    vi.stubEnv("AUTH_URL", "http://localhost:3000");
    const [all, https] = await rules();
    expect(all.source).toBe("/:path*");
    const keys = all.headers.map((h) => h.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        "content-security-policy",
        "x-content-type-options",
        "referrer-policy",
        "x-frame-options",
      ]),
    );
    expect(keys).not.toContain("strict-transport-security");
    expect(https.has).toEqual([{ type: "header", key: "x-forwarded-proto", value: "https" }]);
    expect(https.headers).toEqual([{ key: "strict-transport-security", value: "max-age=31536000" }]);
  });

  it("always sends HSTS when the public URL is https", async () => {
    vi.stubEnv("AUTH_URL", "https://skillshift.example");
    const all = await rules();
    expect(all).toHaveLength(1);
    expect(all[0].headers).toContainEqual({ key: "strict-transport-security", value: "max-age=31536000" });
  });
});
