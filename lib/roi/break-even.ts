/**
 * Break-even commission in place: from a product's tax-included price and the seller's saved cost of goods, the
 * commission rate at which one kept sale makes ¥0 (no shipping, returns or samples: those are not known per product
 * on the collaboration-create page), beside the category's competitive band. Same formula as the popup's advisor
 * (lib/commission/advisor.ts), so the two never disagree.
 */
import { adviseCommission, type ChosenBenchmark } from '../commission';

export type BreakEvenChip =
  /** no saved cost of goods: the chip asks for one */
  | { kind: 'noCost' }
  /** the page shows no usable price */
  | { kind: 'noPrice' }
  | {
      kind: 'ok';
      /** null when the product loses money even at 0 % */
      breakEvenRate: number | null;
      /** the category's competitive band (lib/commission benchmark context) */
      band: { low: number; mid: number; high: number };
      /** the rate typed in the commission input, when given */
      commissionRate: number | null;
      /** true when commissionRate is above break-even (or there is no break-even at all) */
      aboveBreakEven: boolean;
    };

export interface BreakEvenInput {
  /** tax-included price as the page shows it */
  priceJpy: number | null | undefined;
  /** the seller's saved cost of goods per unit (productCosts store), null = none saved */
  costOfGoodsJpy: number | null | undefined;
  category?: string | null;
  /** from BenchmarkContext.benchmarkFor(category) */
  benchmark?: ChosenBenchmark;
  /** the commission being typed, as a fraction */
  commissionRate?: number | null;
  platformFeeRate?: number | null;
}

export function breakEvenInPlace(input: BreakEvenInput): BreakEvenChip {
  if (input.costOfGoodsJpy == null || !Number.isFinite(input.costOfGoodsJpy)) return { kind: 'noCost' };
  if (input.priceJpy == null || !Number.isFinite(input.priceJpy) || input.priceJpy <= 0) return { kind: 'noPrice' };
  const advice = adviseCommission({
    priceJpy: input.priceJpy, costOfGoodsJpy: input.costOfGoodsJpy, category: input.category ?? null,
    benchmark: input.benchmark, platformFeeRate: input.platformFeeRate ?? null, shippingJpy: 0, expectedReturnRate: 0,
  });
  if (!advice.ok) return { kind: 'noPrice' };
  const rate = input.commissionRate != null && Number.isFinite(input.commissionRate) ? input.commissionRate : null;
  return {
    kind: 'ok',
    breakEvenRate: advice.breakEvenRate,
    band: { low: advice.benchmark.low, mid: advice.benchmark.mid, high: advice.benchmark.high },
    commissionRate: rate,
    aboveBreakEven: rate != null && (advice.breakEvenRate == null || rate > advice.breakEvenRate + 1e-9),
  };
}
