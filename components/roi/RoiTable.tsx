import { useMemo, useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../../lib/i18n';
import { formatJpy, formatPercent } from '../../lib/format';
import { roiWarnings, UNASSIGNED_KEY, type GroupBy, type RoiRow, type RoiThreshold, type RoiWarning } from '../../lib/roi';
import './roi.css';

export interface RoiTableProps {
  lang: Lang;
  /** null while loading */
  rows: RoiRow[] | null;
  threshold: RoiThreshold;
  /** CNY per 1 JPY at the seller's rate; shows CNY beside yen when set */
  cnyPerJpy?: number | null;
  error?: string | null;
}

type SortKey = 'name' | 'gmv' | 'commission' | 'costs' | 'roi' | 'profitRoi' | 'netProfit';
type SortDir = 'ascending' | 'descending';

const NAME_KEY: Record<GroupBy, MessageKey> = {
  creator: 'roiColCreator', product: 'roiColProduct', collaboration: 'roiColCollaboration',
  day: 'roiColPeriod', week: 'roiColPeriod', month: 'roiColPeriod',
};
const BASIS_KEY = { actual: 'roiBasisActual', estimated: 'roiBasisEstimated', mixed: 'roiBasisMixed', unknown: 'roiBasisUnknown' } as const;

export function rowName(lang: Lang, row: RoiRow): string {
  return row.key === UNASSIGNED_KEY ? t(lang, 'roiUnassigned') : row.label ?? row.key;
}

const sortValue = (lang: Lang, row: RoiRow, key: SortKey): number | string | null => {
  switch (key) {
    case 'name': return rowName(lang, row);
    case 'gmv': return row.gmvInclTaxJpy;
    case 'commission': return row.commissionJpy;
    case 'costs': return costsOf(row);
    case 'roi': return row.roi.value;
    case 'profitRoi': return row.profitRoi.value;
    case 'netProfit': return row.netProfitJpy;
  }
};

/** Unknown values sort last in both directions. */
function compareRows(lang: Lang, key: SortKey, dir: SortDir) {
  return (a: RoiRow, b: RoiRow) => {
    const va = sortValue(lang, a, key);
    const vb = sortValue(lang, b, key);
    if (va == null || vb == null) return va == null ? (vb == null ? 0 : 1) : -1;
    const c = typeof va === 'string' ? va.localeCompare(String(vb)) : va - (vb as number);
    return dir === 'ascending' ? c : -c;
  };
}

/** Platform fee, cost of goods, samples, shipping and other cost entries (commission has its own column). */
export function costsOf(row: RoiRow): number {
  return row.platformFeeJpy + row.cogsJpy + row.sampleCostJpy + row.shippingCostJpy + row.otherCostJpy;
}

/**
 * Sortable ROI table: one row per creator (or product / collaboration / period), ranked by net profit first;
 * Seller Center's GMV ÷ commission ratio stays as a column. Warnings sit under the rows that need them.
 */
export function RoiTable({ lang, rows, threshold, cnyPerJpy, error }: RoiTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'netProfit', dir: 'descending' });
  const sorted = useMemo(() => (rows ? [...rows].sort(compareRows(lang, sort.key, sort.dir)) : []), [rows, sort, lang]);
  const warnings = useMemo(() => {
    const byKey = new Map<string, RoiWarning[]>();
    for (const w of roiWarnings(rows ?? [], threshold)) byKey.set(w.key, [...(byKey.get(w.key) ?? []), w]);
    return byKey;
  }, [rows, threshold]);

  if (error) return <p class="mt-roi-state mt-roi-state--error" role="alert">{t(lang, 'errorPrefix', error)}</p>;
  if (rows == null) return <p class="mt-roi-state" aria-busy="true">{t(lang, 'loading')}</p>;
  if (rows.length === 0) return <p class="mt-roi-state">{t(lang, 'roiEmpty')}</p>;

  const groupBy = rows[0]!.groupBy;
  const money = (yen: number) => formatJpy(lang, yen, cnyPerJpy);
  const header = (key: SortKey, labelKey: MessageKey, numeric = true) => {
    const active = sort.key === key;
    const next: SortDir = active && sort.dir === 'descending' ? 'ascending' : 'descending';
    return (
      <th scope="col" aria-sort={active ? sort.dir : 'none'} class={numeric ? 'mt-roi-num' : undefined}>
        <button type="button" class="mt-roi-sort" onClick={() => setSort({ key, dir: active ? next : key === 'name' ? 'ascending' : 'descending' })}>
          {t(lang, labelKey)}
          <span aria-hidden="true" class="mt-roi-sort__arrow">{active ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
        </button>
      </th>
    );
  };
  const anyCogsMissing = rows.some((r) => !r.cogsComplete);

  return (
    <div class="mt-roi">
      <table class="mt-roi-table">
        <caption class="mt-roi-caption">{t(lang, 'roiTableCaption')}</caption>
        <thead>
          <tr>
            {header('name', NAME_KEY[groupBy], false)}
            {header('gmv', 'roiColGmv')}
            {header('commission', 'roiColCommission')}
            {header('costs', 'roiColCosts')}
            {header('roi', 'rvColRatio')}
            {header('profitRoi', 'roiColProfitRoi')}
            {header('netProfit', 'roiColNetProfit')}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const rowWarnings = warnings.get(row.key);
            return [
              <tr key={row.key} class={rowWarnings ? 'mt-roi-row mt-roi-row--warning' : 'mt-roi-row'} data-key={row.key}>
                <th scope="row" class="mt-roi-name">{rowName(lang, row)}</th>
                <td class="mt-roi-num">{money(row.gmvInclTaxJpy)}</td>
                <td class="mt-roi-num">
                  {money(row.commissionJpy)}
                  <span class="mt-roi-basis"> ({t(lang, BASIS_KEY[row.commissionBasis])})</span>
                </td>
                <td class="mt-roi-num" title={costTitle(lang, row, money)}>{money(costsOf(row))}</td>
                <td class="mt-roi-num">{row.roi.value != null ? `${row.roi.value.toFixed(2)}×` : <span class="mt-roi-na">{row.roi.reason?.[lang]}</span>}</td>
                <td class="mt-roi-num">{row.profitRoi.value != null ? formatPercent(lang, row.profitRoi.value, 0) : <span class="mt-roi-na">{row.profitRoi.reason?.[lang]}</span>}</td>
                <td class={`mt-roi-num${row.netProfitJpy < 0 ? ' mt-roi-negative' : ''}`}>{money(row.netProfitJpy)}{row.cogsComplete ? '' : ' *'}</td>
              </tr>,
              rowWarnings && (
                <tr key={`${row.key}-warning`} class="mt-roi-warning">
                  <td colSpan={7}>
                    <span aria-hidden="true">⚠ </span>
                    <span class="mt-roi-warning__label">{t(lang, 'roiWarningsTitle')}: </span>
                    {rowWarnings.map((w) => w.message[lang]).join(' · ')}
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
      {anyCogsMissing && <p class="mt-roi-footnote">* {t(lang, 'roiCogsIncomplete')}</p>}
    </div>
  );
}

function costTitle(lang: Lang, row: RoiRow, money: (yen: number) => string): string {
  return [
    `${t(lang, 'rvFee')} ${money(row.platformFeeJpy)}`, `${t(lang, 'rvGoods')} ${money(row.cogsJpy)}`,
    `${t(lang, 'rvSamples')} ${money(row.sampleCostJpy)}`, `${t(lang, 'rvShipping')} ${money(row.shippingCostJpy)}`,
    `${t(lang, 'rvOther')} ${money(row.otherCostJpy)}`,
  ].join(' · ');
}
