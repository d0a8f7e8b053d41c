import { t, type Lang, type MessageKey } from '../../lib/i18n';
import { formatCount, formatDate, formatPercent } from '../../lib/format';
import type { Creator } from '../../lib/model';
import type { Assessment, CategoryFit, CreatorChecks, ScoreComponent, SellerStatus, Signal, VideoRow } from '../../lib/scoring';
import { COMPONENT_KEY, VERDICT_KEY, signalThreshold, signalValue, tierLabel, windowLine } from './labels';
import { CheckSummary, FitLine, SellerStatusMark, splitSignals } from './CheckSummary';
import { CreatorFacts } from './CreatorFacts';
import './scoring.css';
import { maxOf } from '../../lib/collections';

export interface CreatorScorePanelProps {
  lang: Lang;
  creator: Creator | null;
  /** both checks from assessForBadge: the shown one is displayed, named, with its reason (preferred) */
  checks?: CreatorChecks | null;
  /** a single assessment, when no checks are given */
  assessment?: Assessment | null;
  state: 'loading' | 'no-data' | 'error' | 'ready';
  error?: string;
  sellerStatus?: SellerStatus | null;
  fit?: CategoryFit | null;
}

/** Creator detail page: score breakdown, every warning with its numbers, per-video table and two small charts. */
export function CreatorScorePanel({ lang, creator, checks = null, assessment: single = null, state, error, sellerStatus = null, fit = null }: CreatorScorePanelProps) {
  const assessment = checks?.assessment ?? single;
  const name = creator?.nickname ?? creator?.handle ?? null;
  const heading = (
    <div class="mt-scoring-panel__head">
      <h3 class="mt-scoring-panel__title">{t(lang, 'scoreTitle')}</h3>
      {name != null && <span class="mt-scoring-panel__name">{name}</span>}
    </div>
  );
  if (state === 'loading') {
    return (
      <section class="mt-scoring-panel" aria-busy="true">
        {heading}
        <p class="mt-scoring-panel__state" role="status">{t(lang, 'loading')}</p>
      </section>
    );
  }
  if (state === 'error') {
    return (
      <section class="mt-scoring-panel">
        {heading}
        <p class="mt-scoring-panel__state mt-scoring-panel__state--error" role="alert">{t(lang, 'errorPrefix', error ?? t(lang, 'scoreError'))}</p>
      </section>
    );
  }
  if (state === 'no-data' || assessment == null) {
    return (
      <section class="mt-scoring-panel">
        {heading}
        <p class="mt-scoring-panel__state">{t(lang, 'scoreNoData')}</p>
        {creator && <CreatorFacts lang={lang} creator={creator} />}
      </section>
    );
  }

  const a = assessment;
  const { warnings, notes } = splitSignals(a.signals);
  const shownFit = fit ?? a.fit;
  return (
    <section class="mt-scoring-panel">
      {heading}
      <div class="mt-scoring-panel__head">
        <span class="mt-scoring-panel__score">{a.score == null ? '—' : formatCount(lang, a.score)}</span>
        <span class="mt-scoring-panel__verdict">
          <span class={`mt-scoring-dot mt-scoring-dot--${a.verdict}`} aria-hidden="true" />
          {t(lang, VERDICT_KEY[a.verdict])}
        </span>
        <span class="mt-scoring-muted">{tierLabel(lang, a)}</span>
        {a.verdict !== 'insufficient_data' && <span class="mt-scoring-muted">{t(lang, 'scoreRiskPoints', formatCount(lang, a.breakdown.riskPoints))}</span>}
        {sellerStatus && <SellerStatusMark lang={lang} status={sellerStatus} />}
      </div>
      {checks && <CheckSummary lang={lang} checks={checks} withHelp />}
      {shownFit && <FitLine lang={lang} fit={shownFit} />}
      {a.tier?.favoured && <p class="mt-scoring-muted">{t(lang, 'scoreTierFavoured')}</p>}
      <p class="mt-scoring-muted">{windowLine(lang, a.window)} · {t(lang, 'scoreDisclaimer')}</p>
      {!checks && a.basis === 'profile_medians' && <p class="mt-scoring-basis-note" data-basis="profile_medians">{t(lang, 'scoreBasisProfileMedians')}</p>}

      {a.score != null && <Breakdown lang={lang} assessment={a} />}
      {creator && <CreatorFacts lang={lang} creator={creator} />}

      <div class="mt-scoring-panel__section">
        <h4 class="mt-scoring-panel__h">{t(lang, 'scoreWarnings')}</h4>
        {warnings.length === 0 ? <p class="mt-scoring-muted">{t(lang, 'scoreNoWarnings')}</p> : <PanelSignals lang={lang} signals={warnings} />}
      </div>
      {notes.length > 0 && (
        <div class="mt-scoring-panel__section">
          <h4 class="mt-scoring-panel__h">{t(lang, 'scoreNotes')}</h4>
          <PanelSignals lang={lang} signals={notes} />
        </div>
      )}

      <div class="mt-scoring-panel__section">
        <h4 class="mt-scoring-panel__h">{t(lang, 'scoreVideosTitle')}</h4>
        {a.videos.length === 0 ? <p class="mt-scoring-muted">{t(lang, 'scoreNoVideos')}</p> : (
          <>
            <ViewsChart lang={lang} rows={a.videos} />
            <VideoTable lang={lang} rows={a.videos} />
          </>
        )}
      </div>
      {creator && creator.followerTrend.length >= 2 && <FollowerChart lang={lang} points={creator.followerTrend} />}
    </section>
  );
}

function Breakdown({ lang, assessment }: { lang: Lang; assessment: Assessment }) {
  const { components, cap, uncapped } = assessment.breakdown;
  return (
    <div class="mt-scoring-panel__section">
      <h4 class="mt-scoring-panel__h">{t(lang, 'scoreBreakdownTitle')}</h4>
      <ul class="mt-scoring-breakdown">
        {components.map((c) => <BreakdownRow key={c.id} lang={lang} c={c} />)}
      </ul>
      {cap != null && uncapped != null && (
        <p class="mt-scoring-muted">{t(lang, 'scoreCapNote', formatCount(lang, cap), formatCount(lang, Math.round(uncapped)))}</p>
      )}
    </div>
  );
}

function BreakdownRow({ lang, c }: { lang: Lang; c: ScoreComponent }) {
  const label = t(lang, COMPONENT_KEY[c.id]);
  const max = Math.round(100 * c.effectiveWeight);
  return (
    <li data-component={c.id} title={t(lang, 'scoreFormula', c.formula[lang])}>
      <span>{label}</span>
      {c.available ? (
        <span class="mt-scoring-bar" aria-hidden="true">
          <span class="mt-scoring-bar__fill" style={{ display: 'block', width: `${Math.round((c.value ?? 0) * 100)}%` }} />
        </span>
      ) : (
        <span class="mt-scoring-breakdown__na">{t(lang, 'scoreComponentUnavailable')}</span>
      )}
      <span>
        {c.available
          ? `${t(lang, 'scorePointsOf', formatCount(lang, Math.round(c.points ?? 0)), formatCount(lang, max))} · ${t(lang, 'scoreWeightLine', formatPercent(lang, c.effectiveWeight, 0), formatPercent(lang, c.weight, 0))}`
          : t(lang, 'scoreWeightLine', formatPercent(lang, 0, 0), formatPercent(lang, c.weight, 0))}
      </span>
    </li>
  );
}

const NOTE_KEY: Record<NonNullable<VideoRow['excluded']>, MessageKey> = {
  too_new: 'scoreRowTooNew',
  beyond_window: 'scoreRowBeyondWindow',
  views_unknown: 'scoreRowViewsUnknown',
};

function rowNote(lang: Lang, row: VideoRow): string {
  if (row.suspiciousSpike) return t(lang, 'scoreRowSuspiciousSpike');
  if (row.excluded) return t(lang, NOTE_KEY[row.excluded]);
  if (row.spike) return `${t(lang, 'scoreRowSpike')} ×${formatCount(lang, Math.round((row.viewsVsMedian ?? 0) * 10) / 10)}`;
  return '';
}

function rowClass(row: VideoRow): string {
  if (row.suspiciousSpike) return 'mt-scoring-row--suspicious';
  if (row.spike) return 'mt-scoring-row--spike';
  return row.used ? '' : 'mt-scoring-row--unused';
}

function VideoTable({ lang, rows }: { lang: Lang; rows: VideoRow[] }) {
  return (
    <div class="mt-scoring-table-wrap" tabIndex={0} aria-label={t(lang, 'scoreVideosTitle')} role="region">
      <table class="mt-scoring-table">
        <thead>
          <tr>
            <th scope="col">{t(lang, 'scoreColPosted')}</th>
            <th scope="col">{t(lang, 'scoreColViews')}</th>
            <th scope="col">{t(lang, 'scoreColLikes')}</th>
            <th scope="col">{t(lang, 'scoreColComments')}</th>
            <th scope="col">{t(lang, 'scoreColLikeView')}</th>
            <th scope="col">{t(lang, 'scoreColCommentLike')}</th>
            <th scope="col">{t(lang, 'scoreColNote')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.id ?? i} class={rowClass(row)} data-video={row.id ?? ''}>
              <td>{formatDate(lang, row.postedAt)}</td>
              <td>{formatCount(lang, row.views)}</td>
              <td>{formatCount(lang, row.likes)}</td>
              <td>{formatCount(lang, row.comments)}</td>
              <td>{formatPercent(lang, row.likeView, 2)}</td>
              <td>{formatPercent(lang, row.commentLike, 2)}</td>
              <td>{rowNote(lang, row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const CHART_H = 100;

/** Bars of views per video, oldest on the left; spikes in warning/danger colours, unused videos grey. */
function ViewsChart({ lang, rows }: { lang: Lang; rows: VideoRow[] }) {
  const bars = rows.filter((r) => r.views != null).reverse();
  if (bars.length === 0) return null;
  const max = maxOf(bars.map((r) => r.views!), 1);
  const caption = t(lang, 'scoreChartViews');
  return (
    <figure style={{ margin: '0 0 6px' }}>
      <svg class="mt-scoring-chart" viewBox={`0 0 ${bars.length * 10} ${CHART_H}`} preserveAspectRatio="none" role="img" aria-label={caption}>
        {bars.map((r, i) => {
          const h = Math.max(1, (r.views! / max) * CHART_H);
          const kind = r.suspiciousSpike ? 'suspicious' : r.spike ? 'spike' : r.used ? '' : 'unused';
          return (
            <rect key={i} x={i * 10 + 1} y={CHART_H - h} width={8} height={h} class={`mt-scoring-chart__bar${kind ? ` mt-scoring-chart__bar--${kind}` : ''}`}>
              <title>{`${formatDate(lang, r.postedAt)}: ${formatCount(lang, r.views)}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption class="mt-scoring-chart__caption">{caption}</figcaption>
    </figure>
  );
}

function FollowerChart({ lang, points }: { lang: Lang; points: Creator['followerTrend'] }) {
  const sorted = points.slice().sort((a, b) => a.at - b.at);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const span = Math.max(1, last.at - first.at);
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of sorted) {
    lo = Math.min(lo, p.followers);
    hi = Math.max(hi, p.followers);
  }
  const range = Math.max(1, hi - lo);
  const path = sorted.map((p) => `${(((p.at - first.at) / span) * 200).toFixed(1)},${(CHART_H - 4 - ((p.followers - lo) / range) * (CHART_H - 8)).toFixed(1)}`).join(' ');
  const caption = t(lang, 'scoreChartFollowers', formatCount(lang, first.followers), formatCount(lang, last.followers));
  return (
    <figure class="mt-scoring-panel__section" style={{ margin: '10px 0 0' }}>
      <svg class="mt-scoring-chart" viewBox={`0 0 200 ${CHART_H}`} preserveAspectRatio="none" role="img" aria-label={caption}>
        <polyline class="mt-scoring-chart__line" points={path} />
      </svg>
      <figcaption class="mt-scoring-chart__caption">{caption}</figcaption>
    </figure>
  );
}

function PanelSignals({ lang, signals }: { lang: Lang; signals: Signal[] }) {
  return (
    <ul class="mt-scoring-signals">
      {signals.map((s) => (
        <li key={s.id} class={`mt-scoring-signal mt-scoring-signal--${s.severity}`} data-signal={s.id}>
          {s.message[lang]}
          <span class="mt-scoring-formula">
            {t(lang, 'scoreMeasured', signalValue(lang, s), signalThreshold(lang, s))} · {t(lang, 'scoreFormula', s.formula[lang])} · {windowLine(lang, s.window)}
          </span>
        </li>
      ))}
    </ul>
  );
}
