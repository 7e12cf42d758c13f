import { AsyncLocalStorage } from "node:async_hooks";

// The time history is recorded at. Unit tests fix it with setClock to build months of history in
// seconds; the e2e suite sets it per request (lib/request-clock.ts) so parallel tests don't collide.
let override: (() => Date) | undefined;
const requestClock = new AsyncLocalStorage<Date>();

export function now(): Date {
  if (override) return override();
  const at = requestClock.getStore();
  return at ? new Date(at) : new Date();
}

/** For tests: fix the clock (a Date) or restore the real one (undefined). */
export function setClock(at: Date | undefined): void {
  override = at ? () => new Date(at) : undefined;
}

/** Runs `fn` with now() reading `at` (or the real clock when `at` is undefined). */
export function withClock<T>(at: Date | undefined, fn: () => T): T {
  return at ? requestClock.run(at, fn) : fn();
}

/** The calendar day (UTC) a moment falls on, as YYYY-MM-DD. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** The day `days` after a YYYY-MM-DD day (negative for before). */
export const addDays = (day: string, days: number) =>
  dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
