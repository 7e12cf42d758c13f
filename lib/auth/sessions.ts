import "server-only";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import { db } from "@/db";
import { sessions, users } from "@/db/schema";

/** A session ends 30 days after sign-in whatever happens, or after 7 days without a visit. */
export const SESSION_ABSOLUTE_SECONDS = 30 * 24 * 3600;
export const SESSION_IDLE_SECONDS = 7 * 24 * 3600;
const TOUCH_AFTER_SECONDS = 300;

export async function createSession(userId: string, userAgent: string | null): Promise<string> {
  const [row] = await db()
    .insert(sessions)
    .values({
      userId,
      userAgent: userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(Date.now() + SESSION_ABSOLUTE_SECONDS * 1000),
    })
    .returning({ id: sessions.id });
  return row.id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in user behind a session id, or null when it ended, expired or went idle. */
export async function validateSession(sessionId: string) {
  if (!UUID.test(sessionId)) return null;
  const [row] = await db()
    .select({ userId: users.id, name: users.name, email: users.email, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, sessionId),
        gt(sessions.expiresAt, sql`now()`),
        gt(sessions.lastSeenAt, sql`now() - make_interval(secs => ${SESSION_IDLE_SECONDS})`),
      ),
    );
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_AFTER_SECONDS * 1000) {
    await db()
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(sessions.id, sessionId));
  }
  return { id: row.userId, name: row.name, email: row.email };
}

export async function endSession(sessionId: string): Promise<void> {
  if (!UUID.test(sessionId)) return;
  await db().delete(sessions).where(eq(sessions.id, sessionId));
}

/** The user's sessions still in force, most recently used first (for "where you are signed in"). */
export async function activeSessions(userId: string) {
  return db()
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        gt(sessions.expiresAt, sql`now()`),
        gt(sessions.lastSeenAt, sql`now() - make_interval(secs => ${SESSION_IDLE_SECONDS})`),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
}

/** "Sign out everywhere": ends every session of the user, this one included. */
export async function endAllSessions(userId: string): Promise<number> {
  const ended = await db().delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return ended.length;
}
