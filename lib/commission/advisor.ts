/**
 * Commission advisor: the break-even commission rate for a product and a batch of expected sales, and a
 * suggested range that is both competitive for the category and profitable. What each
 * figure is computed on, and the public sources for it, are in pricing-basis.ts.
 *
 * For one batch of N ordered units with return rate r (kept = N·(1−r), returned = N·r):
 *   net        = price ÷ (1 + tax)                      (price is tax-included, PRICE_INCLUDES_TAX)
 *   fee        = feeRate × fee base                      (FEE_BASE)
 *   commission = c × commission base                     (COMMISSION_BASE)
 *   returnLoss = RETURN_SHIPPING_LEGS × shipping + (1 − RETURN_COGS_RECOVERY) × COGS   (fee and commission are reversed)
 *   profit(c)  = kept × (net − COGS − shipping − fee − commission) − returned × returnLoss − samples
 *   margin(c)  = profit(c) ÷ (kept × net)                (share of the tax-excluded revenue kept)
 *   breakEven  = profit(0) ÷ (kept × commission base)
 */
import type { Localised } from '../i18n';
import { BENCHMARKS_JP, type BenchmarkTable } from './benchmarks-jp';
import { categoryIdOf } from './categories';
import { chooseBenchmark, pct, type ChosenBenchmark } from './learn';
import {
  COMMISSION_BASE, FEE_BASE, JP_PLATFORM_FEE_RATE, MAX_COMMISSION_RATE, PRICE_INCLUDES_TAX, taxRateForCategory,
} from './pricing-basis';

/** A returned parcel costs the outbound and the return postage [E, research §5.3 worked example: 2× shipping]. */
export const RETURN_SHIPPING_LEGS = 2;
/** Half of a returned item's cost of goods is recovered (resaleable) [E, research §5.3 worked example: 50 %]. */
export const RETURN_COGS_RECOVERY = 0.5;
/** Chart range: 0 %–40 % in 1 % steps. */
export const CURVE_MAX_RATE_PERCENT = 40;
/** Yen has no minor unit; a price under ¥1 is a typo and would blow margins up towards infinity. */
export const MIN_PRICE_JPY = 1;

export interface AdvisorInput {
  /** consumer price, tax included (JP display rule), JPY */
  priceJpy: number | null | undefined;
  costOfGoodsJpy: number | null | undefined;
  /** seller-paid outbound shipping per order, JPY; missing = 0 with a note */
  shippingJpy?: number | null;
  /** default JP_PLATFORM_FEE_RATE (7 %); the new-shop rate is 3 % */
  platformFeeRate?: number | null;
  /** fraction of ordered units returned/refunded; missing = 0 with a note */
  expectedReturnRate?: number | null;
  /** total cost of samples for this batch (goods + packing + postage), JPY */
  sampleCostJpy?: number | null;
  /** units expected to be ordered through this batch; needed when there is a sample cost */
  expectedUnits?: number | null;
  /** page category (any language / starling key), mapped by categoryIdOf */
  category?: string | null;
  /** consumption tax rate; default by category (10 % or 8 %) */
  taxRate?: number | null;
  /** benchmark to compare against; default: built-in (or `table`) row for the category */
  benchmark?: ChosenBenchmark;
  table?: Readonly<BenchmarkTable>;
}

export interface CurvePoint {
  /** commission rate, fraction */
  rate: number;
  /** profit ÷ tax-excluded revenue kept */
  margin: number;
  profitJpy: number;
}

export type AdvisorResult =
  | { ok: false; problems: Localised[] }
  | {
      ok: true;
      /** null when not profitable even at 0 % */
      breakEvenRate: number | null;
      profitable: boolean;
      /** competitive and profitable range, null when none exists */
      suggested: { low: number; high: number } | null;
      /** one-line verdict */
      message: Localised;
      benchmark: ChosenBenchmark;
      curve: CurvePoint[];
      /** assumptions made for missing optional inputs */
      notes: Localised[];
      figures: {
        taxRate: number; netPriceJpy: number; feeJpy: number; commissionBaseJpy: number;
        keptUnits: number; returnedUnits: number; returnLossJpy: number; profitAtZeroJpy: number;
      };
    };

const MSG = {
  price: { zh_CN: '请输入售价（含税）', ja: '販売価格（税込）を入力してください', en: 'Enter a price (tax included)' },
  cogs: { zh_CN: '请输入商品成本（没有则填 0）', ja: '商品原価を入力してください（なければ 0）', en: 'Enter the cost of goods (0 if none)' },
  negative: { zh_CN: '金额不能为负数', ja: '金額にマイナスは使えません', en: 'Amounts cannot be negative' },
  returns: { zh_CN: '退货率需在 0% 到 100% 之间（不含 100%）', ja: '返品率は 0% 以上 100% 未満にしてください', en: 'Return rate must be from 0% to below 100%' },
  fee: { zh_CN: '平台手续费率需在 0% 到 100% 之间', ja: 'プラットフォーム手数料率は 0% 以上 100% 未満にしてください', en: 'Platform fee rate must be from 0% to below 100%' },
  tax: { zh_CN: '消费税率需在 0% 到 100% 之间', ja: '消費税率は 0% 以上 100% 未満にしてください', en: 'Tax rate must be from 0% to below 100%' },
  units: { zh_CN: '有样品成本时请输入预计销量', ja: 'サンプル費用がある場合は想定販売数を入力してください', en: 'Enter expected units to spread the sample cost over' },
  noShipping: { zh_CN: '未填运费，按 ¥0 计算', ja: '送料未入力のため ¥0 で計算', en: 'No shipping entered: counted as ¥0' },
  noReturns: { zh_CN: '未填退货率，按 0% 计算', ja: '返品率未入力のため 0% で計算', en: 'No return rate entered: counted as 0%' },
  noSamples: { zh_CN: '未填样品成本，按 ¥0 计算', ja: 'サンプル費用未入力のため ¥0 で計算', en: 'No sample cost entered: counted as ¥0' },
} satisfies Record<string, Localised>;

const FLOOR_EPSILON = 1e-9;

const given = (x: number | null | undefined): x is number => x != null && Number.isFinite(x);

export function adviseCommission(input: AdvisorInput): AdvisorResult {
  const problems: Localised[] = [];
  const notes: Localised[] = [];
  const { priceJpy, costOfGoodsJpy } = input;
  if (!given(priceJpy) || priceJpy < MIN_PRICE_JPY) problems.push(MSG.price);
  if (!given(costOfGoodsJpy)) problems.push(MSG.cogs);
  const amounts = [costOfGoodsJpy, input.shippingJpy, input.sampleCostJpy, input.expectedUnits];
  if (amounts.some((a) => given(a) && a < 0)) problems.push(MSG.negative);
  const returnRate = given(input.expectedReturnRate) ? input.expectedReturnRate : 0;
  if (!(returnRate >= 0 && returnRate < 1)) problems.push(MSG.returns);
  const feeRate = given(input.platformFeeRate) ? input.platformFeeRate : JP_PLATFORM_FEE_RATE;
  if (!(feeRate >= 0 && feeRate < 1)) problems.push(MSG.fee);
  const categoryId = categoryIdOf(input.category);
  const taxRate = given(input.taxRate) ? input.taxRate : taxRateForCategory(categoryId);
  if (!(taxRate >= 0 && taxRate < 1)) problems.push(MSG.tax);
  const samples = given(input.sampleCostJpy) ? input.sampleCostJpy : 0;
  const unitsGiven = given(input.expectedUnits) && input.expectedUnits > 0;
  if (samples > 0 && !unitsGiven) problems.push(MSG.units);
  if (problems.length > 0 || !given(priceJpy) || !given(costOfGoodsJpy)) return { ok: false, problems };

  if (!given(input.shippingJpy)) notes.push(MSG.noShipping);
  if (!given(input.expectedReturnRate)) notes.push(MSG.noReturns);
  if (!given(input.sampleCostJpy)) notes.push(MSG.noSamples);

  const shipping = given(input.shippingJpy) ? input.shippingJpy : 0;
  // Without samples the batch size cancels out, so one unit gives the same rates.
  const units = unitsGiven ? (input.expectedUnits as number) : 1;
  const gross = PRICE_INCLUDES_TAX ? priceJpy : priceJpy * (1 + taxRate);
  const net = gross / (1 + taxRate);
  const fee = feeRate * (FEE_BASE === 'taxIncluded' ? gross : net);
  const commissionBase = COMMISSION_BASE === 'taxIncluded' ? gross : net;
  const kept = units * (1 - returnRate);
  const returned = units * returnRate;
  const returnLoss = RETURN_SHIPPING_LEGS * shipping + (1 - RETURN_COGS_RECOVERY) * costOfGoodsJpy;
  const profitAt = (c: number) => kept * (net - costOfGoodsJpy - shipping - fee - c * commissionBase) - returned * returnLoss - samples;
  const profitAtZero = profitAt(0);
  const revenueKept = kept * net;

  const curve: CurvePoint[] = [];
  for (let i = 0; i <= CURVE_MAX_RATE_PERCENT; i++) {
    const rate = i / 100;
    const profitJpy = profitAt(rate);
    curve.push({ rate, margin: profitJpy / revenueKept, profitJpy });
  }

  const benchmark = input.benchmark ?? chooseBenchmark((input.table ?? BENCHMARKS_JP)[categoryId], null);
  const profitable = profitAtZero > 0;
  const breakEvenRate = profitable ? profitAtZero / (kept * commissionBase) : null;
  const figures = {
    taxRate, netPriceJpy: net, feeJpy: fee, commissionBaseJpy: commissionBase,
    keptUnits: kept, returnedUnits: returned, returnLossJpy: returnLoss, profitAtZeroJpy: profitAtZero,
  };
  const band = `${pct(benchmark.low)}–${pct(benchmark.high)}`;
  const name = benchmark.categoryName;

  if (breakEvenRate == null) {
    return {
      ok: true, breakEvenRate, profitable, suggested: null, benchmark, curve, notes, figures,
      message: {
        zh_CN: '即使佣金为 0% 也无法盈利：请提高售价或降低成本',
        ja: '報酬率 0% でも利益が出ません。価格を上げるかコストを下げてください',
        en: 'Not profitable even at 0% commission: raise the price or cut costs',
      },
    };
  }
  // Floor to 0.1 % so a displayed upper edge never exceeds break-even; the epsilon absorbs float noise
  // (1100-yen example: 173/1000 computes as 0.17299999…).
  const ceiling = Math.min(Math.floor(breakEvenRate * 1000 + FLOOR_EPSILON) / 1000, MAX_COMMISSION_RATE);
  const be = pct(breakEvenRate);
  if (ceiling < benchmark.low) {
    return {
      ok: true, breakEvenRate, profitable, suggested: null, benchmark, curve, notes, figures,
      message: {
        zh_CN: `盈亏平衡佣金率 ${be}，低于${name.zh_CN}常见区间 ${band}：按此成本难以有竞争力`,
        ja: `損益分岐の報酬率は ${be} で、${name.ja}の典型範囲 ${band} を下回ります。このコストでは競争力を保てません`,
        en: `Break-even commission ${be} is below the ${name.en} range ${band}: hard to be competitive at these costs`,
      },
    };
  }
  const suggested = { low: benchmark.low, high: Math.min(benchmark.high, ceiling) };
  const range = `${pct(suggested.low)}–${pct(suggested.high)}`;
  return {
    ok: true, breakEvenRate, profitable, suggested, benchmark, curve, notes, figures,
    message: {
      zh_CN: `盈亏平衡佣金率 ${be}；建议 ${range}（${name.zh_CN}常见 ${band}）`,
      ja: `損益分岐の報酬率 ${be}。推奨 ${range}（${name.ja}の典型 ${band}）`,
      en: `Break-even commission ${be}; suggested ${range} (${name.en} typical ${band})`,
    },
  };
}
