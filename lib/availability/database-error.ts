// What counts as "the database is unreachable", as opposed to a bug or a bad query. Only these
// become a 503 or a "try again" message; every other error still surfaces as the failure it is.

export const DATABASE_UNAVAILABLE_MESSAGE =
  "SkillShift can't reach its database right now. Your data is safe; try again in a moment.";

/** Seconds a client is told to wait (Retry-After) before trying again. */
export const RETRY_AFTER_SECONDS = 5;

/** Thrown where a caller needs the database and it could not be reached. */
export class DatabaseUnavailableError extends Error {
  constructor(cause?: unknown) {
    super("The database is unreachable", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

// Socket-level failures reaching the server (Node's codes) and postgres.js's own connection codes.
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

// SQLSTATEs the server sends when it is going away or not taking connections: admin or crash
// shutdown, starting up or shutting down, too many connections, and class 08 (connection exception).
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);

function isUnavailableCode(code: unknown): boolean {
  return (
    typeof code === "string" &&
    (CONNECTION_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))
  );
}

/**
 * True when `error`, or anything it wraps, says the database could not be reached. drizzle wraps
 * driver errors in `cause`; Auth.js wraps errors from callbacks in `cause.err`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 20) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    if (e instanceof DatabaseUnavailableError) return true;
    const { code, cause, err, errors } = e as {
      code?: unknown;
      cause?: unknown;
      err?: unknown;
      errors?: unknown;
    };
    if (isUnavailableCode(code)) return true;
    queue.push(cause, err);
    // AggregateError: a host name resolving to several addresses fails once per address.
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return false;
}
