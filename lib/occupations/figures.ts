// How an occupation's published figures read on a page: wages with BLS's top-coding, research
// figures with their rank. Pure, so the page and the API word them alike.
import type { Occupation } from "@/lib/catalog/occupation-schema";

/** BLS top-codes annual wages at this figure in the May 2024 release. */
export const TOPCODED_ANNUAL_WAGE = 239_200;

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

export const dollars = (value: number) => usd.format(value);

/** A wage percentile as BLS published it: a figure, "≥ $239,200" where top-coded, or null. */
export function wageText(
  occupation: Occupation,
  field: "p10" | "p25" | "median" | "p75" | "p90",
): string | null {
  const value = occupation.wages[field];
  if (value !== null) return dollars(value);
  return occupation.topcoded.includes(field) ? `≥ ${dollars(TOPCODED_ANNUAL_WAGE)}` : null;
}

/** 0.721 → "72nd percentile". */
export function percentileText(share: number): string {
  const n = Math.round(share * 100);
  const suffix =
    n % 100 >= 11 && n % 100 <= 13
      ? "th"
      : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix} percentile`;
}

/** Where the mean research percentile puts the occupation, in words. */
export function exposureBandText(meanPercentile: number | null): string {
  if (meanPercentile === null) return "No published exposure figures";
  if (meanPercentile < 1 / 3) return "Lower exposure than most occupations";
  if (meanPercentile < 2 / 3) return "Exposure near the middle of all occupations";
  return "Higher exposure than most occupations";
}
