import { useId, useRef, useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import { formatCount } from '../../lib/format';
import { BADGE_KEYS, type Assessment, type CategoryFit, type CreatorChecks, type SellerStatus, type Signal } from '../../lib/scoring';
import { VERDICT_KEY, factorLine, signalThreshold, signalValue, tierLabel, topFactors, windowLine } from './labels';
import { CheckSummary, FitLine, SellerStatusMark, splitSignals } from './CheckSummary';
import './scoring.css';

export interface CreatorBadgeProps {
  lang: Lang;
  /** both checks from assessForBadge: the shown one is displayed, named, with its reason (preferred) */
  checks?: CreatorChecks | null;
  /** a single assessment, when no checks are given */
  assessment?: Assessment | null;
  state?: 'loading' | 'error' | 'ready';
  /** the seller's own status for this creator (sellerStatusOf) */
  sellerStatus?: SellerStatus | null;
  /** category fit against the product in view or the settings category */
  fit?: CategoryFit | null;
}

/**
 * Compact list-row badge: score + verdict dot + tier. The button toggles a popover (in normal flow, so it can
 * never spill out of a narrow row) with the top factors and every warning in plain words.
 */
export function CreatorBadge({ lang, checks = null, assessment: single = null, state = 'ready', sellerStatus = null, fit = null }: CreatorBadgeProps) {
  const assessment = checks?.assessment ?? single;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const popoverId = useId();

  if (state === 'loading') {
    return (
      <span class="mt-scoring-badge mt-scoring-badge--loading" role="status" aria-live="polite">
        {t(lang, 'scoreBadgeLoading')}
      </span>
    );
  }
  if (state === 'error' || assessment == null) {
    return <span class="mt-scoring-badge mt-scoring-badge--error" role="status">{t(lang, 'scoreError')}</span>;
  }

  const verdict = t(lang, VERDICT_KEY[assessment.verdict]);
  const tier = tierLabel(lang, assessment);
  const scoreText = assessment.score == null ? '—' : formatCount(lang, assessment.score);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  // Enter/Space are handled here (and their default click suppressed) so the toggle behaves the same in every host page.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setOpen((value) => !value);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key === ' ') event.preventDefault();
  };
  const onPopoverKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };
  const fromMedians = assessment.basis === 'profile_medians';
  const factors = topFactors(assessment);
  const { warnings, notes } = splitSignals(assessment.signals);
  const checkName = checks ? t(lang, BADGE_KEYS.check[checks.shown]) : null;

  return (
    <span class="mt-scoring-badge-wrap">
      <button
        ref={button}
        type="button"
        class={`mt-scoring-badge mt-scoring-badge--${assessment.verdict}`}
        aria-expanded={open}
        aria-controls={popoverId}
        aria-label={t(lang, 'scoreBadgeAria', scoreText, verdict, tier) + (checkName ? ` ${checkName}` : fromMedians ? ` ${t(lang, 'scoreBasisProfileMark')}` : '') + (sellerStatus ? ` ${t(lang, 'scoreSellerStatus', t(lang, BADGE_KEYS.sellerStatus(sellerStatus)))}` : '')}
        data-check={checks?.shown}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={onKeyDown}
        onKeyUp={onKeyUp}
      >
        {fromMedians && <span class="mt-scoring-badge__approx" aria-hidden="true">≈</span>}
        <span class="mt-scoring-badge__score">{scoreText}</span>
        <span class={`mt-scoring-dot mt-scoring-dot--${assessment.verdict}`} aria-hidden="true" />
        <span class="mt-scoring-badge__verdict">{verdict}</span>
        <span class="mt-scoring-badge__tier">{tier}</span>
      </button>
      {sellerStatus && <SellerStatusMark lang={lang} status={sellerStatus} />}
      {open && (
        <div id={popoverId} class="mt-scoring-popover" role="region" aria-label={t(lang, 'scoreTitle')} onKeyDown={onPopoverKeyDown} tabIndex={-1}>
          {checks ? <CheckSummary lang={lang} checks={checks} /> : fromMedians && <p class="mt-scoring-basis-note" data-basis="profile_medians">{t(lang, 'scoreBasisProfileMedians')}</p>}
          {fit && <FitLine lang={lang} fit={fit} />}
          {factors.length > 0 && (
            <section>
              <h4 class="mt-scoring-popover__h">{t(lang, 'scoreTopFactors')}</h4>
              <ul class="mt-scoring-popover__list">
                {factors.map((c) => <li key={c.id}>{factorLine(lang, c)}</li>)}
              </ul>
            </section>
          )}
          <section>
            <h4 class="mt-scoring-popover__h">{t(lang, 'scoreWarnings')}</h4>
            {warnings.length === 0 ? (
              <p class="mt-scoring-muted">{t(lang, 'scoreNoWarnings')}</p>
            ) : (
              <SignalList lang={lang} signals={warnings} />
            )}
          </section>
          {notes.length > 0 && (
            <section>
              <h4 class="mt-scoring-popover__h">{t(lang, 'scoreNotes')}</h4>
              <SignalList lang={lang} signals={notes} />
            </section>
          )}
          <p class="mt-scoring-muted">{windowLine(lang, assessment.window)}</p>
          <p class="mt-scoring-muted">{t(lang, 'scoreDisclaimer')}</p>
          <button type="button" class="mt-scoring-link" onClick={close}>{t(lang, 'close')}</button>
        </div>
      )}
    </span>
  );
}

function SignalList({ lang, signals }: { lang: Lang; signals: Signal[] }) {
  return (
    <ul class="mt-scoring-popover__list">
      {signals.map((s) => (
        <li key={s.id} class={`mt-scoring-signal mt-scoring-signal--${s.severity}`} data-signal={s.id}>
          {s.message[lang]}
          <span class="mt-scoring-muted"> ({t(lang, 'scoreMeasured', signalValue(lang, s), signalThreshold(lang, s))})</span>
        </li>
      ))}
    </ul>
  );
}
