import { describe, expect, it } from "vitest";
import { loginSchema, safeCallbackUrl, signupSchema } from "./schemas";

const signup = (password: string) =>
  signupSchema.safeParse({ name: "Ada", email: "ada@example.com", password });

describe("password length", () => {
  it.each([
    [7, false],
    [8, true],
    [64, true],
    [128, true],
    [129, false],
  ])("%i characters accepted: %s", (n, ok) => {
    expect(signup("x".repeat(n)).success).toBe(ok);
  });

  it("counts characters as people see them, not UTF-16 units", () => {
    expect(signup("🔑".repeat(8)).success).toBe(true);
    expect(signup("🔑".repeat(129)).success).toBe(false);
  });

  it("keeps the password exactly as typed", () => {
    const parsed = signupSchema.parse({ name: "Ada", email: "ada@example.com", password: "  spaces kept  " });
    expect(parsed.password).toBe("  spaces kept  ");
  });

  it("says what is wrong", () => {
    const result = signup("short");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("Use at least 8 characters.");
  });
});

describe("email", () => {
  it("is trimmed and lowercased so one address is one account", () => {
    expect(
      signupSchema.parse({ name: "A", email: "  Ada@Example.COM ", password: "x".repeat(8) }).email,
    ).toBe("ada@example.com");
  });

  it("rejects something that is not an address", () => {
    expect(loginSchema.safeParse({ email: "ada", password: "x" }).error?.issues[0].message).toMatch(
      /valid email/,
    );
  });
});

describe("safeCallbackUrl", () => {
  it.each([
    ["/dashboard?tab=1", "/dashboard?tab=1"],
    ["https://evil.example", "/dashboard"],
    ["//evil.example", "/dashboard"],
    ["/\\evil.example", "/dashboard"],
    // Browsers drop tabs and newlines inside URLs, which turns these into "//evil.example".
    ["/\t/evil.example", "/dashboard"],
    ["/\t\\evil.example", "/dashboard"],
    ["/\n/evil.example", "/dashboard"],
    ["/dashboard\r\nSet-Cookie: a=b", "/dashboard"],
    ["javascript:alert(1)", "/dashboard"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/roles/café?q=naïve#top", "/roles/caf%C3%A9?q=na%C3%AFve#top"],
    ["/../../etc", "/etc"],
    [["/a", "/b"], "/dashboard"],
    [undefined, "/dashboard"],
  ])("%j → %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});
