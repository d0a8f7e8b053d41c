/**
 * 复盘 weekly review: for each Tokyo week, per creator and per video views, clicks, CTR, CVR and GMV (Analytics)
 * beside the week's net profit and Seller Center's GMV ÷ commission ratio, with GMV and profit charts by week.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import { formatCount, formatJpy, formatPercent } from '../../lib/format';
import { analyticsRowsFromPerformance, REFERENCE_CTR, REFERENCE_CVR, weeklyReview, type Funnel, type WeekReview } from '../../lib/roi';
import type { ProtocolClient } from '../../lib/protocol';
import { RoiChart } from './RoiChart';
import { loadProfitInputs } from './load-costs';
import './roi.css';

export function WeeklyReview({ lang, client, cnyPerJpy }: { lang: Lang; client: ProtocolClient; cnyPerJpy?: number | null }) {
  const [weeks, setWeeks] = useState<WeekReview[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const [inputs, performance] = await Promise.all([loadProfitInputs(client), client.listPerformance({})]);
      if (!performance.ok) throw new Error(performance.error.message);
      const review = weeklyReview({ analytics: analyticsRowsFromPerformance(performance.data), ...inputs });
      if (live) setWeeks(review);
    })().catch((e: unknown) => live && setError(String((e as Error)?.message ?? e)));
    return () => { live = false; };
  }, [client]);

  if (error) return <p class="mt-roi-state mt-roi-state--error" role="alert">{t(lang, 'storageError', error)}</p>;
  if (!weeks) return <p class="mt-roi-state" aria-busy="true">{t(lang, 'loading')}</p>;
  if (weeks.length === 0) return <p class="mt-roi-state">{t(lang, 'rvEmpty')}</p>;
  const week = weeks.find((w) => w.week === selected) ?? weeks[0]!;
  const money = (yen: number | null | undefined) => formatJpy(lang, yen, cnyPerJpy);
  const chartRows = [...weeks].reverse().map((w) => ({ ...w.roiTotal, key: w.week, label: w.week.slice(1) }));
  const funnelCells = (f: Funnel) => [
    <td key="views" class="mt-roi-num">{formatCount(lang, f.views)}</td>,
    <td key="clicks" class="mt-roi-num">{formatCount(lang, f.clicks)}</td>,
    <td key="ctr" class={`mt-roi-num${f.ctr != null && f.ctr < REFERENCE_CTR ? ' mt-roi-negative' : ''}`}>{formatPercent(lang, f.ctr, 2)}</td>,
    <td key="cvr" class={`mt-roi-num${f.cvr != null && f.cvr < REFERENCE_CVR ? ' mt-roi-negative' : ''}`}>{formatPercent(lang, f.cvr, 2)}</td>,
    <td key="gmv" class="mt-roi-num">{money(f.gmvJpy)}</td>,
  ];
  const funnelHeaders = (['rvColViews', 'rvColClicks', 'rvColCtr', 'rvColCvr', 'rvColGmv'] as const).map((k) => <th key={k} scope="col" class="mt-roi-num">{t(lang, k)}</th>);
  return (
    <section class="mt-roi mt-review" aria-label={t(lang, 'rvTitle')}>
      <h2>{t(lang, 'rvTitle')}</h2>
      <label class="mt-field">
        <span>{t(lang, 'rvWeek')}</span>
        <select value={week.week} onChange={(e) => setSelected((e.currentTarget as HTMLSelectElement).value)}>
          {weeks.map((w) => <option key={w.week} value={w.week}>{w.week.slice(1)}</option>)}
        </select>
      </label>
      <p class="mt-roi-footnote">{t(lang, 'rvReference', formatPercent(lang, REFERENCE_CTR), formatPercent(lang, REFERENCE_CVR))}</p>
      <h3>{t(lang, 'rvCreators')}</h3>
      <table class="mt-roi-table mt-review-creators">
        <thead><tr><th scope="col">{t(lang, 'roiColCreator')}</th>{funnelHeaders}<th scope="col" class="mt-roi-num">{t(lang, 'rvColProfit')}</th><th scope="col" class="mt-roi-num">{t(lang, 'rvColRatio')}</th></tr></thead>
        <tbody>
          {week.creators.map((c) => (
            <tr key={c.creatorId} data-key={c.creatorId}>
              <th scope="row">{c.label ?? c.creatorId}</th>
              {funnelCells(c)}
              <td class={`mt-roi-num${(c.roi?.netProfitJpy ?? 0) < 0 ? ' mt-roi-negative' : ''}`}>{money(c.roi?.netProfitJpy)}</td>
              <td class="mt-roi-num">{c.roi?.roi.value != null ? `${c.roi.roi.value.toFixed(2)}×` : '—'}</td>
            </tr>
          ))}
          <tr class="mt-review-total"><th scope="row">{t(lang, 'roiTotal')}</th>{funnelCells(week.total)}<td class="mt-roi-num">{money(week.roiTotal.netProfitJpy)}</td><td class="mt-roi-num">{week.roiTotal.roi.value != null ? `${week.roiTotal.roi.value.toFixed(2)}×` : '—'}</td></tr>
        </tbody>
      </table>
      <h3>{t(lang, 'rvVideos')}</h3>
      <table class="mt-roi-table mt-review-videos">
        <thead><tr><th scope="col">{t(lang, 'rvVideos')}</th>{funnelHeaders}</tr></thead>
        <tbody>
          {week.videos.map((v) => <tr key={v.videoId} data-key={v.videoId}><th scope="row">{v.title ?? v.videoId}</th>{funnelCells(v)}</tr>)}
        </tbody>
      </table>
      <div class="mt-roi-charts">
        <RoiChart lang={lang} rows={chartRows} metric="gmvInclTaxJpy" cnyPerJpy={cnyPerJpy} />
        <RoiChart lang={lang} rows={chartRows} metric="netProfitJpy" cnyPerJpy={cnyPerJpy} />
      </div>
    </section>
  );
}
