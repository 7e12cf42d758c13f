import "server-only";
import { appendFile, mkdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { serverEnv } from "@/lib/env";
import type { Mail } from "./types";

export interface OutboxMessage extends Mail {
  at: string;
}

/**
 * The local outbox (/dev/outbox) exists in development, and in a production build only when
 * SKILLSHIFT_DEV_OUTBOX=1 says so (the browser tests): never by accident on a real server.
 */
export function outboxEnabled(): boolean {
  return process.env.NODE_ENV !== "production" || serverEnv().SKILLSHIFT_DEV_OUTBOX === "1";
}

const KEEP = 50;
// A file next to the embedded database, so it survives dev-server reloads and is wiped with the data.
const outboxFile = () =>
  join(resolve(/* turbopackIgnore: true */ process.env.SKILLSHIFT_DATA_DIR ?? ".data"), "outbox.jsonl");

export async function saveToOutbox(mail: Mail, at = new Date()): Promise<void> {
  const file = outboxFile();
  await mkdir(dirname(file), { recursive: true });
  await appendFile(file, JSON.stringify({ at: at.toISOString(), ...mail } satisfies OutboxMessage) + "\n", {
    mode: 0o600,
  });
}

/** The latest messages, newest first. */
export async function outboxMessages(): Promise<OutboxMessage[]> {
  const text = await readFile(outboxFile(), "utf8").catch(() => "");
  return text
    .split("\n")
    .filter(Boolean)
    .slice(-KEEP)
    .map((line) => JSON.parse(line) as OutboxMessage)
    .reverse();
}
