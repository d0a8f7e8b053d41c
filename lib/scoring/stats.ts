/** Small robust statistics used by the scorer. Pure, allocation-light: called for thousands of creators at once. */
import { MAD_TO_SIGMA, type Curve } from './model-constants';

/** Median of the values; null for an empty list. Sorts a copy, never the caller's array. */
export function median(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = values.slice().sort(ascending);
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function ascending(a: number, b: number): number {
  return a - b;
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
