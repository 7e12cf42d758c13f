// One row of the figures table. `aim` is the budget from issue 8 when there is one; `ok` says
// whether this run met it (undefined when the row has no aim).
export interface BenchResult {
  part: string;
  name: string;
  value: number;
  unit: string;
  aim?: string;
  ok?: boolean;
}

/** A row checked against an upper (`max`) or lower (`min`) bound. */
export function within(
  part: string,
  name: string,
  value: number,
  unit: string,
  bound: { max?: number; min?: number },
  aimText?: string,
): BenchResult {
  const aim =
    aimText ??
    (bound.max !== undefined
      ? `< ${bound.max.toLocaleString("en")}`
      : `≥ ${bound.min!.toLocaleString("en")}`);
  const ok = bound.max !== undefined ? value < bound.max : value >= bound.min!;
  return { part, name, value, unit, aim, ok };
}

export function printTable(results: BenchResult[]) {
  const digits = (v: number) => (Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2);
  console.table(
    results.map((r) => ({
      part: r.part,
      benchmark: r.name,
      value: Number(r.value.toFixed(digits(r.value))),
      unit: r.unit,
      aim: r.aim ?? "",
      met: r.ok === undefined ? "" : r.ok ? "yes" : "NO",
    })),
  );
}
