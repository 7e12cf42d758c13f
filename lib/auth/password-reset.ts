import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { db } from "@/db";
import { passwordResets, sessions, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { findUserByEmail } from "./users";

export const RESET_VALID_MINUTES = 10;
const TOKEN_BYTES = 32;
// base64url of 32 bytes: 43 characters. Anything else is not a token and costs no query.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** What is stored: the SHA-256 of the token. A 256-bit random token needs no salt or slow hash. */
export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A reset token for the account with this email, or null when there is none. The token itself is
 * returned once (for the email) and never stored. Validity is measured on lib/clock.
 */
export async function createPasswordReset(
  email: string,
): Promise<{ token: string; userId: string; name: string } | null> {
  const user = await findUserByEmail(email);
  if (!user) return null;
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  const at = now();
  await db().transaction(async (tx) => {
    // Old links of this user that can no longer be used are of no further interest.
    await tx
      .delete(passwordResets)
      .where(
        and(
          eq(passwordResets.userId, user.id),
          or(lt(passwordResets.expiresAt, at), isNotNull(passwordResets.usedAt)),
        ),
      );
    await tx.insert(passwordResets).values({
      userId: user.id,
      tokenHash: hashResetToken(token),
      createdAt: at,
      expiresAt: new Date(at.getTime() + RESET_VALID_MINUTES * 60_000),
    });
  });
  return { token, userId: user.id, name: user.name };
}

/** Whether a token would still be accepted (for the form page; reading it changes nothing). */
export async function resetTokenIsUsable(token: string): Promise<boolean> {
  if (!TOKEN_SHAPE.test(token)) return false;
  const [row] = await db()
    .select({ id: passwordResets.id })
    .from(passwordResets)
    .where(
      and(
        eq(passwordResets.tokenHash, hashResetToken(token)),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, now()),
      ),
    );
  return Boolean(row);
}

/**
 * Uses a token: in one transaction, claims it (only one request can), stores the new password hash,
 * ends every session of the user and voids their other open links. Returns the user's id, or null
 * when the token is unknown, used or expired.
 */
export async function completePasswordReset(token: string, passwordHash: string): Promise<string | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const at = now();
  return db().transaction(async (tx) => {
    const [claimed] = await tx
      .update(passwordResets)
      .set({ usedAt: at })
      .where(
        and(
          eq(passwordResets.tokenHash, hashResetToken(token)),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, at),
        ),
      )
      .returning({ userId: passwordResets.userId });
    if (!claimed) return null;
    await tx
      .update(users)
      .set({ passwordHash, updatedAt: sql`now()` })
      .where(eq(users.id, claimed.userId));
    await tx.delete(sessions).where(eq(sessions.userId, claimed.userId));
    await tx
      .update(passwordResets)
      .set({ usedAt: at })
      .where(and(eq(passwordResets.userId, claimed.userId), isNull(passwordResets.usedAt)));
    return claimed.userId;
  });
}
