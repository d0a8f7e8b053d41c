/**
 * Creator quality score and fake-engagement warnings (research: /work/shared/research/scoring.md §6).
 * Pure: no DOM, no browser APIs. `assessCreator(creator, { now })` is the whole public surface;
 * constants are exported for the UI's explanations and for re-fitting (§6.5).
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
