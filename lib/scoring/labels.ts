/** Shared wording helpers for the scoring components: keys for verdicts, tiers, components; signal numbers. */
import { t, type Lang, type MessageKey } from '../i18n';
import { formatCount, formatPercent } from '../format';
import type { Assessment, ComponentId, ScoreComponent, Signal, SignalId, SignalWindow, TierId, Verdict } from './types';

export const VERDICT_KEY: Record<Verdict, MessageKey> = {
  healthy: 'scoreVerdictHealthy',
  suspicious: 'scoreVerdictSuspicious',
  likely_fake: 'scoreVerdictLikelyFake',
  insufficient_data: 'scoreVerdictInsufficient',
};

export const TIER_KEY: Record<TierId, MessageKey> = {
  nano: 'scoreTierNano',
  micro: 'scoreTierMicro',
  mid: 'scoreTierMid',
  macro: 'scoreTierMacro',
  mega: 'scoreTierMega',
};

export const COMPONENT_KEY: Record<ComponentId, MessageKey> = {
  sales: 'scoreComponentSales',
  engagement: 'scoreComponentEngagement',
  reach: 'scoreComponentReach',
  cadence: 'scoreComponentCadence',
  authenticity: 'scoreComponentAuthenticity',
  fit: 'scoreComponentFit',
};

export function tierLabel(lang: Lang, assessment: Assessment): string {
  return assessment.tier ? t(lang, TIER_KEY[assessment.tier.id]) : t(lang, 'scoreTierUnknown');
}

/** The available components that contributed most points, biggest first. */
export function topFactors(assessment: Assessment, n = 3): ScoreComponent[] {
  return assessment.breakdown.components
    .filter((c) => c.available && c.points != null)
    .sort((a, b) => b.points! - a.points!)
    .slice(0, n);
}

export function factorLine(lang: Lang, c: ScoreComponent): string {
  return t(lang, 'scoreFactorLine', t(lang, COMPONENT_KEY[c.id]), formatCount(lang, Math.round(c.points ?? 0)), formatCount(lang, Math.round(100 * c.effectiveWeight)));
}

/** Ratios are shown as percents, counts as counts, the viral threshold as "×5". */
const PERCENT_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>([
  'like_view_high', 'like_view_low', 'comment_like_low', 'comment_like_high', 'views_below_followers', 'follower_jump', 'uniform_numbers',
]);

/** Multiples of the followers ("5.4×"). */
const MULTIPLE_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>(['views_above_followers']);

export function signalValue(lang: Lang, s: Signal): string {
  if (MULTIPLE_SIGNALS.has(s.id)) return `${formatCount(lang, Math.round(s.value * 10) / 10)}×`;
  return PERCENT_SIGNALS.has(s.id) ? formatPercent(lang, s.value, 2) : formatCount(lang, s.value);
}

export function signalThreshold(lang: Lang, s: Signal): string {
  if (PERCENT_SIGNALS.has(s.id)) return formatPercent(lang, s.threshold, 2);
  if (s.id === 'viral_outlier') return `×${formatCount(lang, s.threshold)}`;
  if (MULTIPLE_SIGNALS.has(s.id)) return `${formatCount(lang, s.threshold)}×`;
  return formatCount(lang, s.threshold);
}

export function windowLine(lang: Lang, w: SignalWindow): string {
  if (w.source === 'profile_medians') return t(lang, 'scoreWindowProfileMedians');
  if (w.oldestAgeDays == null || w.newestAgeDays == null) return t(lang, 'scoreWindowNoDates', formatCount(lang, w.videos));
  return t(lang, 'scoreWindow', formatCount(lang, w.videos), formatCount(lang, Math.round(w.newestAgeDays)), formatCount(lang, Math.round(w.oldestAgeDays)));
}

/** Warnings first (most risk points first), info last. */
export function orderedSignals(assessment: Assessment): Signal[] {
  return assessment.signals.slice().sort((a, b) => b.points - a.points);
}
