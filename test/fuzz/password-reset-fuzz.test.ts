import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { completePasswordReset, createPasswordReset } from "@/lib/auth/password-reset";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/auth/schemas";
import { anyValue, nastyString } from "./arbitraries";
import { populatedUser } from "./fixtures";
import { rowsOf } from "./user-state";

// The reset actions read the request (client address, after()), so here are their schemas and the
// queries behind them under random input: never a throw, and a wrong token changes nothing.
const RUNS = Number(process.env.SKILLSHIFT_FUZZ_RUNS ?? 300);
const token = fc.oneof(
  nastyString,
  fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
  fc.constant(randomBytes(32).toString("base64url")),
  anyValue,
);

describe("password reset under random input (real Postgres)", () => {
  it("the forms' schemas never throw, whatever arrives", () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            email: fc.oneof(nastyString, fc.emailAddress(), anyValue),
            token,
            password: fc.oneof(nastyString, anyValue),
          },
          { requiredKeys: [] },
        ),
        (payload) => {
          expect(typeof forgotPasswordSchema.safeParse(payload).success).toBe("boolean");
          expect(typeof resetPasswordSchema.safeParse(payload).success).toBe("boolean");
        },
      ),
      { numRuns: RUNS * 3 },
    );
  });

  it("a token nobody was sent never resets a password and changes nothing; a reset for an unknown address stores nothing", async () => {
    const user = await populatedUser("reset-fuzz");
    const sent = await createPasswordReset(user.email);
    expect(sent).not.toBeNull();
    const before = await rowsOf(user.id);
    await fc.assert(
      fc.asyncProperty(token, fc.emailAddress(), async (guess, email) => {
        const parsed = resetPasswordSchema.safeParse({ token: guess, password: "a new long passphrase" });
        if (parsed.success && parsed.data.token !== sent!.token)
          expect(await completePasswordReset(parsed.data.token, "hash")).toBeNull();
        if (!email.endsWith("example.com")) expect(await createPasswordReset(email)).toBeNull();
      }),
      { numRuns: RUNS },
    );
    expect(await rowsOf(user.id)).toEqual(before);
  });
});
