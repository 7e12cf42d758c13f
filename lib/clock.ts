// The time history is recorded at. Tests set it to build months of history in seconds.
let override: (() => Date) | undefined;

export function now(): Date {
  return override ? override() : new Date();
}

/** For tests: fix the clock (a Date) or restore the real one (undefined). */
export function setClock(at: Date | undefined): void {
  override = at ? () => new Date(at) : undefined;
}

/** The calendar day (UTC) a moment falls on, as YYYY-MM-DD. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);
