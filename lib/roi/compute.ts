/**
 * Affiliate ROI from Seller Center order lines, the seller's cost entries and optional product costs.
 * Conventions (sources in lib/commission/pricing-basis.ts, which also fixes the bases):
 * - order amounts are tax-included; revenue for profit is tax-excluded (10 % standard, 8 % food, by category);
 * - refunded/returned units remove their share of GMV, estimated commission and platform fee;
 * - commission is the actual figure once settled, otherwise the estimate, and every row says which;
 * - "ROI" is Seller Center's ratio, GMV ÷ commission (really a ROAS, gross; about 1.1 ÷ the commission rate, so
 *   ranking by it only ranks commission rates); the default ranking is net profit, net of commission, platform fee,
 *   cost of goods, samples and shipping; "profit ROI" is net profit ÷ marketing cost (commission + cost entries);
 * - undefined ratios are null with a reason, never Infinity or NaN;
 * - yen figures are not rounded here; round when displaying.
 */
import type { Localised } from '../i18n';
import type { AffiliateOrder } from '../model';
import {
  categoryIdOf, COMMISSION_BASE, FEE_BASE, JP_PLATFORM_FEE_RATE, JP_STANDARD_TAX_RATE, taxRateForCategory,
} from '../commission';
import { periodKey, type Period } from './period';
import { breakEvenInPlace } from './break-even';

export interface CostEntry {
  /** where the entry came from (cost store id, `sample:<id>`, `note:<creator>:<event>`…), for the seller to trace it */
  source?: string;
  creatorId?: string | null;
  productId?: string | null;
  collaborationId?: string | null;
  kind: 'sample' | 'shipping' | 'other';
  amountJpy: number;
  /** epoch ms */
  at: number;
}

export interface ProductCost {
  productId: string;
  /** page category, for the tax rate */
  category?: string | null;
  /** cost of goods per unit, JPY; null = the seller did not give it */
  costOfGoodsJpy?: number | null;
}

export interface RoiOptions {
  /** default JP_PLATFORM_FEE_RATE (7 %) */
  platformFeeRate?: number;
}

export type CommissionBasis = 'actual' | 'estimated' | 'mixed' | 'unknown';

export interface LineRoi {
  orderId: string;
  units: number | null;
  /** units refunded or returned (the larger of the two counts: a return is normally also a refund) [G] */
  removedUnits: number;
  keptShare: number;
  taxRate: number;
  grossGmvInclTaxJpy: number;
  gmvInclTaxJpy: number;
  gmvExclTaxJpy: number;
  refundedGmvInclTaxJpy: number;
  commissionJpy: number | null;
  commissionBasis: 'actual' | 'estimated' | 'unknown';
  platformFeeJpy: number;
  /** null when the seller gave no cost of goods for the product */
  cogsJpy: number | null;
  /** tax-excluded GMV − fee − commission − cost of goods (when known); cost entries are not per line */
  netProfitJpy: number;
  roi: RatioResult;
}

export interface RatioResult {
  value: number | null;
  /** why value is null */
  reason: Localised | null;
  label: Localised;
}

export interface RoiRow {
  key: string;
  groupBy: GroupBy;
  /** creator handle / product name when the orders name one */
  label: string | null;
  orders: number;
  units: number;
  removedUnits: number;
  grossGmvInclTaxJpy: number;
  gmvInclTaxJpy: number;
  gmvExclTaxJpy: number;
  refundedGmvInclTaxJpy: number;
  commissionJpy: number;
  commissionBasis: CommissionBasis;
  /** lines whose commission was unknown (counted as 0 in commissionJpy) */
  commissionUnknownLines: number;
  platformFeeJpy: number;
  sampleCostJpy: number;
  shippingCostJpy: number;
  otherCostJpy: number;
  cogsJpy: number;
  /** false when some lines had no cost of goods: profit then leaves those out */
  cogsComplete: boolean;
  marketingCostJpy: number;
  netProfitJpy: number;
  roi: RatioResult;
  profitRoi: RatioResult;
  /** products sold in this row at a commission above their break-even (needs the product's cost of goods) */
  aboveBreakEven: BreakEvenBreach[];
}

export interface BreakEvenBreach {
  productId: string;
  productName: string | null;
  commissionRate: number;
  /** null = loses money even at 0 % */
  breakEvenRate: number | null;
}

export type GroupBy = 'creator' | 'product' | 'collaboration' | Period;

/** Key for orders or costs that do not name the grouped-by thing (no creator, no date…). */
export const UNASSIGNED_KEY = '(none)';

export const ROI_LABEL: Localised = { zh_CN: 'ROI（GMV ÷ 佣金）', ja: 'ROI（GMV ÷ 報酬）', en: 'ROI (GMV ÷ commission)' };
export const PROFIT_ROI_LABEL: Localised = {
  zh_CN: '利润 ROI（净利润 ÷ 营销成本）', ja: '利益 ROI（純利益 ÷ マーケティング費用）', en: 'Profit ROI (net profit ÷ marketing cost)',
};
const NO_COMMISSION: Localised = { zh_CN: '无：未支付佣金', ja: 'なし：報酬の支払いなし', en: 'n/a: no commission paid' };
const NO_COST: Localised = { zh_CN: '无：没有营销成本', ja: 'なし：マーケティング費用なし', en: 'n/a: no marketing cost' };

const num = (x: number | null | undefined): number | null => (x != null && Number.isFinite(x) ? x : null);

/** One order line. `product` supplies the tax category and cost of goods when known. */
export function computeLine(order: AffiliateOrder, product?: ProductCost | null, options: RoiOptions = {}): LineRoi {
  const feeRate = options.platformFeeRate ?? JP_PLATFORM_FEE_RATE;
  const units = num(order.quantity);
  const removedRaw = Math.max(num(order.refundedUnits) ?? 0, num(order.returnedUnits) ?? 0, 0);
  const removedUnits = units != null && units > 0 ? Math.min(removedRaw, units) : 0;
  // Without a quantity the refund share cannot be known; the line counts in full.
  const keptShare = units != null && units > 0 ? (units - removedUnits) / units : 1;
  const taxRate = product?.category != null ? taxRateForCategory(categoryIdOf(product.category)) : JP_STANDARD_TAX_RATE;
  const gross = num(order.amountJpy) ?? 0;
  const gmvIncl = gross * keptShare;
  const gmvExcl = gmvIncl / (1 + taxRate);

  let commissionJpy: number | null = null;
  let commissionBasis: LineRoi['commissionBasis'] = 'unknown';
  const actual = num(order.commissionActualJpy);
  const estimated = num(order.commissionEstimatedJpy);
  const rate = num(order.commissionRate);
  if (order.settled === true && actual != null) {
    // Settled commission is final and already reflects refunds.
    commissionJpy = actual;
    commissionBasis = 'actual';
  } else if (estimated != null) {
    commissionJpy = estimated * keptShare;
    commissionBasis = 'estimated';
  } else if (rate != null) {
    commissionJpy = rate * (COMMISSION_BASE === 'taxIncluded' ? gmvIncl : gmvExcl);
    commissionBasis = 'estimated';
  }

  const platformFeeJpy = feeRate * (FEE_BASE === 'taxIncluded' ? gmvIncl : gmvExcl);
  const unitCost = num(product?.costOfGoodsJpy);
  // Cost of goods for kept units only [E]: returned goods are assumed resaleable, refund-only lines mostly never shipped.
  const keptUnits = units != null ? units - removedUnits : null;
  const cogsJpy = unitCost != null && keptUnits != null ? unitCost * keptUnits : null;

  return {
    orderId: order.orderId, units, removedUnits, keptShare, taxRate,
    grossGmvInclTaxJpy: gross, gmvInclTaxJpy: gmvIncl, gmvExclTaxJpy: gmvExcl, refundedGmvInclTaxJpy: gross - gmvIncl,
    commissionJpy, commissionBasis, platformFeeJpy, cogsJpy,
    netProfitJpy: gmvExcl - platformFeeJpy - (commissionJpy ?? 0) - (cogsJpy ?? 0),
    roi: ratio(gmvIncl, commissionJpy ?? 0, ROI_LABEL, NO_COMMISSION),
  };
}

function ratio(numerator: number, denominator: number, label: Localised, whenZero: Localised): RatioResult {
  if (!(denominator > 0) || !Number.isFinite(numerator)) return { value: null, reason: whenZero, label };
  return { value: numerator / denominator, reason: null, label };
}

function orderKey(order: AffiliateOrder, groupBy: GroupBy): string | null {
  switch (groupBy) {
    case 'creator': return order.creatorId;
    case 'product': return order.productId;
    case 'collaboration': return order.collaborationId;
    default: return order.createdAt != null ? periodKey(order.createdAt, groupBy) : null;
  }
}

function costKey(cost: CostEntry, groupBy: GroupBy): string | null {
  switch (groupBy) {
    case 'creator': return cost.creatorId ?? null;
    case 'product': return cost.productId ?? null;
    case 'collaboration': return cost.collaborationId ?? null;
    default: return Number.isFinite(cost.at) ? periodKey(cost.at, groupBy) : null;
  }
}

function emptyRow(key: string, groupBy: GroupBy): RoiRow {
  return {
    key, groupBy, label: null, orders: 0, units: 0, removedUnits: 0,
    grossGmvInclTaxJpy: 0, gmvInclTaxJpy: 0, gmvExclTaxJpy: 0, refundedGmvInclTaxJpy: 0,
    commissionJpy: 0, commissionBasis: 'unknown', commissionUnknownLines: 0, platformFeeJpy: 0,
    sampleCostJpy: 0, shippingCostJpy: 0, otherCostJpy: 0, cogsJpy: 0, cogsComplete: true,
    marketingCostJpy: 0, netProfitJpy: 0,
    roi: { value: null, reason: NO_COMMISSION, label: ROI_LABEL },
    profitRoi: { value: null, reason: NO_COST, label: PROFIT_ROI_LABEL },
    aboveBreakEven: [],
  };
}

/**
 * The line's commission rate against its product's break-even at the price actually paid per unit; null when the
 * product has no cost of goods, or the line has no rate, quantity or amount.
 */
function breachOf(order: AffiliateOrder, line: LineRoi, product: ProductCost | null | undefined, options: RoiOptions): BreakEvenBreach | null {
  if (order.productId == null || product?.costOfGoodsJpy == null || line.units == null || line.units <= 0) return null;
  const unitPrice = line.grossGmvInclTaxJpy / line.units;
  const base = COMMISSION_BASE === 'taxIncluded' ? line.gmvInclTaxJpy : line.gmvExclTaxJpy;
  const rate = num(order.commissionRate) ?? (line.commissionJpy != null && base > 0 ? line.commissionJpy / base : null);
  if (rate == null || !(unitPrice > 0)) return null;
  const chip = breakEvenInPlace({
    priceJpy: unitPrice, costOfGoodsJpy: product.costOfGoodsJpy, category: product.category ?? null, commissionRate: rate,
    platformFeeRate: options.platformFeeRate ?? null,
  });
  if (chip.kind !== 'ok' || !chip.aboveBreakEven) return null;
  return { productId: order.productId, productName: order.productName, commissionRate: rate, breakEvenRate: chip.breakEvenRate };
}

export interface RoiInput {
  orders: readonly AffiliateOrder[];
  costs?: readonly CostEntry[];
  products?: readonly ProductCost[];
  groupBy: GroupBy;
  options?: RoiOptions;
}

/** Rows per creator / product / collaboration / Tokyo day, week or month, plus a total row. */
export function computeRoi({ orders, costs = [], products = [], groupBy, options = {} }: RoiInput): { rows: RoiRow[]; total: RoiRow } {
  const productById = new Map(products.map((p) => [p.productId, p]));
  const rows = new Map<string, RoiRow>();
  const basisSeen = new Map<string, Set<'actual' | 'estimated'>>();
  const rowFor = (key: string | null) => {
    const k = key ?? UNASSIGNED_KEY;
    let row = rows.get(k);
    if (!row) rows.set(k, (row = emptyRow(k, groupBy)));
    return row;
  };

  for (const order of orders) {
    const line = computeLine(order, order.productId != null ? productById.get(order.productId) : null, options);
    const row = rowFor(orderKey(order, groupBy));
    if (row.label == null) row.label = groupBy === 'creator' ? order.creatorHandle : groupBy === 'product' ? order.productName : null;
    row.orders += 1;
    row.units += line.units ?? 0;
    row.removedUnits += line.removedUnits;
    row.grossGmvInclTaxJpy += line.grossGmvInclTaxJpy;
    row.gmvInclTaxJpy += line.gmvInclTaxJpy;
    row.gmvExclTaxJpy += line.gmvExclTaxJpy;
    row.refundedGmvInclTaxJpy += line.refundedGmvInclTaxJpy;
    row.platformFeeJpy += line.platformFeeJpy;
    if (line.commissionJpy == null) row.commissionUnknownLines += 1;
    else {
      row.commissionJpy += line.commissionJpy;
      const seen = basisSeen.get(row.key) ?? new Set();
      seen.add(line.commissionBasis as 'actual' | 'estimated');
      basisSeen.set(row.key, seen);
    }
    if (line.cogsJpy == null) row.cogsComplete = false;
    else row.cogsJpy += line.cogsJpy;
    const breach = breachOf(order, line, order.productId != null ? productById.get(order.productId) : null, options);
    if (breach && !row.aboveBreakEven.some((b) => b.productId === breach.productId && b.commissionRate === breach.commissionRate)) {
      row.aboveBreakEven.push(breach);
    }
  }

  for (const cost of costs) {
    if (!Number.isFinite(cost.amountJpy)) continue;
    const row = rowFor(costKey(cost, groupBy));
    if (cost.kind === 'sample') row.sampleCostJpy += cost.amountJpy;
    else if (cost.kind === 'shipping') row.shippingCostJpy += cost.amountJpy;
    else row.otherCostJpy += cost.amountJpy;
  }

  const list = [...rows.values()];
  for (const row of list) {
    const seen = basisSeen.get(row.key);
    row.commissionBasis = !seen || seen.size === 0 ? 'unknown' : seen.size > 1 ? 'mixed' : [...seen][0]!;
    finish(row);
  }
  const total = emptyRow('total', groupBy);
  for (const row of list) {
    for (const k of [
      'orders', 'units', 'removedUnits', 'grossGmvInclTaxJpy', 'gmvInclTaxJpy', 'gmvExclTaxJpy', 'refundedGmvInclTaxJpy',
      'commissionJpy', 'commissionUnknownLines', 'platformFeeJpy', 'sampleCostJpy', 'shippingCostJpy', 'otherCostJpy', 'cogsJpy',
    ] as const) total[k] += row[k];
    total.cogsComplete &&= row.cogsComplete;
    for (const breach of row.aboveBreakEven) {
      if (!total.aboveBreakEven.some((b) => b.productId === breach.productId && b.commissionRate === breach.commissionRate)) total.aboveBreakEven.push(breach);
    }
  }
  const bases = new Set(list.map((r) => r.commissionBasis).filter((b) => b !== 'unknown'));
  total.commissionBasis = bases.size === 0 ? 'unknown' : bases.size > 1 || bases.has('mixed') ? 'mixed' : [...bases][0]!;
  finish(total);
  return { rows: list, total };
}

function finish(row: RoiRow): void {
  row.marketingCostJpy = row.commissionJpy + row.sampleCostJpy + row.shippingCostJpy + row.otherCostJpy;
  row.netProfitJpy = row.gmvExclTaxJpy - row.platformFeeJpy - row.cogsJpy - row.marketingCostJpy;
  row.roi = ratio(row.gmvInclTaxJpy, row.commissionJpy, ROI_LABEL, NO_COMMISSION);
  row.profitRoi = ratio(row.netProfitJpy, row.marketingCostJpy, PROFIT_ROI_LABEL, NO_COST);
}

/** CNY at the seller's rate (CNY per 1 JPY), rounded to the fen; null when either is unknown or the rate is not positive. */
export function toCny(jpy: number | null | undefined, cnyPerJpy: number | null | undefined): number | null {
  if (jpy == null || cnyPerJpy == null || !Number.isFinite(jpy) || !Number.isFinite(cnyPerJpy) || cnyPerJpy <= 0) return null;
  return Math.round(jpy * cnyPerJpy * 100) / 100;
}

/** Rows ranked by net profit, best first (the default ROI view); ties by GMV. */
export function rankByProfit(rows: readonly RoiRow[]): RoiRow[] {
  return [...rows].sort((a, b) => b.netProfitJpy - a.netProfitJpy || b.gmvInclTaxJpy - a.gmvInclTaxJpy);
}
