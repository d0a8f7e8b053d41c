import { describe, expect, it } from 'vitest';
import {
  BENCHMARKS_JP, chooseBenchmark, learnBenchmarks, percentileOfSorted, percentileRank, placeRate,
  type RateObservation,
} from '../../lib/commission';

const obs = (category: string | null, rate: number, seenAt = 1000, source: RateObservation['source'] = 'product'): RateObservation =>
  ({ category, rate, source, seenAt });

describe('percentileOfSorted (type 7 linear interpolation)', () => {
  it('n=1: every percentile is the single value', () => {
    expect(percentileOfSorted([0.15], 0.25)).toBe(0.15);
    expect(percentileOfSorted([0.15], 0.5)).toBe(0.15);
    expect(percentileOfSorted([0.15], 0.75)).toBe(0.15);
  });
  it('n=2: h = (2−1)·p', () => {
    // [0.10, 0.20]: p25 → h=0.25 → 0.10 + 0.25·0.10 = 0.125; median → 0.15; p75 → 0.175
    expect(percentileOfSorted([0.1, 0.2], 0.25)).toBeCloseTo(0.125, 12);
    expect(percentileOfSorted([0.1, 0.2], 0.5)).toBeCloseTo(0.15, 12);
    expect(percentileOfSorted([0.1, 0.2], 0.75)).toBeCloseTo(0.175, 12);
  });
  it('n=4', () => {
    // [1,2,3,4]: p25 → h=0.75 → 1 + 0.75·1 = 1.75; median h=1.5 → 2.5; p75 h=2.25 → 3.25
    expect(percentileOfSorted([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(percentileOfSorted([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    expect(percentileOfSorted([1, 2, 3, 4], 0.75)).toBeCloseTo(3.25, 12);
  });
  it('empty or bad p → null', () => {
    expect(percentileOfSorted([], 0.5)).toBeNull();
    expect(percentileOfSorted([1], 1.5)).toBeNull();
  });
});

describe('percentileRank (mid-rank)', () => {
  it('counts half of the ties', () => {
    // [0.1, 0.15, 0.15, 0.2]: value 0.15 → below 1, equal 2 → (1 + 1)/4 = 50
    expect(percentileRank([0.1, 0.15, 0.15, 0.2], 0.15)).toBe(50);
    // value 0.3 → below 4 → 100; value 0.05 → 0
    expect(percentileRank([0.1, 0.15, 0.15, 0.2], 0.3)).toBe(100);
    expect(percentileRank([0.1, 0.15, 0.15, 0.2], 0.05)).toBe(0);
  });
});

describe('learnBenchmarks', () => {
  it('groups by mapped category, sorts unsorted input, reports n/from/to/sources', () => {
    const result = learnBenchmarks([
      obs('Beauty & Personal Care', 0.2, 5000, 'open_collab'),
      obs('美妆个护', 0.1, 2000, 'target_collab'),
      obs('美容・パーソナルケア', 0.15, 9000, 'product'),
      obs('magellan_601450', 0.12, 3000, 'creator_median'),
      obs('Electronics', 0.05, 1, 'product'),
      obs('Beauty', Number.NaN, 1),
      obs('Beauty', 0, 1),
    ]);
    const beauty = result.beauty!;
    // usable beauty rates sorted: [0.10, 0.12, 0.15, 0.20], n=4
    expect(beauty.n).toBe(4);
    expect(beauty.rates).toEqual([0.1, 0.12, 0.15, 0.2]);
    // p25: h=0.75 → 0.10 + 0.75·0.02 = 0.115; median h=1.5 → 0.135; p75 h=2.25 → 0.15 + 0.25·0.05 = 0.1625
    expect(beauty.p25).toBeCloseTo(0.115, 12);
    expect(beauty.median).toBeCloseTo(0.135, 12);
    expect(beauty.p75).toBeCloseTo(0.1625, 12);
    expect(beauty.from).toBe(2000);
    expect(beauty.to).toBe(9000);
    expect(beauty.sources).toEqual({ open_collab: 1, target_collab: 1, creator_median: 1, product: 1 });
    expect(result.electronics!.n).toBe(1);
    expect(result.electronics!.median).toBe(0.05);
  });
  it('drops categories below minSamples; null category goes to other', () => {
    const result = learnBenchmarks([obs(null, 0.1), obs(null, 0.3), obs('Pet Supplies', 0.1)], { minSamples: 2 });
    expect(result.pet).toBeUndefined();
    expect(result.other!.n).toBe(2);
    expect(result.other!.median).toBeCloseTo(0.2, 12);
  });
});

describe('chooseBenchmark', () => {
  const learned = learnBenchmarks([obs('Beauty', 0.1), obs('Beauty', 0.2), obs('Beauty', 0.3)]).beauty!;
  it('uses learned when n ≥ minSamples', () => {
    const chosen = chooseBenchmark(BENCHMARKS_JP.beauty, learned, 3, 1); // one day allowed here
    expect(chosen.basis).toBe('learned');
    // [0.1, 0.2, 0.3]: p25 h=0.5 → 0.15; median 0.2; p75 h=1.5 → 0.25
    expect(chosen.low).toBeCloseTo(0.15, 12);
    expect(chosen.mid).toBeCloseTo(0.2, 12);
    expect(chosen.high).toBeCloseTo(0.25, 12);
    expect(chosen.n).toBe(3);
    expect(chosen.reason.en).toContain('3');
  });
  it('falls back to built-in and says why', () => {
    const chosen = chooseBenchmark(BENCHMARKS_JP.beauty, learned, 20);
    expect(chosen.basis).toBe('builtin');
    expect([chosen.low, chosen.mid, chosen.high]).toEqual([0.12, 0.15, 0.2]);
    expect(chosen.reason.en).toBe('Built-in benchmark (2026-11-24): 3 of 20 local samples needed to learn');
    expect(chooseBenchmark(BENCHMARKS_JP.beauty, undefined, 20).reason.en).toContain('0 of 20');
  });
});

describe('placeRate', () => {
  const builtin = chooseBenchmark(BENCHMARKS_JP.beauty, null, 20); // 12%–20%
  it('below / within / above against the built-in band, edges within, no percentile', () => {
    const below = placeRate(0.1, builtin);
    expect(below.position).toBe('below');
    expect(below.percentile).toBeNull();
    expect(below.label.zh_CN).toBe('低于常见区间（美妆个护 12%–20%）');
    expect(below.label.ja).toBe('典型範囲より低い（美容・パーソナルケア 12%–20%）');
    expect(below.label.en).toBe('below the typical range (12%–20% in Beauty & personal care)');
    expect(placeRate(0.12, builtin).position).toBe('within');
    expect(placeRate(0.2, builtin).position).toBe('within');
    expect(placeRate(0.25, builtin).position).toBe('above');
  });
  it('learned band gives a percentile label', () => {
    // 10 rates 0.05..0.50 step 0.05; value 0.35 → below 6, equal 1 → (6 + 0.5)/10 = 65 → p65
    const rates = Array.from({ length: 10 }, (_, i) => Math.round((i + 1) * 5) / 100);
    const learned = learnBenchmarks(rates.map((r) => obs('Beauty', r))).beauty!;
    const chosen = chooseBenchmark(BENCHMARKS_JP.beauty, learned, 10, 1);
    // p25: h = 9·0.25 = 2.25 → 0.15 + 0.25·0.05 = 0.1625; p75: h = 6.75 → 0.35 + 0.75·0.05 = 0.3875
    expect(chosen.low).toBeCloseTo(0.1625, 12);
    expect(chosen.high).toBeCloseTo(0.3875, 12);
    const placed = placeRate(0.35, chosen);
    expect(placed.position).toBe('within');
    expect(placed.percentile).toBe(65);
    expect(placed.label.en).toBe('within the typical range (p65 in Beauty & personal care)');
    expect(placed.label.zh_CN).toBe('处于常见区间（美妆个护中位于 p65）');
    expect(placed.label.ja).toBe('典型範囲内（美容・パーソナルケアで p65）');
  });
});
