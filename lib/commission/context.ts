/**
 * One place that turns the seller's overrides and the rates seen so far into the band used for each category,
 * so the overlays, the advisor and the options page always agree on which benchmark applies.
 */
import { BENCHMARK_CATEGORY_IDS, BENCHMARKS_JP, type BenchmarkCategoryId, type BenchmarkTable } from './benchmarks-jp';
import { categoryIdOf } from './categories';
import { chooseBenchmark, DEFAULT_MIN_LEARNED_SAMPLES, learnBenchmarks, type ChosenBenchmark, type LearnedBenchmarks, type RateObservation } from './learn';
import { applyOverrides } from './overrides';

export interface BenchmarkContext {
  table: BenchmarkTable;
  learned: LearnedBenchmarks;
  chosen: Record<BenchmarkCategoryId, ChosenBenchmark>;
  /** The band for a category name as the page writes it (any language); unknown names use "other". */
  benchmarkFor(category: string | null | undefined): ChosenBenchmark;
}

export function buildBenchmarkContext(
  overrides: unknown,
  observations: readonly RateObservation[],
  minSamples: number = DEFAULT_MIN_LEARNED_SAMPLES,
): BenchmarkContext {
  return benchmarkContextFromLearned(overrides, learnBenchmarks(observations), minSamples);
}

/**
 * The same context from bands already learned (the background learns them from the store in batches and hands
 * pages this small summary, never the observations themselves).
 */
export function benchmarkContextFromLearned(
  overrides: unknown,
  learned: LearnedBenchmarks,
  minSamples: number = DEFAULT_MIN_LEARNED_SAMPLES,
): BenchmarkContext {
  const table = applyOverrides(BENCHMARKS_JP, overrides);
  const chosen = Object.fromEntries(
    BENCHMARK_CATEGORY_IDS.map((id) => [id, chooseBenchmark(table[id], learned[id], minSamples)]),
  ) as Record<BenchmarkCategoryId, ChosenBenchmark>;
  return { table, learned, chosen, benchmarkFor: (category) => chosen[categoryIdOf(category)] };
}
