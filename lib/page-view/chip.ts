/** Builds the display-only commission chip view for a figure on the page, and finds the product it belongs to. */
import { t, type Lang } from '../i18n';
import { basisText, pct, placeRate, type BenchmarkContext } from '../commission';
import type { Product } from '../model';
import type { ChipView } from './schemas';

const SHORT_KEY = { below: 'cmChipBelow', within: 'cmChipWithin', above: 'cmChipAbove' } as const;

/**
 * The category of the product whose row holds a figure. `rowTexts` are the texts of the figure's enclosing rows,
 * innermost first (the page script sends up to three); a row counts only when it names exactly one known product,
 * since the nearest "row" is often just the form item around the input.
 */
export function categoryForRows(rowTexts: readonly string[], products: readonly Pick<Product, 'id' | 'name' | 'category'>[]): string | null {
  return productForRows(rowTexts, products)?.category ?? null;
}

/** The one known product the figure's rows name (same rule as categoryForRows), or null. */
export function productForRows<P extends Pick<Product, 'id' | 'name'>>(rowTexts: readonly string[], products: readonly P[]): P | null {
  for (const text of rowTexts) {
    const named = products.filter((p) => text.includes(p.id) || (p.name != null && p.name !== '' && text.includes(p.name.slice(0, 24))));
    if (named.length === 1) return named[0]!;
    if (named.length > 1) return null;
  }
  return null;
}

export function buildChipView(lang: Lang, rate: number, category: string | null, benchmarks: BenchmarkContext): ChipView {
  const basis = benchmarks.benchmarkFor(category);
  const placement = placeRate(rate, basis);
  const detail = [placement.label[lang], basisText(lang, basis)].join('\n');
  return {
    position: placement.position,
    rateText: pct(rate),
    shortText: t(lang, SHORT_KEY[placement.position]),
    detail,
    ariaLabel: t(lang, 'cmChipAria', pct(rate), detail.replace(/\n/g, '; ')),
  };
}
