/** Affiliate ROI per order line, creator, product, collaboration and Tokyo period; forecasts; warnings; CNY view. */
export {
  computeLine, computeRoi, rankByProfit, toCny, UNASSIGNED_KEY, ROI_LABEL, PROFIT_ROI_LABEL,
  type CostEntry, type ProductCost, type RoiOptions, type LineRoi, type RoiRow, type RatioResult, type GroupBy,
  type CommissionBasis, type RoiInput, type BreakEvenBreach,
} from './compute';
export { breakEvenInPlace, type BreakEvenChip, type BreakEvenInput } from './break-even';
export { costEntriesFromRecords, productCostsForRoi, type CostSources } from './costs';
export { periodKey, type Period } from './period';
export { forecastRoi, FORECAST_LABEL, type ForecastInput, type ForecastResult } from './forecast';
export { roiWarnings, DEFAULT_ROI_THRESHOLD, type RoiThreshold, type RoiWarning } from './warnings';
/** Tax rates live with the other pricing bases; re-exported so ROI callers have one import. */
export { taxRateForCategory, JP_STANDARD_TAX_RATE, JP_REDUCED_TAX_RATE, excludeTax } from '../commission';
export {
  weeklyReview, analyticsRowsFromPerformance, REFERENCE_CTR, REFERENCE_CVR, MAX_WEEKLY_PERIOD_MS,
  type AnalyticsRow, type WeekReview, type CreatorWeek, type VideoWeek, type Funnel, type ReviewInput,
} from './review';
