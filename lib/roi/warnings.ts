/**
 * Rows that need the seller's attention. Always on: costs without sales, a loss (net profit below zero), and a
 * product sold at a commission above its break-even. Optional thresholds the seller sets: Seller Center's
 * GMV ÷ commission ratio and profit ROI. (v2 warned on GMV ÷ commission < 1 by default, which never fired: the ratio
 * is about 1.1 ÷ the commission rate, 8× at 13 %.)
 */
import type { Localised } from '../i18n';
import type { RoiRow } from './compute';

export interface RoiThreshold {
  /** warn when Seller Center's GMV ÷ commission is below this; null = off */
  roi?: number | null;
  /** warn when net profit ÷ marketing cost is below this; null = off */
  profitRoi?: number | null;
}

/** Default: no ratio thresholds; the always-on loss and break-even warnings cover what matters [E]. */
export const DEFAULT_ROI_THRESHOLD: Readonly<RoiThreshold> = Object.freeze({ roi: null, profitRoi: null });

export interface RoiWarning {
  key: string;
  metric: 'roi' | 'profitRoi' | 'noSales' | 'loss' | 'aboveBreakEven';
  value: number | null;
  threshold: number | null;
  message: Localised;
}

const fmt = (x: number) => String(Math.round(x * 100) / 100);
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const yen = (x: number) => `${x < 0 ? '-' : ''}¥${Math.round(Math.abs(x)).toLocaleString('en-US')}`;

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
    if (row.netProfitJpy < 0) {
      const v = yen(row.netProfitJpy);
      out.push({
        key: row.key, metric: 'loss', value: row.netProfitJpy, threshold: 0,
        message: { zh_CN: `亏损：净利润 ${v}`, ja: `赤字：純利益 ${v}`, en: `Loss: net profit ${v}` },
      });
    }
    for (const breach of row.aboveBreakEven) {
      const name = breach.productName ?? breach.productId;
      const rate = pct(breach.commissionRate);
      out.push({
        key: row.key, metric: 'aboveBreakEven', value: breach.commissionRate, threshold: breach.breakEvenRate,
        message: breach.breakEvenRate == null
          ? { zh_CN: `${name}：按成本即使 0% 佣金也亏损`, ja: `${name}：原価では報酬 0% でも赤字`, en: `${name}: loses money even at 0% commission at this cost` }
          : {
              zh_CN: `${name}：佣金 ${rate} 高于盈亏平衡 ${pct(breach.breakEvenRate)}`,
              ja: `${name}：報酬 ${rate} が損益分岐 ${pct(breach.breakEvenRate)} を上回っています`,
              en: `${name}: commission ${rate} is above break-even ${pct(breach.breakEvenRate)}`,
            },
      });
    }
    const roiT = threshold.roi;
    if (roiT != null && row.roi.value != null && row.roi.value < roiT) {
      const v = fmt(row.roi.value);
      out.push({
        key: row.key, metric: 'roi', value: row.roi.value, threshold: roiT,
        message: {
          zh_CN: `Seller Center 的 GMV÷佣金 ${v} 低于 ${fmt(roiT)}`,
          ja: `Seller Center の GMV÷報酬 ${v} が ${fmt(roiT)} を下回っています`,
          en: `Seller Center's GMV ÷ commission ${v} is below ${fmt(roiT)}`,
        },
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
