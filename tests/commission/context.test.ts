import { describe, expect, it } from 'vitest';
import { BENCHMARKS_JP, buildBenchmarkContext, type RateObservation } from '../../lib/commission';

const seen = (category: string, rates: number[]): RateObservation[] =>
  rates.map((rate, i) => ({ category, rate, source: 'target_collab', seenAt: Date.UTC(2026, 10, 1 + i) }));

describe('benchmark context', () => {
  it('uses the built-in band until enough rates are seen, then the learned quartiles', () => {
    const few = buildBenchmarkContext([], seen('Beauty & Personal Care', [0.1, 0.2, 0.3]), 5);
    expect(few.benchmarkFor('美妆个护').basis).toBe('builtin');
    expect(few.benchmarkFor('美妆个护').low).toBe(BENCHMARKS_JP.beauty.low);
    // 0.10 0.12 0.14 0.16 0.18: type-7 p25 = 0.12, median 0.14, p75 0.16
    const many = buildBenchmarkContext([], seen('Beauty & Personal Care', [0.18, 0.1, 0.14, 0.12, 0.16]), 5);
    const beauty = many.benchmarkFor('Beauty & Personal Care');
    expect(beauty.basis).toBe('learned');
    expect(beauty.low).toBeCloseTo(0.12, 10);
    expect(beauty.mid).toBeCloseTo(0.14, 10);
    expect(beauty.high).toBeCloseTo(0.16, 10);
  });

  it('applies valid seller overrides and ignores invalid ones', () => {
    const ctx = buildBenchmarkContext([{ categoryId: 'home', low: 0.06, high: 0.09 }, { categoryId: 'home', low: 2 }, 'junk'], []);
    expect(ctx.benchmarkFor('Home Supplies').low).toBe(0.06);
    expect(ctx.benchmarkFor('Home Supplies').high).toBe(0.09);
    expect(ctx.table.beauty).toEqual(BENCHMARKS_JP.beauty);
  });

  it('falls back to "other" for unknown or missing categories', () => {
    const ctx = buildBenchmarkContext(null, []);
    expect(ctx.benchmarkFor(null).categoryId).toBe('other');
    expect(ctx.benchmarkFor('宇宙旅行').categoryId).toBe('other');
  });
});
