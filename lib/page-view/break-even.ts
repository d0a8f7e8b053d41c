/**
 * The break-even chip's view, built in the background: from the product's price as the page's own answer gave it
 * (product_selection), the seller's saved cost of goods and the category's competitive band (the band the commission
 * chip places rates in). Only the rate and the band go to the page, never the cost (lib/page-view/schemas.ts).
 */
import { t, type Lang } from '../i18n';
import { basisText, JP_PLATFORM_FEE_RATE, pct, type BenchmarkContext } from '../commission';
import { formatJpy } from '../format';
import { breakEvenInPlace } from '../roi/break-even';
import type { Product } from '../model';
import type { BreakEvenView } from './schemas';

export interface BreakEvenViewInput {
  product: Pick<Product, 'priceJpy' | 'category'>;
  /** the seller's saved cost of goods per unit; null = none saved */
  costOfGoodsJpy: number | null;
  /** the rate typed in the commission input, as a fraction; null when the input holds no rate */
  commissionRate: number | null;
}

export function buildBreakEvenView(lang: Lang, input: BreakEvenViewInput, benchmarks: BenchmarkContext): BreakEvenView {
  const benchmark = benchmarks.benchmarkFor(input.product.category);
  const bandText = t(lang, 'beChipBand', pct(benchmark.low), pct(benchmark.high));
  const chip = breakEvenInPlace({
    priceJpy: input.product.priceJpy, costOfGoodsJpy: input.costOfGoodsJpy, category: input.product.category,
    benchmark, commissionRate: input.commissionRate,
  });
  const view = (state: BreakEvenView['state'], text: string, detail: string, above = false): BreakEvenView => ({
    state, text, bandText, above, detail: `${detail}\n${basisText(lang, benchmark)}`,
    ariaLabel: [text, above ? t(lang, 'beChipAbove') : null, bandText].filter(Boolean).join('; '),
  });
  if (chip.kind === 'noCost') return view('noCost', t(lang, 'beChipNoCost'), t(lang, 'beChipNoCostDetail'));
  if (chip.kind === 'noPrice') return view('noPrice', t(lang, 'beChipNoPrice'), t(lang, 'beChipNoPriceDetail'));
  const price = formatJpy(lang, input.product.priceJpy ?? null);
  if (chip.breakEvenRate == null) return view('loss', t(lang, 'beChipLoss'), t(lang, 'beChipDetail', price, pct(JP_PLATFORM_FEE_RATE)), true);
  return view('ok', t(lang, 'beChipRate', pct(chip.breakEvenRate)), t(lang, 'beChipDetail', price, pct(JP_PLATFORM_FEE_RATE)), chip.aboveBreakEven);
}
