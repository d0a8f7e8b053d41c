/**
 * Learned benchmarks: per-category quartiles of commission rates the seller has actually seen (no
 * official JP benchmark exists, see benchmarks-jp.ts, so the seller's own observations are the best local one), and where a given rate sits against the chosen band.
 */
import type { Localised } from '../i18n';
import type { BenchmarkCategoryId, BenchmarkRow } from './benchmarks-jp';
import { categoryIdOf } from './categories';
import { tokyoDayNumber } from '../format/tokyo-time';

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
  /** usable rates seen, on the days kept */
  n: number;
  /** distinct Tokyo calendar days those rates were seen on */
  days: number;
  /** days set aside because their rates sat far from every other day's (see learnBenchmarks) */
  excludedDays: number;
  /** earliest and latest seenAt on the days kept, epoch ms */
  from: number | null;
  to: number | null;
  sources: Record<ObservationSource, number>;
  /** the rates the band is computed from, ascending (at most DAY_POINTS per day), for percentile ranks */
  rates: number[];
}
export type LearnedBenchmarks = Partial<Record<BenchmarkCategoryId, LearnedBenchmark>>;

/** Samples needed before a learned band replaces the built-in one [E]: quartiles of fewer rates swing too much. */
export const DEFAULT_MIN_LEARNED_SAMPLES = 20;
/** Distinct days needed before a learned band replaces the built-in one: one visit alone never decides a band. */
export const DEFAULT_MIN_LEARNED_DAYS = 3;
/** A day counts as at most this many rates: a bigger day is represented by this many evenly spaced quantiles of itself. */
export const DAY_POINTS = 10;
/**
 * A day whose median rate is further than max(3 × 1.4826 × MAD, this) from the median of the days' medians is set
 * aside (the usual robust outlier rule, MAD scaled to a normal σ; the floor keeps days that agree closely from being
 * dropped for tiny differences). Needs DEFAULT_MIN_LEARNED_DAYS days to apply.
 */
export const OUTLIER_FLOOR = 0.03;

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
const ascending = (a: number, b: number) => a - b;

/** `count` evenly spaced quantiles of an ascending list (the list itself when it is not longer). */
export function evenlySpacedQuantiles(sorted: readonly number[], count: number): number[] {
  if (sorted.length <= count) return sorted.slice();
  const out: number[] = [];
  for (let k = 0; k < count; k++) out.push(percentileOfSorted(sorted, count === 1 ? 0.5 : k / (count - 1))!);
  return out;
}

interface DayGroup {
  rates: number[];
  /** per source, and the earliest and latest seenAt: what the band reports of its days (no observation kept) */
  sources: Record<ObservationSource, number>;
  from: number | null;
  to: number | null;
  median: number;
}

/** Days whose median is an outlier among the days' medians (needs `minDays` days; see OUTLIER_FLOOR). */
function outlierDays(days: readonly DayGroup[], minDays: number): Set<DayGroup> {
  const out = new Set<DayGroup>();
  if (days.length < minDays) return out;
  const medians = days.map((d) => d.median).sort(ascending);
  const centre = percentileOfSorted(medians, 0.5)!;
  const deviations = medians.map((m) => Math.abs(m - centre)).sort(ascending);
  const limit = Math.max(3 * 1.4826 * percentileOfSorted(deviations, 0.5)!, OUTLIER_FLOOR);
  for (const day of days) if (Math.abs(day.median - centre) > limit) out.add(day);
  return out;
}

const noSources = (): Record<ObservationSource, number> => ({ open_collab: 0, target_collab: 0, creator_median: 0, product: 0 });

/**
 * learnBenchmarks fed one observation at a time, so a store of a million can be read in batches (the background
 * streams the observations store) without holding the records: only each day's rates are kept.
 */
export function createBenchmarkLearner({ minSamples = 1, minDays = DEFAULT_MIN_LEARNED_DAYS }: { minSamples?: number; minDays?: number } = {}) {
  const groups = new Map<BenchmarkCategoryId, Map<number, DayGroup>>();
  // a store holds few distinct category names but may hold a million observations: map each name once
  const categoryIds = new Map<string | null, BenchmarkCategoryId>();
  return {
    add(o: RateObservation): void {
      if (!isUsableRate(o.rate)) return;
      let id = categoryIds.get(o.category);
      if (id === undefined) categoryIds.set(o.category, (id = categoryIdOf(o.category)));
      let days = groups.get(id);
      if (!days) groups.set(id, (days = new Map()));
      const seen = Number.isFinite(o.seenAt);
      const key = seen ? tokyoDayNumber(o.seenAt) : NaN;
      let day = days.get(key);
      if (!day) days.set(key, (day = { rates: [], sources: noSources(), from: null, to: null, median: 0 }));
      day.rates.push(o.rate);
      day.sources[o.source] = (day.sources[o.source] ?? 0) + 1;
      if (seen) {
        if (day.from === null || o.seenAt < day.from) day.from = o.seenAt;
        if (day.to === null || o.seenAt > day.to) day.to = o.seenAt;
      }
    },
    finish(): LearnedBenchmarks {
      const out: LearnedBenchmarks = {};
      for (const [categoryId, dayMap] of groups) {
        const days = [...dayMap.values()];
        for (const day of days) {
          day.rates.sort(ascending);
          day.median = percentileOfSorted(day.rates, 0.5)!;
        }
        const excluded = outlierDays(days, minDays);
        const kept = days.filter((d) => !excluded.has(d));
        const rates: number[] = [];
        const sources = noSources();
        let n = 0;
        let from: number | null = null;
        let to: number | null = null;
        for (const day of kept) {
          for (const rate of evenlySpacedQuantiles(day.rates, DAY_POINTS)) rates.push(rate);
          n += day.rates.length;
          for (const source of OBSERVATION_SOURCES) sources[source] += day.sources[source];
          if (day.from !== null && (from === null || day.from < from)) from = day.from;
          if (day.to !== null && (to === null || day.to > to)) to = day.to;
        }
        if (n < Math.max(1, minSamples) || rates.length === 0) continue;
        rates.sort(ascending);
        out[categoryId] = {
          categoryId,
          p25: percentileOfSorted(rates, 0.25)!,
          median: percentileOfSorted(rates, 0.5)!,
          p75: percentileOfSorted(rates, 0.75)!,
          n,
          days: kept.length,
          excludedDays: excluded.size,
          from,
          to,
          sources,
          rates,
        };
      }
      return out;
    },
  };
}

/**
 * Per-category quartiles of the rates seen, built so that one visit cannot swing a band (issue 13): rates are grouped
 * by the Tokyo day they were seen; a day counts as at most DAY_POINTS rates; a day whose rates sit far from the other
 * days' is set aside; and chooseBenchmark only uses a band seen on DEFAULT_MIN_LEARNED_DAYS days. Loops only (no
 * spreading into arguments), so a million observations are fine.
 */
export function learnBenchmarks(
  observations: readonly RateObservation[],
  options: { minSamples?: number; minDays?: number } = {},
): LearnedBenchmarks {
  const learner = createBenchmarkLearner(options);
  for (const o of observations) learner.add(o);
  return learner.finish();
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
  /** distinct days the learned rates were seen on, null for built-in */
  days: number | null;
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

/**
 * Uses the learned band when it has at least `minSamples` rates seen on at least `minDays` days, else the built-in
 * row; says which and why.
 */
export function chooseBenchmark(
  builtin: BenchmarkRow,
  learned: LearnedBenchmark | null | undefined,
  minSamples: number = DEFAULT_MIN_LEARNED_SAMPLES,
  minDays: number = DEFAULT_MIN_LEARNED_DAYS,
): ChosenBenchmark {
  const name = builtin.name;
  if (learned && learned.n >= minSamples && learned.days >= minDays) {
    const { n, days } = learned;
    return {
      categoryId: builtin.categoryId, categoryName: name, basis: 'learned',
      low: learned.p25, mid: learned.median, high: learned.p75, n, days,
      source: 'learned', asOf: null, from: learned.from, to: learned.to, rates: learned.rates,
      reason: {
        zh_CN: `基于你在 ${days} 天内看到的 ${n} 个${name.zh_CN}佣金率（四分位 ${pct(learned.p25)}–${pct(learned.p75)}）`,
        ja: `${days} 日間に閲覧した${name.ja}の報酬率 ${n} 件から算出（四分位 ${pct(learned.p25)}–${pct(learned.p75)}）`,
        en: `Learned from ${n} ${name.en} rates you have seen on ${days} days (quartiles ${pct(learned.p25)}–${pct(learned.p75)})`,
      },
    };
  }
  const have = learned?.n ?? 0;
  const haveDays = learned?.days ?? 0;
  const reason: Localised = have < minSamples
    ? {
      zh_CN: `内置基准（${builtin.asOf}）：本地样本 ${have}/${minSamples}，不足以学习`,
      ja: `内蔵ベンチマーク（${builtin.asOf}）：ローカルのサンプル ${have}/${minSamples} 件で学習に不足`,
      en: `Built-in benchmark (${builtin.asOf}): ${have} of ${minSamples} local samples needed to learn`,
    }
    : {
      zh_CN: `内置基准（${builtin.asOf}）：本地样本只来自 ${haveDays}/${minDays} 天，不足以学习`,
      ja: `内蔵ベンチマーク（${builtin.asOf}）：ローカルのサンプルが ${haveDays}/${minDays} 日分のみで学習に不足`,
      en: `Built-in benchmark (${builtin.asOf}): local samples from ${haveDays} of ${minDays} days needed to learn`,
    };
  return {
    categoryId: builtin.categoryId, categoryName: name, basis: 'builtin',
    low: builtin.low, mid: builtin.typical, high: builtin.high, n: null, days: null,
    source: builtin.source, asOf: builtin.asOf, from: null, to: null, rates: [],
    reason,
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
