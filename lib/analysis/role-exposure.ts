export interface ExposureTask {
  importance: number;
  exposure: number;
}

/** Role exposure E = 10 · Σ importance · exposure, on the 0–10 scale, one decimal. */
export function roleExposure(tasks: readonly ExposureTask[]): number {
  const sum = tasks.reduce((acc, t) => acc + t.importance * t.exposure, 0);
  return Math.round(sum * 100) / 10;
}

export type RiskCategory = "low" | "moderate" | "high";

export function riskCategory(score: number): RiskCategory {
  if (score < 4) return "low";
  if (score < 7) return "moderate";
  return "high";
}
