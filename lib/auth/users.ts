import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users, type User } from "@/db/schema";

export async function findUserByEmail(email: string): Promise<User | undefined> {
  const [user] = await db().select().from(users).where(eq(users.email, email));
  return user;
}

export class EmailTakenError extends Error {}

export async function createUser(input: {
  name: string;
  email: string;
  passwordHash: string;
}): Promise<User> {
  try {
    const [user] = await db().insert(users).values(input).returning();
    return user;
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError();
    throw error;
  }
}

// drizzle wraps driver errors; the Postgres code sits on the error or its cause.
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}
