/**
 * Spreading an array into a call's arguments (`Math.min(...xs)`, `push(...xs)`) throws RangeError once the array is
 * large; ESLint forbids it in shipped code (eslint.config.js, proved in tests/architecture/lint-rules.test.ts). These
 * are the loop helpers to use instead.
 */
import { describe, expect, it } from 'vitest';
import { appendAll, maxOf, minOf } from '../../lib/collections';

describe('loop helpers instead of spread arguments', () => {
  it('the loop helpers handle 1,000,000 values where spreading throws', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);
    expect(() => Math.min(...values)).toThrow(RangeError);
    expect(minOf(values)).toBe(0);
    expect(maxOf(values)).toBe(values.reduce((a, b) => (b > a ? b : a), -Infinity));
    expect(minOf([], 0)).toBe(0);
    expect(maxOf([3, 9, 2], 10)).toBe(10);
    expect(appendAll([1], values).length).toBe(1_000_001);
  });
});
