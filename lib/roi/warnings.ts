/** Rows that need the seller's attention: ROI under the seller's threshold, or samples/costs with no sales. */
import type { Localised } from '../i18n';
import type { RoiRow } from './compute';

export interface RoiThreshold {
  /** warn when GMV ÷ commission is below this; null = off */
  roi?: number | null;
  /** warn when net profit ÷ marketing cost is below this; null = off */
  profitRoi?: number | null;
}

/** Default: warn on loss-making rows only (profit ROI < 0) [E]; the seller can raise it in settings. */
export const DEFAULT_ROI_THRESHOLD: Readonly<RoiThreshold> = Object.freeze({ roi: null, profitRoi: 0 });

export interface RoiWarning {
  key: string;
  metric: 'roi' | 'profitRoi' | 'noSales';
  value: number | null;
  threshold: number | null;
  message: Localised;
}

const fmt = (x: number) => String(Math.round(x * 100) / 100);

export function roiWarnings(rows: readonly RoiRow[], threshold: RoiThreshold = DEFAULT_ROI_THRESHOLD): RoiWarning[] {
  const out: RoiWarning[] = [];
  for (const row of rows) {
    if (row.gmvInclTaxJpy <= 0 && row.marketingCostJpy > 0) {
      out.push({
        key: row.key, metric: 'noSales', value: null, threshold: null,
        message: { zh_CN: '有成本但没有销售额', ja: '費用が発生していますが売上がありません', en: 'Costs but no sales' },
      });
      continue;
    }
    const roiT = threshold.roi;
    if (roiT != null && row.roi.value != null && row.roi.value < roiT) {
      const v = fmt(row.roi.value);
      out.push({
        key: row.key, metric: 'roi', value: row.roi.value, threshold: roiT,
        message: { zh_CN: `ROI ${v} 低于 ${fmt(roiT)}`, ja: `ROI ${v} が ${fmt(roiT)} を下回っています`, en: `ROI ${v} is below ${fmt(roiT)}` },
      });
    }
    const profitT = threshold.profitRoi;
    if (profitT != null && row.profitRoi.value != null && row.profitRoi.value < profitT) {
      const v = `${Math.round(row.profitRoi.value * 100)}%`;
      const t = `${Math.round(profitT * 100)}%`;
      out.push({
        key: row.key, metric: 'profitRoi', value: row.profitRoi.value, threshold: profitT,
        message: { zh_CN: `利润 ROI ${v} 低于 ${t}`, ja: `利益 ROI ${v} が ${t} を下回っています`, en: `Profit ROI ${v} is below ${t}` },
      });
    }
  }
  return out;
}
