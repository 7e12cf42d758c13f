import type { TaskDef } from "@/lib/catalog/types";

export interface ResilienceTask {
  kind: TaskDef["kind"];
  importance: number;
  coverage: number;
}

/**
 * Resilience R = Σ_safe i·c / Σ_safe i, 0–1: how much of the role's AI-resistant work the user can do.
 * A role without safe importance has no safe work to be able to do, so R is 0 (not NaN); the
 * analysis exposes the denominator so the screen can say why.
 */
export function resilience(tasks: readonly ResilienceTask[]): number {
  let covered = 0;
  let total = 0;
  for (const t of tasks) {
    if (t.kind !== "safe") continue;
    covered += t.importance * t.coverage;
    total += t.importance;
  }
  return total > 0 ? Math.min(1, covered / total) : 0;
}
