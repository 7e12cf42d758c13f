import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Class names, joined. Two ways, one place:
 *
 * - `cn(...)` joins (clsx: strings, conditionals, arrays) and then lets a later Tailwind utility
 *   replace an earlier one of the same property (tailwind-merge: `cn("gap-4", "gap-6")` → `"gap-6"`).
 *   Use it where a caller's `className` may clash with a component's own utilities. tailwind-merge
 *   is 9 kB gzipped, so call `cn` from server components only (Card, Skeleton, …): there it
 *   costs nothing in the browser. Imported by a client component, it lands in that page's JS, and
 *   through the header's Button in every page's.
 * - `cx(...)` only joins (clsx, under 0.5 kB). Client components use it, and `cva` variants join
 *   their `className` with it too. Nothing needs merging there: the base classes of the variants
 *   (`btn`, `badge`, `input`…) live in `@layer components` in app/globals.css, and any utility
 *   passed in wins over them by cascade layer, whatever the order of the classes.
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}

export { clsx as cx };
export type { ClassValue };
