/**
 * Loops instead of spreading an array into arguments: `Math.max(...xs)` and `push(...xs)` pass every element on the
 * stack and throw RangeError past ~100,000 elements (issue 13: 140,000 observations broke every page).
 * tests/collections/no-spread-arguments.test.ts keeps spreads into calls out of lib/, components/ and entrypoints/.
 */

/** The smallest of `values`, at most `empty` (e.g. minOf(xs, 0) for Math.min(0, ...xs)). */
export function minOf(values: Iterable<number>, empty: number = Infinity): number {
  let min = empty;
  for (const value of values) if (value < min) min = value;
  return min;
}

/** The largest of `values`, at least `empty` (e.g. maxOf(xs, 0) for Math.max(0, ...xs)). */
export function maxOf(values: Iterable<number>, empty: number = -Infinity): number {
  let max = empty;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** Drops the entries added longest ago (first in insertion order) until `collection` holds at most `max`: a bounded cache. */
export function dropOldest<K>(collection: Map<K, unknown> | Set<K>, max: number): void {
  for (const key of collection.keys()) {
    if (collection.size <= max) return;
    collection.delete(key);
  }
}

/** Appends every item to `target` (in place) and returns it. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
