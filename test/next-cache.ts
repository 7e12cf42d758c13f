// next/cache under vitest. Outside a Next.js request its invalidation functions throw ("static
// generation store missing"), so server actions could not be called in integration tests; here
// they only record what was invalidated. Caching itself is not exercised by vitest.
export const invalidated: string[] = [];

export function revalidatePath(path: string): void {
  invalidated.push(path);
}
export function revalidateTag(tag: string): void {
  invalidated.push(`tag:${tag}`);
}
export function updateTag(tag: string): void {
  invalidated.push(`tag:${tag}`);
}
export function refresh(): void {}
export function unstable_noStore(): void {}
export function cacheLife(): void {}
export function cacheTag(): void {}
export function unstable_cache<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return fn;
}
