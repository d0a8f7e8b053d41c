import { describe, expect, it } from 'vitest';
import { applyOverrides, BENCHMARKS_JP, BENCHMARK_TABLE_VERSION, BENCHMARK_CATEGORY_IDS, categoryIdOf, taxRateForCategory } from '../../lib/commission';

describe('categoryIdOf', () => {
  it.each([
    ['Beauty & Personal Care', 'beauty'],
    ['美容・パーソナルケア', 'beauty'],
    ['美妆个护', 'beauty'],
    ['magellan_601450', 'beauty'],
    ['601450', 'beauty'],
    ['Food & Beverages', 'food'],
    ['食品・飲料', 'food'],
    ['Phones & Electronics', 'electronics'],
    ['Household Appliances', 'electronics'],
    ['Home Supplies', 'home'],
    ['Womenswear & Underwear', 'fashion'],
    ['Baby & Maternity', 'baby'],
    ['Pet Supplies', 'pet'],
    ['サプリメント', 'supplements'],
    ['Health', 'health'],
    ['Carpets', 'other'], // "pet" only matches at a word start
    ['magellan_999999', 'other'],
    ['', 'other'],
    [null, 'other'],
  ] as const)('%s → %s', (input, id) => {
    expect(categoryIdOf(input)).toBe(id);
  });
});

describe('benchmark table', () => {
  it('has a version and a valid row per category', () => {
    expect(BENCHMARK_TABLE_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}/);
    for (const id of BENCHMARK_CATEGORY_IDS) {
      const row = BENCHMARKS_JP[id];
      expect(row.categoryId).toBe(id);
      expect(row.low).toBeLessThanOrEqual(row.typical);
      expect(row.typical).toBeLessThanOrEqual(row.high);
      expect(row.source.length).toBeGreaterThan(0);
      expect(row.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
  it('food and supplements use the 8 % reduced rate, others 10 %', () => {
    expect(taxRateForCategory('food')).toBe(0.08);
    expect(taxRateForCategory('supplements')).toBe(0.08);
    expect(taxRateForCategory('beauty')).toBe(0.1);
  });
});

describe('applyOverrides', () => {
  it('applies valid overrides, drops invalid ones, leaves the input table alone', () => {
    const out = applyOverrides(BENCHMARKS_JP, [
      { categoryId: 'beauty', low: 0.15, high: 0.25, updatedAt: Date.UTC(2026, 10, 1) },
      { categoryId: 'food', low: 0.3, high: 0.1 }, // low > high: schema rejects
      { categoryId: 'nope', low: 0.1 }, // unknown category
      { categoryId: 'pet', high: 0.05 }, // merged low 0.10 > high 0.05: ignored
      'garbage',
    ]);
    // beauty: typical 0.15 kept (inside new 15–25 %)
    expect([out.beauty.low, out.beauty.typical, out.beauty.high]).toEqual([0.15, 0.15, 0.25]);
    expect(out.beauty.source).toBe('seller override');
    expect(out.beauty.asOf).toBe('2026-11-01');
    expect(out.food).toEqual(BENCHMARKS_JP.food);
    expect(out.pet).toEqual(BENCHMARKS_JP.pet);
    expect(BENCHMARKS_JP.beauty.low).toBe(0.12);
  });
  it('clamps the old typical into a new band when typical is not given', () => {
    // electronics 5/8/10 → low 0.09 → typical max(0.08, 0.09) = 0.09
    const out = applyOverrides(BENCHMARKS_JP, [{ categoryId: 'electronics', low: 0.09 }]);
    expect(out.electronics.typical).toBe(0.09);
    expect(applyOverrides(BENCHMARKS_JP, null)).toEqual(BENCHMARKS_JP);
  });
});
