/** Commission benchmarks (built-in, seller-overridden, learned), rate placement and the commission advisor. */
export {
  BENCHMARK_TABLE_VERSION, BENCHMARK_CATEGORY_IDS, BENCHMARKS_JP,
  type BenchmarkCategoryId, type BenchmarkRow, type BenchmarkTable,
} from './benchmarks-jp';
export { categoryIdOf, FALLBACK_CATEGORY_ID } from './categories';
export {
  applyOverrides, commissionOverrideSchema, commissionOverridesSchema, OVERRIDE_SOURCE,
  type CommissionOverride, type CommissionOverrides,
} from './overrides';
export {
  learnBenchmarks, createBenchmarkLearner, chooseBenchmark, placeRate, percentileOfSorted, percentileRank, pct,
  DEFAULT_MIN_LEARNED_SAMPLES, DEFAULT_MIN_LEARNED_DAYS, DAY_POINTS, OUTLIER_FLOOR, OBSERVATION_SOURCES, evenlySpacedQuantiles,
  type RateObservation, type ObservationSource, type LearnedBenchmark, type LearnedBenchmarks,
  type ChosenBenchmark, type RatePlacement, type RatePosition,
} from './learn';
export {
  adviseCommission, RETURN_SHIPPING_LEGS, RETURN_COGS_RECOVERY, CURVE_MAX_RATE_PERCENT,
  type AdvisorInput, type AdvisorResult, type CurvePoint,
} from './advisor';
export * from './pricing-basis';
export { buildBenchmarkContext, benchmarkContextFromLearned, type BenchmarkContext } from './context';
export { basisText } from './describe';
