import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { db } from "@/db";
import { sessions, users } from "@/db/schema";
import { accountPseudonym, audit } from "@/lib/audit";

export async function passwordHashOf(userId: string): Promise<string | undefined> {
  const [row] = await db()
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  return row?.passwordHash;
}

/**
 * Stores a new password hash and ends the user's sessions (all of them, or all but `keepSessionId`)
 * in one transaction, so a stolen session does not outlive the password change.
 */
export async function replacePassword(
  userId: string,
  passwordHash: string,
  keepSessionId?: string,
): Promise<void> {
  await db().transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    await tx
      .delete(sessions)
      .where(
        keepSessionId
          ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId))
          : eq(sessions.userId, userId),
      );
  });
}

/**
 * Deletes the user. Every user-owned table references users.id with `on delete cascade`, so the
 * profile, skills, analyses, history, snapshots and sessions go in the same transaction. Audit
 * events stay but lose the user id (`on delete set null`); the deletion itself is logged under a
 * pseudonym (lib/audit.ts).
 */
export async function deleteAccount(userId: string): Promise<boolean> {
  const deleted = await db().transaction(async (tx) => {
    const deleted = await tx.delete(users).where(eq(users.id, userId)).returning({ id: users.id });
    return deleted.length > 0;
  });
  if (deleted) await audit("account_deleted", null, accountPseudonym(userId));
  return deleted;
}
