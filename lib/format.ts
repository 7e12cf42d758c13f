/** 0–1 as a percentage with one decimal: 0.4234 → "42.3%". */
export const percent = (share: number, digits = 1) => `${(share * 100).toFixed(digits)}%`;
/** A change of a 0–1 share in percentage points: 0.063 → "+6.3 pts". */
export const points = (delta: number) => `${delta >= 0 ? "+" : "−"}${Math.abs(delta * 100).toFixed(1)} pts`;
/** 0–10 score with one decimal. */
export const score = (v: number) => v.toFixed(1);
