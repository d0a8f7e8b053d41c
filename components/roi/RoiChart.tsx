import { t, type Lang, type MessageKey } from '../../lib/i18n';
import { formatJpy } from '../../lib/format';
import type { RoiRow } from '../../lib/roi';
import { rowName } from './RoiTable';
import './roi.css';
import { maxOf } from '../../lib/collections';

export type RoiChartMetric = 'gmvInclTaxJpy' | 'commissionJpy' | 'netProfitJpy';

export interface RoiChartProps {
  lang: Lang;
  /** rows per creator or per period, drawn in the given order */
  rows: RoiRow[];
  metric?: RoiChartMetric;
  cnyPerJpy?: number | null;
  /** at most this many bars (the first rows) */
  maxBars?: number;
}

const TITLE_KEY: Record<RoiChartMetric, MessageKey> = { gmvInclTaxJpy: 'roiChartGmv', commissionJpy: 'roiChartCommission', netProfitJpy: 'roiChartNetProfit' };
const LAYOUT = { width: 520, barHeight: 18, gap: 6, labelWidth: 120, valueWidth: 110, top: 4 } as const;
const DEFAULT_MAX_BARS = 20;

/** Horizontal SVG bars, one per row; negative values (losses) extend left of the zero line in red. */
export function RoiChart({ lang, rows, metric = 'gmvInclTaxJpy', cnyPerJpy, maxBars = DEFAULT_MAX_BARS }: RoiChartProps) {
  const shown = rows.slice(0, maxBars);
  const title = t(lang, TITLE_KEY[metric]);
  if (shown.length === 0) return <p class="mt-roi-state">{t(lang, 'roiChartEmpty')}</p>;
  const values = shown.map((r) => r[metric]);
  const maxPos = maxOf(values, 0);
  const maxNeg = maxOf(values.map((v) => -v), 0);
  const span = maxPos + maxNeg || 1;
  const plotW = LAYOUT.width - LAYOUT.labelWidth - LAYOUT.valueWidth;
  const zeroX = LAYOUT.labelWidth + (maxNeg / span) * plotW;
  const height = LAYOUT.top * 2 + shown.length * (LAYOUT.barHeight + LAYOUT.gap);
  return (
    <figure class="mt-roi-chart">
      <figcaption class="mt-roi-chart__title">{title}</figcaption>
      <svg viewBox={`0 0 ${LAYOUT.width} ${height}`} role="img" aria-label={title} class="mt-roi-chart__svg">
        <line x1={zeroX} x2={zeroX} y1={0} y2={height} stroke="#e5e6eb" stroke-width="1" />
        {shown.map((row, i) => {
          const v = values[i]!;
          const w = (Math.abs(v) / span) * plotW;
          const y = LAYOUT.top + i * (LAYOUT.barHeight + LAYOUT.gap);
          const name = rowName(lang, row);
          const text = formatJpy(lang, v, cnyPerJpy);
          return (
            <g key={row.key} class="mt-roi-chart__bar" data-key={row.key}>
              <title>{`${name}: ${text}`}</title>
              <text x={LAYOUT.labelWidth - 6} y={y + 13} text-anchor="end">{name.length > 16 ? `${name.slice(0, 15)}…` : name}</text>
              <rect x={v >= 0 ? zeroX : zeroX - w} y={y} width={Math.max(w, 0)} height={LAYOUT.barHeight} fill={v >= 0 ? '#1f6feb' : '#c62828'} />
              <text x={LAYOUT.width - LAYOUT.valueWidth + 6} y={y + 13}>{text}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
