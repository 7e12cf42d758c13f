// Parent side of the data-scale benchmark: runs ./main.ts in a child process (see ../child.ts).
import { runChild } from "../child";
import type { BenchResult } from "../result";

export function benchScale(): Promise<BenchResult[]> {
  return runChild<BenchResult[]>("bench/scale/main.ts", {});
}
