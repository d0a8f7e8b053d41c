/** Shared parts of the badge popover and the panel: which check is shown and why, category fit, the seller's status. */
import { t, type Lang } from '../../lib/i18n';
import { formatCount, formatPercent } from '../../lib/format';
import { BADGE_KEYS, scoringConstants as K, type CategoryFit, type CreatorChecks, type SellerStatus, type Signal } from '../../lib/scoring';
import { VERDICT_KEY } from './labels';

/** "Full check · enough videos were read to judge by them." plus the other check's figure, named. */
export function CheckSummary({ lang, checks, withHelp = false }: { lang: Lang; checks: CreatorChecks; withHelp?: boolean }) {
  const otherKind = checks.shown === 'full' ? 'quick' : 'full';
  const other = checks.shown === 'full' ? checks.quick : checks.full;
  return (
    <div class="mt-scoring-check" data-check={checks.shown} data-reason={checks.reason}>
      <p class="mt-scoring-check__name">
        <strong>{t(lang, BADGE_KEYS.check[checks.shown])}</strong>
        {' · '}
        {t(lang, BADGE_KEYS.reason[checks.reason], K.MIN_ELIGIBLE_VIDEOS)}
      </p>
      {withHelp && <p class="mt-scoring-muted">{t(lang, checks.shown === 'quick' ? 'scoreCheckQuickHelp' : 'scoreCheckFullHelp')}</p>}
      {other && (
        <p class="mt-scoring-muted" data-other-check={otherKind}>
          {t(lang, 'scoreOtherCheck', t(lang, BADGE_KEYS.check[otherKind]), other.score == null ? '—' : formatCount(lang, other.score), t(lang, VERDICT_KEY[other.verdict]))}
        </p>
      )}
    </div>
  );
}

/** Category fit: level plus its reason with numbers; the seller's category name is rendered as text. */
export function FitLine({ lang, fit }: { lang: Lang; fit: CategoryFit }) {
  let detail: string;
  if (fit.reason === 'no_seller_category') detail = t(lang, 'scoreFitNoCategory');
  else if (fit.reason === 'gmv_share') detail = t(lang, 'scoreFitGmvShare', fit.category ?? '', formatPercent(lang, fit.gmvShare, 0));
  else if (fit.reason === 'listed_category') detail = t(lang, 'scoreFitListed', fit.category ?? '');
  else if (fit.reason === 'not_listed') detail = t(lang, 'scoreFitNotListed', fit.category ?? '');
  else detail = t(lang, BADGE_KEYS.fit.unknown);
  return (
    <p class={`mt-scoring-fit mt-scoring-fit--${fit.level}`} data-fit={fit.level}>
      <strong>{t(lang, BADGE_KEYS.fit[fit.level])}</strong>
      {fit.reason !== 'no_creator_data' && <> · {detail}</>}
      {fit.audienceMismatch && <> · {t(lang, 'scoreFitAudienceMismatch', formatPercent(lang, fit.audienceShare, 0))}</>}
    </p>
  );
}

/** The seller's own status for this creator (invited, sample sent, declined…), so nobody is invited twice. */
export function SellerStatusMark({ lang, status }: { lang: Lang; status: SellerStatus }) {
  return (
    <span class={`mt-scoring-seller-status mt-scoring-seller-status--${status}`} data-seller-status={status}>
      {t(lang, 'scoreSellerStatus', t(lang, BADGE_KEYS.sellerStatus(status)))}
    </span>
  );
}

/** Warnings (amber/red) first; info notes (0 points) apart, so a note never reads as a warning. */
export function splitSignals(signals: readonly Signal[]): { warnings: Signal[]; notes: Signal[] } {
  const ordered = signals.slice().sort((a, b) => b.points - a.points);
  return { warnings: ordered.filter((s) => s.severity !== 'info'), notes: ordered.filter((s) => s.severity === 'info') };
}
