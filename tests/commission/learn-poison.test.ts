/**
 * Issue 13: one visit cannot swing a learned band. 300 forged 1% rates sent in one visit flipped a 12% chip from
 * typical to high before; here they must leave the band (and the chip) as they were. And a store of 1,000,000
 * observations must not break learning (Math.min(...times) threw RangeError).
 */
import { describe, expect, it } from 'vitest';
import {
  BENCHMARKS_JP, buildBenchmarkContext, chooseBenchmark, DAY_POINTS, DEFAULT_MIN_LEARNED_DAYS, learnBenchmarks,
  percentileOfSorted, placeRate, type RateObservation,
} from '../../lib/commission';
import { storeDataSchema } from '../../lib/store';

const DAY = 24 * 3600_000;
const T0 = Date.UTC(2026, 9, 1, 3); // noon in Tokyo
const CATEGORY = 'Beauty & Personal Care';

/** `perDay` legit rates between 9 % and 15 % on each of `days` days (deterministic spread). */
function legit(days: number, perDay: number, start = T0): RateObservation[] {
  const out: RateObservation[] = [];
  for (let d = 0; d < days; d++) {
    for (let i = 0; i < perDay; i++) {
      out.push({ category: CATEGORY, rate: 0.09 + (((d * 7 + i * 3) % 13) / 12) * 0.06, source: 'product', seenAt: start + d * DAY + i * 60_000 });
    }
  }
  return out;
}
/** One visit's worth of forged creators, all claiming 1 %. */
function forged(count: number, at: number): RateObservation[] {
  return Array.from({ length: count }, (_, i) => ({ category: CATEGORY, rate: 0.01, source: 'creator_median' as const, seenAt: at + i }));
}
const band = (observations: RateObservation[]) => {
  const chosen = buildBenchmarkContext([], observations).benchmarkFor(CATEGORY);
  return { basis: chosen.basis, low: chosen.low, mid: chosen.mid, high: chosen.high, chip: placeRate(0.12, chosen).position };
};

describe('one visit cannot swing a learned band', () => {
  it('a new seller: 300 forged rates alone never replace the built-in band', () => {
    const before = band([]);
    expect(band(forged(300, T0))).toEqual(before);
    expect(before).toMatchObject({ basis: 'builtin', low: BENCHMARKS_JP.beauty.low, high: BENCHMARKS_JP.beauty.high, chip: 'within' });
  });

  it('a seller with 2 days of real rates: the forged day is set aside and the built-in band stays', () => {
    const real = legit(2, 15);
    expect(band([...real, ...forged(300, T0 + 5 * DAY)])).toEqual(band(real));
  });

  it('a learned band from 6 days: a forged visit on a new day moves nothing', () => {
    const real = legit(6, 8);
    const before = band(real);
    expect(before.basis).toBe('learned');
    expect(before.chip).toBe('within');
    expect(band([...real, ...forged(300, T0 + 10 * DAY)])).toEqual(before);
    // without the defences the pooled quartiles would have been the forgery's own 1 %
    const pooled = [...real, ...forged(300, T0 + 10 * DAY)].map((o) => o.rate).sort((a, b) => a - b);
    expect(percentileOfSorted(pooled, 0.25)).toBe(0.01);
    expect(percentileOfSorted(pooled, 0.75)).toBe(0.01);
  });

  it('a forged visit on a day with real rates too: the chip stays typical and the edges stay inside the real range', () => {
    const real = legit(6, 8);
    const after = band([...real, ...forged(300, T0 + 2 * DAY + 5_000)]);
    expect(after.basis).toBe('learned');
    expect(after.chip).toBe('within');
    expect(after.low).toBeGreaterThanOrEqual(0.09);
    expect(after.high).toBeLessThanOrEqual(0.15);
  });

  it('a day counts as at most DAY_POINTS rates, and reports n, days and the date range', () => {
    const learned = learnBenchmarks([...legit(DEFAULT_MIN_LEARNED_DAYS, 50)]).beauty!;
    expect(learned.rates.length).toBe(DAY_POINTS * DEFAULT_MIN_LEARNED_DAYS);
    expect(learned.n).toBe(150);
    expect(learned.days).toBe(DEFAULT_MIN_LEARNED_DAYS);
    expect(learned.from).toBe(T0);
    expect(learned.to).toBe(T0 + 2 * DAY + 49 * 60_000);
    const chosen = chooseBenchmark(BENCHMARKS_JP.beauty, learned);
    expect(chosen.reason.en).toContain('150');
    expect(chosen.reason.en).toContain('3 days');
  });

  it('enough rates on too few days: the built-in band, and the reason says days are missing', () => {
    const learned = learnBenchmarks(legit(2, 30)).beauty!;
    const chosen = chooseBenchmark(BENCHMARKS_JP.beauty, learned);
    expect(chosen.basis).toBe('builtin');
    expect(chosen.reason.en).toBe('Built-in benchmark (2026-11-24): local samples from 2 of 3 days needed to learn');
  });
});

describe('a backup of 1,000,000 observations', () => {
  it('validates as an import and learning still works (no RangeError)', () => {
    const categories = ['Beauty & Personal Care', 'Food & Beverages', 'Electronics', null];
    const observations = Array.from({ length: 1_000_000 }, (_, i) => ({
      id: `product:${i}:x`, category: categories[i % 4]!, rate: 0.05 + (i % 17) / 100, source: 'product' as const,
      sourceId: String(i), seenAt: T0 + (Math.floor(i / 4) % 400) * DAY,
    }));
    const parsed = storeDataSchema.safeParse({ observations });
    expect(parsed.success).toBe(true);
    const context = buildBenchmarkContext([], parsed.data!.observations);
    const beauty = context.benchmarkFor(CATEGORY);
    expect(beauty.basis).toBe('learned');
    expect(beauty.n).toBe(250_000);
    expect(beauty.days).toBe(400);
    expect(context.learned.beauty!.rates.length).toBeLessThanOrEqual(400 * DAY_POINTS);
    expect(context.learned.beauty!.from).toBe(T0);
    expect(context.learned.beauty!.to).toBe(T0 + 399 * DAY);
  }, 60_000);
});
