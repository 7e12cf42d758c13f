import { describe, expect, it } from "vitest";
import { hashPassword, isCommonPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("uses argon2id and verifies only the same password", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(hash, "correct horse battery stapl")).toBe(false);
  });

  it("uses every character: an 80-character password does not work with its first 72", async () => {
    const password = "a".repeat(72) + "bcdefghi";
    const hash = await hashPassword(password);
    expect(await verifyPassword(hash, password)).toBe(true);
    expect(await verifyPassword(hash, password.slice(0, 72))).toBe(false);
  });

  it("treats a malformed hash as a failed check, not a crash", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});

describe("common passwords", () => {
  it("rejects well-known ones whatever their case", () => {
    expect(isCommonPassword("password123")).toBe(true);
    expect(isCommonPassword("Qwertyuiop")).toBe(true);
    expect(isCommonPassword("iloveyou")).toBe(true);
  });

  it("accepts an uncommon passphrase", () => {
    expect(isCommonPassword("violet tractor sings at noon")).toBe(false);
  });
});
