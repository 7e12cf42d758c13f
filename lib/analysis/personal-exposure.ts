export interface PersonalExposureTask {
  importance: number;
  exposure: number;
  coverage: number;
}

/**
 * Personal exposure P = 10 · Σ i·c·e / Σ i·c, 0–10: the role's exposure averaged over the work the
 * user can actually do, so a skill mix that leans to the safe tasks scores below the role's E.
 * With no coverage at all the average is undefined; null tells the caller to show E and say why,
 * instead of inventing a number.
 */
export function personalExposure(tasks: readonly PersonalExposureTask[]): number | null {
  let numerator = 0;
  let denominator = 0;
  for (const t of tasks) {
    const covered = t.importance * t.coverage;
    numerator += covered * t.exposure;
    denominator += covered;
  }
  if (!(denominator > 0)) return null;
  // A weighted mean of exposures in [0, 1]; the clamp only absorbs float rounding at the edges.
  return Math.min(10, Math.max(0, (10 * numerator) / denominator));
}
