import "server-only";
import { createHmac } from "node:crypto";
import { sql } from "drizzle-orm";
import { headers } from "next/headers";
import { db } from "@/db";
import { auditEvents, users, type AuditKind } from "@/db/schema";
import { serverEnv } from "@/lib/env";
import { clientAddress } from "@/lib/rate-limit";

/**
 * Records a security event: what, when, whose account (when known) and from which client address.
 * Callers pass ids only, never what was typed: no passwords, tokens, hashes or attempted emails.
 */
export async function audit(
  kind: AuditKind,
  userId: string | null,
  subject: string | null = null,
): Promise<void> {
  const client = await requestClient();
  // The user id only while the account exists (a sign-out right after deletion names nobody).
  const user = userId ? sql`(select ${users.id} from ${users} where ${users.id} = ${userId})` : null;
  await db().insert(auditEvents).values({ kind, userId: user, subject, client });
}

/**
 * Stands for a deleted account in the log: a keyed hash of its id. With the id (from a backup or a
 * support ticket) one can tell that this account was deleted; from the log alone one cannot get
 * back to the person.
 */
export function accountPseudonym(userId: string): string {
  return createHmac("sha256", serverEnv().AUTH_SECRET).update(`account:${userId}`).digest("hex");
}

async function requestClient(): Promise<string | null> {
  try {
    return clientAddress(await headers());
  } catch {
    // Outside a request (scripts, tests): no client to name.
    return null;
  }
}
