/** Builds the display-only badge view of one creator (lib/scoring's assessment, in the seller's language). */
import { t, type Lang } from '../i18n';
import { formatCount } from '../format';
import type { CreatorChecks, SellerStatus, ShownReason } from '../scoring';
import { VERDICT_KEY, factorLine, orderedSignals, signalThreshold, signalValue, tierLabel, topFactors, windowLine } from '../scoring/labels';
import type { NoteStatus } from '../store';
import type { BadgeView } from './schemas';

/** Statuses worth a marker on the page: the ones that mean "don't invite again" or "waiting on them". */
const MARKED_STATUSES: ReadonlySet<NoteStatus> = new Set<NoteStatus>([
  'invited', 'replied', 'agreement_confirmed', 'sample_sent', 'content_posted', 'long_term_partner', 'declined',
]);

/** Why the badge shows the check it shows, in the seller's words. */
export function checkLine(lang: Lang, reason: ShownReason): string {
  switch (reason) {
    case 'full_from_videos': return t(lang, 'checkFull');
    case 'quick_more_severe': return `${t(lang, 'checkQuick')}: ${t(lang, 'checkQuickMoreSevere')}`;
    default: return `${t(lang, 'checkQuick')}: ${t(lang, 'checkQuickWhy')}`;
  }
}

export function buildBadgeView(lang: Lang, creatorId: string, checks: CreatorChecks, status: NoteStatus | SellerStatus | null): BadgeView {
  const { assessment } = checks;
  const verdictText = t(lang, VERDICT_KEY[assessment.verdict]);
  const tierText = tierLabel(lang, assessment);
  const scoreText = assessment.score == null ? '—' : formatCount(lang, assessment.score);
  const approx = checks.shown === 'quick';
  const marker = status && MARKED_STATUSES.has(status as NoteStatus) ? t(lang, `ntStatus_${status}`) : null;
  return {
    creatorId,
    verdict: assessment.verdict,
    approx,
    scoreText,
    verdictText,
    tierText,
    ariaLabel: t(lang, 'scoreBadgeAria', scoreText, verdictText, tierText) + (approx ? ` ${t(lang, 'scoreBasisProfileMark')}` : '') + (marker ? ` · ${marker}` : ''),
    checkText: checkLine(lang, checks.reason),
    factors: topFactors(assessment).map((c) => factorLine(lang, c)),
    warnings: orderedSignals(assessment).slice(0, 12).map((s) => ({
      severity: s.severity,
      text: `${s.message[lang]} (${t(lang, 'scoreMeasured', signalValue(lang, s), signalThreshold(lang, s))})`,
    })),
    footnotes: [windowLine(lang, assessment.window), t(lang, 'scoreDisclaimer')],
    marker,
    labels: {
      factors: t(lang, 'scoreTopFactors'),
      warnings: t(lang, 'scoreWarnings'),
      noWarnings: t(lang, 'scoreNoWarnings'),
      close: t(lang, 'close'),
      openPanel: t(lang, 'badgeOpenPanel'),
      openFailed: t(lang, 'badgeOpenPanelFailed'),
    },
  };
}
