/**
 * Dashboard ROI tab: creators ranked by net profit (after commission, platform fee, cost of goods, samples and
 * shipping, from every place the seller recorded a cost), per month, with a warning list.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import type { ProtocolClient } from '../../lib/protocol';
import { computeRoi, rankByProfit, roiWarnings, type RoiRow, type RoiThreshold } from '../../lib/roi';
import { loadProfitInputs } from '../roi/load-costs';
import { RoiTable } from '../roi/RoiTable';
import { RoiChart } from '../roi/RoiChart';

export function RoiView({ lang, client, threshold, cnyPerJpy }: { lang: Lang; client: ProtocolClient; threshold: RoiThreshold; cnyPerJpy: number | null }) {
  const [data, setData] = useState<{ creators: RoiRow[]; months: RoiRow[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void (async () => {
      const input = await loadProfitInputs(client).catch((e: unknown) => {
        setError(String((e as Error)?.message ?? e));
        return null;
      });
      if (!input) return;
      const creators = rankByProfit(computeRoi({ ...input, groupBy: 'creator' }).rows);
      const months = computeRoi({ ...input, groupBy: 'month' }).rows.sort((a, b) => a.key.localeCompare(b.key));
      setData({ creators, months });
    })();
  }, [client]);
  const warnings = data ? roiWarnings(data.creators, threshold) : [];
  return (
    <div class="mt-roi-view">
      <p class="mt-muted">{t(lang, 'roiRankedByProfit')}</p>
      {warnings.length ? (
        <section class="mt-roi-warnings" aria-label={t(lang, 'roiWarningsTitle')}>
          <h2>{t(lang, 'roiWarningsTitle')}</h2>
          <ul>{warnings.map((w) => <li key={`${w.key}:${w.metric}`}><strong>{labelOf(data, w.key)}</strong> {w.message[lang]}</li>)}</ul>
        </section>
      ) : null}
      <RoiTable lang={lang} rows={data?.creators ?? null} threshold={threshold} cnyPerJpy={cnyPerJpy} error={error} />
      {data ? (
        <div class="mt-roi-charts">
          <RoiChart lang={lang} rows={data.creators} metric="gmvInclTaxJpy" cnyPerJpy={cnyPerJpy} />
          <RoiChart lang={lang} rows={data.months} metric="netProfitJpy" cnyPerJpy={cnyPerJpy} />
        </div>
      ) : null}
    </div>
  );
}

function labelOf(data: { creators: RoiRow[] } | null, key: string): string {
  const row = data?.creators.find((r) => r.key === key);
  return row?.label ? `@${row.label}` : key;
}
