/**
 * BadgeData: the compact, serialisable summary the background sends to the page's display-only badge (list rows, sample
 * requests, plans, orders). Renderer-agnostic: numbers, ids and i18n keys with numeric params, no text built from page
 * data except the seller's own category name. `badgeDataSchema` bounds and validates it at the context boundary.
 */
import * as z from 'zod/mini';
import { tUnchecked, type Lang } from '../i18n';
import { formatCount, formatPercent } from '../format';
import type { CreatorChecks } from './checks';
import type { CategoryFit } from './fit';
import type { Assessment, ComponentId, Signal, SignalId } from './types';

// ---------------------------------------------------------------------------------------------
// The seller's own status for a creator (so nobody is invited twice)
// ---------------------------------------------------------------------------------------------

/** The seller's pipeline, in order (lib/store NOTE_STATUSES without 'candidate', which is no status to show). */
export const SELLER_STATUSES = ['invited', 'replied', 'agreement_confirmed', 'sample_sent', 'content_posted', 'long_term_partner', 'declined'] as const;
export type SellerStatus = (typeof SELLER_STATUSES)[number];

/** What the seller's records say about one creator; lib/store's Note and CollaborationRecord fit. */
export interface SellerStatusInput {
  note?: { status: string } | null;
  collaborations?: ReadonlyArray<{
    agreedAt?: number | null;
    sampleSentAt?: number | null;
    postedAt?: number | null;
    /** a Seller Center plan this creator is in (a target collaboration is an invitation) */
    plan?: { kind: 'target' | 'open' } | null;
  }> | null;
  /** from the creator's profile: the shop invited them in the last 90 days / has worked with them */
  creator?: { invitedLast90d?: boolean | null; hasCollaborated?: boolean | null } | null;
}

const PIPELINE_RANK: Record<SellerStatus, number> = {
  invited: 1, replied: 2, agreement_confirmed: 3, sample_sent: 4, content_posted: 5, long_term_partner: 6, declined: 0,
};

function isSellerStatus(value: string): value is SellerStatus {
  return (SELLER_STATUSES as readonly string[]).includes(value);
}

/**
 * The furthest step the seller's records show: the note's status (the seller's own word; "declined" always wins),
 * collaboration dates (posted > sample sent > agreed), a target plan or the profile's invitation flag (invited).
 * null when nothing is recorded (a candidate).
 */
export function sellerStatusOf(input: SellerStatusInput): SellerStatus | null {
  const noteStatus = input.note?.status;
  if (noteStatus === 'declined') return 'declined';
  let best: SellerStatus | null = noteStatus && isSellerStatus(noteStatus) ? noteStatus : null;
  const consider = (status: SellerStatus) => {
    if (best == null || PIPELINE_RANK[status] > PIPELINE_RANK[best]) best = status;
  };
  for (const c of input.collaborations ?? []) {
    if (c.postedAt != null) consider('content_posted');
    else if (c.sampleSentAt != null) consider('sample_sent');
    else if (c.agreedAt != null) consider('agreement_confirmed');
    else if (c.plan?.kind === 'target') consider('invited');
  }
  if (input.creator?.hasCollaborated) consider('agreement_confirmed');
  else if (input.creator?.invitedLast90d) consider('invited');
  return best;
}

// ---------------------------------------------------------------------------------------------
// BadgeData
// ---------------------------------------------------------------------------------------------

/** Most warnings a badge carries (warnings first, then info notes). */
export const BADGE_MAX_WARNINGS = 6;
/** Top contributing factors shown. */
export const BADGE_TOP_FACTORS = 3;

const VERDICTS = ['healthy', 'suspicious', 'likely_fake', 'insufficient_data'] as const;
const TIERS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;
const CHECKS = ['quick', 'full'] as const;
const REASONS = ['full_from_videos', 'quick_more_severe', 'quick_too_few_videos', 'no_data'] as const;
export const BADGE_SIGNAL_IDS = [
  'insufficient_data', 'like_view_high', 'like_view_low', 'comment_like_low', 'comment_like_high', 'views_below_followers',
  'views_above_followers', 'view_spikes', 'viral_outlier', 'follower_jump', 'uniform_numbers',
] as const satisfies readonly SignalId[];
const COMPONENTS = ['sales', 'engagement', 'reach', 'cadence', 'authenticity', 'fit'] as const satisfies readonly ComponentId[];
const FIT_LEVELS = ['strong', 'partial', 'weak', 'unknown'] as const;
// Compile-time: every signal and component has a badge entry (a new SignalId or ComponentId fails the build here).
const everySignalCovered: [Exclude<SignalId, (typeof BADGE_SIGNAL_IDS)[number]>] extends [never] ? true : false = true;
const everyComponentCovered: [Exclude<ComponentId, (typeof COMPONENTS)[number]>] extends [never] ? true : false = true;
void everySignalCovered;
void everyComponentCovered;

const finite = z.number().check(z.refine(Number.isFinite));
const badgeParamSchema = z.object({ n: finite, as: z.enum(['percent', 'count', 'multiple']) });
const i18nKey = z.string().check(z.maxLength(60));

export const badgeDataSchema = z.object({
  version: z.literal(1),
  creatorId: z.string().check(z.minLength(1), z.maxLength(64)),
  score: z.nullable(finite.check(z.minimum(0), z.maximum(100))),
  verdict: z.enum(VERDICTS),
  tier: z.nullable(z.enum(TIERS)),
  /** which check the score and verdict come from, and why */
  check: z.enum(CHECKS),
  reason: z.enum(REASONS),
  /** the other check when it ran, so "quick check 70 / full check 30" is explained, never two bare numbers */
  other: z.nullable(z.object({ check: z.enum(CHECKS), score: z.nullable(finite), verdict: z.enum(VERDICTS) })),
  factors: z.array(z.object({ component: z.enum(COMPONENTS), points: finite, max: finite })).check(z.maxLength(BADGE_TOP_FACTORS)),
  warnings: z.array(z.object({
    signal: z.enum(BADGE_SIGNAL_IDS),
    severity: z.enum(['info', 'warning', 'danger']),
    key: i18nKey,
    params: z.array(badgeParamSchema).check(z.maxLength(3)),
  })).check(z.maxLength(BADGE_MAX_WARNINGS)),
  fit: z.nullable(z.object({
    level: z.enum(FIT_LEVELS),
    /** the seller's category name (the seller's own setting or the product in view): render as text */
    category: z.nullable(z.string().check(z.maxLength(100))),
    gmvShare: z.nullable(finite),
  })),
  sellerStatus: z.nullable(z.enum(SELLER_STATUSES)),
});
export type BadgeData = z.infer<typeof badgeDataSchema>;
export type BadgeParam = z.infer<typeof badgeParamSchema>;
export type BadgeWarning = BadgeData['warnings'][number];

/** i18n keys for the badge's parts (all in lib/i18n/messages/scoring.ts). */
export const BADGE_KEYS = {
  verdict: { healthy: 'scoreVerdictHealthy', suspicious: 'scoreVerdictSuspicious', likely_fake: 'scoreVerdictLikelyFake', insufficient_data: 'scoreVerdictInsufficient' },
  check: { quick: 'scoreCheckQuick', full: 'scoreCheckFull' },
  reason: { full_from_videos: 'scoreReasonFull', quick_more_severe: 'scoreReasonQuickMoreSevere', quick_too_few_videos: 'scoreReasonQuickTooFewVideos', no_data: 'scoreReasonNoData' },
  fit: { strong: 'scoreFitStrong', partial: 'scoreFitPartial', weak: 'scoreFitWeak', unknown: 'scoreFitUnknown' },
  sellerStatus: (status: SellerStatus) => `ntStatus_${status}` as const,
  warning: (signal: SignalId) => `scoreWarn_${signal}` as const,
} as const;

/** Numeric params of a signal's short badge text: the measured value and its threshold, formatted by kind. */
function warningParams(signal: Signal, assessment: Assessment): BadgeParam[] {
  switch (signal.id) {
    case 'views_above_followers':
      return [{ n: signal.value, as: 'multiple' }, { n: assessment.medians.likeView ?? assessment.medians.engagement ?? 0, as: 'percent' }];
    case 'view_spikes':
    case 'viral_outlier':
    case 'insufficient_data':
      return [{ n: signal.value, as: 'count' }];
    case 'uniform_numbers':
      return [{ n: signal.value, as: 'percent' }];
    default:
      return [{ n: signal.value, as: 'percent' }, { n: signal.threshold, as: 'percent' }];
  }
}

export interface BadgeContext {
  creatorId: string;
  /** the seller's status for this creator (sellerStatusOf) */
  sellerStatus?: SellerStatus | null;
  /** the fit to show (categoryFit against the product in view or the settings category); defaults to the assessment's */
  fit?: CategoryFit | null;
}

/** Builds the badge from assessForBadge's result. Pure: the same checks give the same badge. */
export function buildBadgeData(checks: CreatorChecks, context: BadgeContext): BadgeData {
  const a = checks.assessment;
  const other = checks.shown === 'full' ? checks.quick : checks.full;
  const factors = a.breakdown.components
    .filter((c) => c.available && c.points != null)
    .sort((x, y) => y.points! - x.points!)
    .slice(0, BADGE_TOP_FACTORS)
    .map((c) => ({ component: c.id, points: Math.round(c.points!), max: Math.round(100 * c.effectiveWeight) }));
  const warnings = a.signals
    .slice()
    .sort((x, y) => y.points - x.points)
    .slice(0, BADGE_MAX_WARNINGS)
    .map((s) => s.id === 'insufficient_data' && a.videos.length === 0
      ? { signal: s.id, severity: s.severity, key: 'scoreWarn_insufficient_list', params: [] }
      : { signal: s.id, severity: s.severity, key: BADGE_KEYS.warning(s.id), params: warningParams(s, a) });
  const fit = context.fit !== undefined ? context.fit : a.fit;
  return {
    version: 1,
    creatorId: context.creatorId,
    score: a.score,
    verdict: a.verdict,
    tier: a.tier?.id ?? null,
    check: checks.shown,
    reason: checks.reason,
    other: other ? { check: checks.shown === 'full' ? 'quick' : 'full', score: other.score, verdict: other.verdict } : null,
    factors,
    warnings,
    fit: fit ? { level: fit.level, category: fit.category, gmvShare: fit.gmvShare } : null,
    sellerStatus: context.sellerStatus ?? null,
  };
}

/** Formats one numeric param for display. */
export function badgeParamText(lang: Lang, param: BadgeParam): string {
  if (param.as === 'percent') return formatPercent(lang, param.n, 2);
  if (param.as === 'multiple') return `${formatCount(lang, Math.round(param.n * 10) / 10)}×`;
  return formatCount(lang, param.n);
}

/** The short text of one badge warning in `lang`. */
export function badgeWarningText(lang: Lang, warning: BadgeWarning): string {
  return tUnchecked(lang, warning.key, warning.params.map((p) => badgeParamText(lang, p)));
}
