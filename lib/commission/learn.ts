/**
 * Learned benchmarks: per-category quartiles of commission rates the seller has actually seen (research/scoring.md
 * §4.3 recommendation: "learn the JP benchmark locally"), and where a given rate sits against the chosen band.
 */
import type { Localised } from '../i18n';
import type { BenchmarkCategoryId, BenchmarkRow } from './benchmarks-jp';
import { categoryIdOf } from './categories';

export const OBSERVATION_SOURCES = ['open_collab', 'target_collab', 'creator_median', 'product'] as const;
export type ObservationSource = (typeof OBSERVATION_SOURCES)[number];

export interface RateObservation {
  category: string | null;
  /** fraction, 0.15 = 15 % */
  rate: number;
  source: ObservationSource;
  seenAt: number;
}

export interface LearnedBenchmark {
  categoryId: BenchmarkCategoryId;
  p25: number;
  median: number;
  p75: number;
  n: number;
  /** earliest and latest seenAt, epoch ms */
  from: number | null;
  to: number | null;
  sources: Record<ObservationSource, number>;
  /** the rates, ascending, for percentile ranks */
  rates: number[];
}
export type LearnedBenchmarks = Partial<Record<BenchmarkCategoryId, LearnedBenchmark>>;

/** Samples needed before a learned band replaces the built-in one [E]: quartiles of fewer rates swing too much. */
export const DEFAULT_MIN_LEARNED_SAMPLES = 20;

/**
 * Percentile by linear interpolation between closest ranks (Hyndman & Fan type 7, as Excel PERCENTILE.INC and
 * numpy's default): h = (n − 1)·p, value = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). `sorted` must be ascending.
 */
export function percentileOfSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0 || !(p >= 0 && p <= 1)) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Percentile rank of `value` in `sorted` (0–100), mid-rank definition: (count below + ½·count equal) ÷ n × 100.
 */
export function percentileRank(sorted: readonly number[], value: number): number | null {
  if (sorted.length === 0 || !Number.isFinite(value)) return null;
  let below = 0;
  let equal = 0;
  for (const x of sorted) {
    if (x < value) below++;
    else if (x === value) equal++;
  }
  return ((below + equal / 2) / sorted.length) * 100;
}

const isUsableRate = (r: number) => Number.isFinite(r) && r > 0 && r <= 1;

/** Groups observations by benchmark category and returns quartiles for categories with at least `minSamples`. */
export function learnBenchmarks(
  observations: readonly RateObservation[],
  { minSamples = 1 }: { minSamples?: number } = {},
): LearnedBenchmarks {
  const groups = new Map<BenchmarkCategoryId, RateObservation[]>();
  for (const o of observations) {
    if (!isUsableRate(o.rate)) continue;
    const id = categoryIdOf(o.category);
    const list = groups.get(id) ?? [];
    list.push(o);
    groups.set(id, list);
  }
  const out: LearnedBenchmarks = {};
  for (const [categoryId, list] of groups) {
    if (list.length < Math.max(1, minSamples)) continue;
    const rates = list.map((o) => o.rate).sort((a, b) => a - b);
    const sources = { open_collab: 0, target_collab: 0, creator_median: 0, product: 0 } as Record<ObservationSource, number>;
    for (const o of list) sources[o.source] = (sources[o.source] ?? 0) + 1;
    const times = list.map((o) => o.seenAt).filter(Number.isFinite);
    out[categoryId] = {
      categoryId,
      p25: percentileOfSorted(rates, 0.25)!,
      median: percentileOfSorted(rates, 0.5)!,
      p75: percentileOfSorted(rates, 0.75)!,
      n: rates.length,
      from: times.length ? Math.min(...times) : null,
      to: times.length ? Math.max(...times) : null,
      sources,
      rates,
    };
  }
  return out;
}

export interface ChosenBenchmark {
  categoryId: BenchmarkCategoryId;
  categoryName: Localised;
  basis: 'learned' | 'builtin';
  /** band edges and centre, fractions: built-in low/typical/high, or learned p25/median/p75 */
  low: number;
  mid: number;
  high: number;
  /** learned sample size, null for built-in */
  n: number | null;
  source: string;
  /** built-in: ISO date of the row; learned: null (see from/to) */
  asOf: string | null;
  from: number | null;
  to: number | null;
  /** learned rates ascending, empty for built-in */
  rates: number[];
  reason: Localised;
}

export const pct = (fraction: number): string => `${Math.round(fraction * 1000) / 10}%`;

/** Uses the learned band when it has at least `minSamples` rates, else the built-in row; says which and why. */
export function chooseBenchmark(
  builtin: BenchmarkRow,
  learned: LearnedBenchmark | null | undefined,
  minSamples: number = DEFAULT_MIN_LEARNED_SAMPLES,
): ChosenBenchmark {
  const name = builtin.name;
  if (learned && learned.n >= minSamples) {
    return {
      categoryId: builtin.categoryId, categoryName: name, basis: 'learned',
      low: learned.p25, mid: learned.median, high: learned.p75, n: learned.n,
      source: 'learned', asOf: null, from: learned.from, to: learned.to, rates: learned.rates,
      reason: {
        zh_CN: `基于你看到的 ${learned.n} 个${name.zh_CN}佣金率（四分位 ${pct(learned.p25)}–${pct(learned.p75)}）`,
        ja: `閲覧した${name.ja}の報酬率 ${learned.n} 件から算出（四分位 ${pct(learned.p25)}–${pct(learned.p75)}）`,
        en: `Learned from ${learned.n} ${name.en} rates you have seen (quartiles ${pct(learned.p25)}–${pct(learned.p75)})`,
      },
    };
  }
  const have = learned?.n ?? 0;
  return {
    categoryId: builtin.categoryId, categoryName: name, basis: 'builtin',
    low: builtin.low, mid: builtin.typical, high: builtin.high, n: null,
    source: builtin.source, asOf: builtin.asOf, from: null, to: null, rates: [],
    reason: {
      zh_CN: `内置基准（${builtin.asOf}）：本地样本 ${have}/${minSamples}，不足以学习`,
      ja: `内蔵ベンチマーク（${builtin.asOf}）：ローカルのサンプル ${have}/${minSamples} 件で学習に不足`,
      en: `Built-in benchmark (${builtin.asOf}): ${have} of ${minSamples} local samples needed to learn`,
    },
  };
}

export type RatePosition = 'below' | 'within' | 'above';
export interface RatePlacement {
  position: RatePosition;
  /** percentile rank 0–100 among learned rates (rounded), null with a built-in band */
  percentile: number | null;
  label: Localised;
}

const POSITION_TEXT: Record<RatePosition, Localised> = {
  below: { zh_CN: '低于常见区间', ja: '典型範囲より低い', en: 'below the typical range' },
  within: { zh_CN: '处于常见区间', ja: '典型範囲内', en: 'within the typical range' },
  above: { zh_CN: '高于常见区间', ja: '典型範囲より高い', en: 'above the typical range' },
};

/** Where `rate` sits against the band (edges count as within), with a percentile when the band was learned. */
export function placeRate(rate: number, benchmark: ChosenBenchmark): RatePlacement {
  const position: RatePosition = rate < benchmark.low ? 'below' : rate > benchmark.high ? 'above' : 'within';
  const rank = benchmark.basis === 'learned' ? percentileRank(benchmark.rates, rate) : null;
  const percentile = rank == null ? null : Math.round(rank);
  const text = POSITION_TEXT[position];
  const name = benchmark.categoryName;
  const band = `${pct(benchmark.low)}–${pct(benchmark.high)}`;
  const label: Localised =
    percentile != null
      ? {
          zh_CN: `${text.zh_CN}（${name.zh_CN}中位于 p${percentile}）`,
          ja: `${text.ja}（${name.ja}で p${percentile}）`,
          en: `${text.en} (p${percentile} in ${name.en})`,
        }
      : {
          zh_CN: `${text.zh_CN}（${name.zh_CN} ${band}）`,
          ja: `${text.ja}（${name.ja} ${band}）`,
          en: `${text.en} (${band} in ${name.en})`,
        };
  return { position, percentile, label };
}
