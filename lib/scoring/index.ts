/**
 * Creator quality score and fake-engagement warnings. Pure: no DOM, no browser APIs.
 * Callers use `assessForBadge(creator, { now, fitTarget })` (the quick check from list figures, the full check from
 * videos, and which one to show), `storedScoreOf` for the store, `buildBadgeData` for page badges, `categoryFit` and
 * `sellerStatusOf`. `assessCreator` is the single-assessment engine under them. Every threshold, with its public
 * source, is in model-constants.ts (exported for the UI's explanations and for re-fitting).
 */
export { assessCreator, jpLikesPerFollowerNorm, tierOf } from './assess';
export { assessForBadge, assessFull, assessQuick, storedScoreOf, type CheckKind, type CreatorChecks, type ShownReason } from './checks';
export { categoryFit, sameCategory, type CategoryFit, type FitCreator, type FitLevel, type FitReason, type FitTarget, type ShareEntry } from './fit';
export type {
  AssessOptions,
  Assessment,
  AssessmentBasis,
  ComponentId,
  CreatorMetrics,
  ScoreBreakdown,
  ScoreComponent,
  ScoringVideo,
  Severity,
  Signal,
  SignalId,
  SignalWindow,
  Tier,
  TierId,
  Verdict,
  VideoRow,
} from './types';
export {
  BADGE_KEYS, BADGE_MAX_WARNINGS, BADGE_SIGNAL_IDS, BADGE_TOP_FACTORS, SELLER_STATUSES, badgeDataSchema, badgeParamText, badgeWarningText, buildBadgeData,
  sellerStatusOf, type BadgeContext, type BadgeData, type BadgeParam, type BadgeWarning, type SellerStatus, type SellerStatusInput,
} from './badge';
export * as scoringConstants from './model-constants';
