import { addDays } from "@/lib/clock";

/** Four weeks: the due date a new goal suggests unless it needs longer. */
export const DEFAULT_GOAL_DAYS = 28;
/** The preparation a certification goal plans for: about five hours a week. */
export const PREP_HOURS_PER_WEEK = 5;

/**
 * A goal's suggested due date (YYYY-MM-DD): four weeks from `today`, or, for a certification that
 * takes `prepHours` of preparation, enough whole weeks at five hours a week, if that is longer.
 */
export const dueFor = (today: string, prepHours?: number): string =>
  addDays(
    today,
    prepHours
      ? Math.max(DEFAULT_GOAL_DAYS, Math.ceil(prepHours / PREP_HOURS_PER_WEEK) * 7)
      : DEFAULT_GOAL_DAYS,
  );
