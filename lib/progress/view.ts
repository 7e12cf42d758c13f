import { z } from "zod";
import { dayOf } from "@/lib/clock";

// What the progress page shows, decided from its URL and the user's data; the page only renders it.

export const RANGES = {
  "3m": { label: "3 months", days: 91 },
  "1y": { label: "1 year", days: 365 },
  all: { label: "All", days: null },
} as const;
export type Range = keyof typeof RANGES;
const DEFAULT_RANGE: Range = "3m";
/** The "since" summary looks back this far unless the URL names a day. */
const DEFAULT_SINCE_DAYS = 30;

/** The search params as Next.js hands them over: a repeated param arrives as an array. */
export type ProgressSearchParams = { [key in "range" | "since" | "role"]?: string | string[] };

export interface ProgressView {
  range: Range;
  /** The first day of history to chart (YYYY-MM-DD), or undefined for all of it. */
  from: string | undefined;
  /** The moment the "since" summary counts from: midnight (UTC) of the URL's day, else 30 days ago. */
  since: Date;
  /** Whether the URL asks for the target role (shown only when the user has one). */
  target: boolean;
}

const daysBefore = (at: Date, days: number) => new Date(at.getTime() - days * 86_400_000);

/** Reads range, since and role from the URL; anything missing or malformed falls back to the default. */
export function parseProgressParams(params: ProgressSearchParams, at: Date): ProgressView {
  const range: Range =
    typeof params.range === "string" && Object.hasOwn(RANGES, params.range)
      ? (params.range as Range)
      : DEFAULT_RANGE;
  const span = RANGES[range].days;
  // A day that does not exist (2026-02-31) would reach SQL as an invalid date.
  const since = z.iso.date().safeParse(params.since).success
    ? new Date(`${params.since}T00:00:00Z`)
    : daysBefore(at, DEFAULT_SINCE_DAYS);
  return {
    range,
    from: span ? dayOf(daysBefore(at, span)) : undefined,
    since,
    target: params.role === "target",
  };
}

/** A link to the progress page that keeps the current range, since and role, with `patch` on top. */
export function progressHref(
  view: { range: Range; since: Date; target: boolean },
  patch: Record<string, string> = {},
): string {
  return `/progress?${new URLSearchParams({ range: view.range, since: dayOf(view.since), ...(view.target ? { role: "target" } : {}), ...patch })}`;
}

export interface ChartMarker {
  day: string;
  label: string;
}

/** A marker on the chart for every goal completed within the charted range (`from` undefined: all). */
export function goalMarkers(
  goals: readonly { title: string; doneAt: Date | null }[],
  from: string | undefined,
): ChartMarker[] {
  return goals.flatMap((g) =>
    g.doneAt && dayOf(g.doneAt) >= (from ?? "")
      ? [{ day: dayOf(g.doneAt), label: `Goal completed: ${g.title}` }]
      : [],
  );
}

/** The analyses that measured a match rate, oldest first (analyses come newest first). */
export function matchRateHistory<T extends { matchRate: number | null }>(analyses: readonly T[]): T[] {
  return analyses.filter((a) => a.matchRate !== null).reverse();
}
