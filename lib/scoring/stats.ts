/** Small robust statistics used by the scorer. Pure, allocation-light: called for thousands of creators at once. */
import { MAD_TO_SIGMA, type Curve } from './model-constants';

/** Reused sort buffer: scoring thousands of creators must not allocate and comparator-sort for every median. */
let scratch = new Float64Array(64);
const INSERTION_SORT_MAX = 32;

/** Median of the values; null for an empty list. Never reorders the caller's array. */
export function median(values: ArrayLike<number>): number | null {
  const n = values.length;
  if (n === 0) return null;
  if (scratch.length < n) scratch = new Float64Array(Math.max(n, scratch.length * 2));
  const buf = scratch;
  if (n > INSERTION_SORT_MAX) {
    for (let i = 0; i < n; i++) buf[i] = values[i]!;
    const sorted = buf.subarray(0, n).sort();
    const m = n >> 1;
    return n % 2 === 1 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
  }
  // Insertion sort: the lists are short (≤ a dozen videos), where it beats Array#sort and allocates nothing.
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    let j = i - 1;
    while (j >= 0 && buf[j]! > x) {
      buf[j + 1] = buf[j]!;
      j--;
    }
    buf[j + 1] = x;
  }
  const mid = n >> 1;
  return n % 2 === 1 ? buf[mid]! : (buf[mid - 1]! + buf[mid]!) / 2;
}

/** Robust coefficient of variation: 1.4826 · MAD / median; null when the median is 0 or there are no values. */
export function robustCv(values: readonly number[]): number | null {
  const mid = median(values);
  if (mid == null || mid === 0) return null;
  const deviations = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) deviations[i] = Math.abs(values[i]! - mid);
  return (MAD_TO_SIGMA * median(deviations)!) / Math.abs(mid);
}

/** Piecewise-linear interpolation between the curve's anchors, flat beyond both ends. */
export function interpolate(curve: Curve, x: number): number {
  const first = curve[0]!;
  if (x <= first[0]) return first[1];
  for (let i = 1; i < curve.length; i++) {
    const [x1, y1] = curve[i]!;
    if (x <= x1) {
      const [x0, y0] = curve[i - 1]!;
      return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    }
  }
  return curve[curve.length - 1]![1];
}

/** A usable count: finite and not negative; anything else is unknown. */
export function knownCount(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}
