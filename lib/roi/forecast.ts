/**
 * Forecast for a creator the seller has not worked with: E[GMV] = video GPM × expected views per video ÷ 1,000 ×
 * videos (GPM definition [C], the forecast itself is [E]; GPM = GMV per 1,000 views:
 * https://seller-us.tiktok.com/university/essay?knowledge_id=287819077633805). Always labelled "forecast".
 */
import type { Localised } from '../i18n';
import {
  categoryIdOf, COMMISSION_BASE, FEE_BASE, JP_PLATFORM_FEE_RATE, taxRateForCategory,
} from '../commission';
import { PROFIT_ROI_LABEL, ROI_LABEL, type RatioResult } from './compute';

export interface ForecastInput {
  /** GMV per 1,000 video views, tax included, JPY */
  gpmJpy: number | null | undefined;
  /** expected views per video */
  expectedViews: number | null | undefined;
  /** fraction */
  commissionRate: number | null | undefined;
  /** number of videos expected; default 1 */
  videos?: number | null;
  /** tax-included price and unit cost, to estimate units and cost of goods */
  priceJpy?: number | null;
  costOfGoodsJpy?: number | null;
  sampleCostJpy?: number | null;
  shippingCostJpy?: number | null;
  platformFeeRate?: number | null;
  category?: string | null;
  taxRate?: number | null;
}

export const FORECAST_LABEL: Localised = {
  zh_CN: '预测（GPM × 预计播放量）', ja: '予測（GPM × 想定再生数）', en: 'Forecast (GPM × expected views)',
};

export type ForecastResult =
  | { ok: false; kind: 'forecast'; label: Localised; problems: Localised[] }
  | {
      ok: true; kind: 'forecast'; label: Localised;
      gmvInclTaxJpy: number; gmvExclTaxJpy: number; commissionJpy: number; platformFeeJpy: number;
      /** null when price or cost of goods was not given; profit then leaves it out */
      cogsJpy: number | null; sampleCostJpy: number; shippingCostJpy: number;
      marketingCostJpy: number; netProfitJpy: number; roi: RatioResult; profitRoi: RatioResult;
    };

const PROBLEMS = {
  gpm: { zh_CN: '缺少 GPM', ja: 'GPM がありません', en: 'No GPM' },
  views: { zh_CN: '请输入预计播放量', ja: '想定再生数を入力してください', en: 'Enter expected views' },
  rate: { zh_CN: '请输入佣金率', ja: '報酬率を入力してください', en: 'Enter a commission rate' },
} satisfies Record<string, Localised>;

const given = (x: number | null | undefined): x is number => x != null && Number.isFinite(x);

export function forecastRoi(input: ForecastInput): ForecastResult {
  const problems: Localised[] = [];
  if (!given(input.gpmJpy) || input.gpmJpy <= 0) problems.push(PROBLEMS.gpm);
  if (!given(input.expectedViews) || input.expectedViews <= 0) problems.push(PROBLEMS.views);
  if (!given(input.commissionRate) || input.commissionRate < 0 || input.commissionRate > 1) problems.push(PROBLEMS.rate);
  if (problems.length || !given(input.gpmJpy) || !given(input.expectedViews) || !given(input.commissionRate)) {
    return { ok: false, kind: 'forecast', label: FORECAST_LABEL, problems };
  }
  const videos = given(input.videos) && input.videos > 0 ? input.videos : 1;
  const taxRate = given(input.taxRate) ? input.taxRate : taxRateForCategory(categoryIdOf(input.category));
  const feeRate = given(input.platformFeeRate) ? input.platformFeeRate : JP_PLATFORM_FEE_RATE;
  const gmvIncl = (input.gpmJpy * input.expectedViews * videos) / 1000;
  const gmvExcl = gmvIncl / (1 + taxRate);
  const commission = input.commissionRate * (COMMISSION_BASE === 'taxIncluded' ? gmvIncl : gmvExcl);
  const fee = feeRate * (FEE_BASE === 'taxIncluded' ? gmvIncl : gmvExcl);
  const cogs = given(input.priceJpy) && input.priceJpy > 0 && given(input.costOfGoodsJpy)
    ? (gmvIncl / input.priceJpy) * input.costOfGoodsJpy
    : null;
  const samples = given(input.sampleCostJpy) ? input.sampleCostJpy : 0;
  const shipping = given(input.shippingCostJpy) ? input.shippingCostJpy : 0;
  const marketing = commission + samples + shipping;
  const net = gmvExcl - fee - (cogs ?? 0) - marketing;
  return {
    ok: true, kind: 'forecast', label: FORECAST_LABEL,
    gmvInclTaxJpy: gmvIncl, gmvExclTaxJpy: gmvExcl, commissionJpy: commission, platformFeeJpy: fee,
    cogsJpy: cogs, sampleCostJpy: samples, shippingCostJpy: shipping, marketingCostJpy: marketing, netProfitJpy: net,
    roi: commission > 0
      ? { value: gmvIncl / commission, reason: null, label: ROI_LABEL }
      : { value: null, reason: { zh_CN: '无：佣金为 0', ja: 'なし：報酬 0', en: 'n/a: commission is 0' }, label: ROI_LABEL },
    profitRoi: marketing > 0
      ? { value: net / marketing, reason: null, label: PROFIT_ROI_LABEL }
      : { value: null, reason: { zh_CN: '无：没有营销成本', ja: 'なし：マーケティング費用なし', en: 'n/a: no marketing cost' }, label: PROFIT_ROI_LABEL },
  };
}
