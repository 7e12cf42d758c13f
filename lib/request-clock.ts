import "server-only";
import { cookies } from "next/headers";
import { now } from "@/lib/clock";

/** The cookie the end-to-end tests set to pretend a request happens on another day. */
export const TEST_CLOCK_COOKIE = "skillshift-test-now";

/**
 * The request's pretend time, only when the server was started with SKILLSHIFT_TEST_CLOCK=1 (the
 * Playwright config does; nothing else should). Otherwise undefined and the real clock applies.
 */
export async function requestTime(): Promise<Date | undefined> {
  if (process.env.SKILLSHIFT_TEST_CLOCK !== "1") return undefined;
  const value = (await cookies()).get(TEST_CLOCK_COOKIE)?.value;
  const at = value ? new Date(value) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at : undefined;
}

/** "Now" for a page render. */
export async function pageNow(): Promise<Date> {
  return (await requestTime()) ?? now();
}
