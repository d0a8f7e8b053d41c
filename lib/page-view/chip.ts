/** Builds the display-only commission chip view for a figure on the page, and finds the product it belongs to. */
import { t, type Lang } from '../i18n';
import { basisText, pct, placeRate, type BenchmarkContext } from '../commission';
import type { PageData, Product } from '../model';
import type { ChipView } from './schemas';
import { dropOldest } from '../collections';

const SHORT_KEY = { below: 'cmChipBelow', within: 'cmChipWithin', above: 'cmChipAbove' } as const;

type ProductRef = Pick<Product, 'id' | 'name' | 'category'>;

/**
 * The product whose row holds a figure. `rowTexts` are the texts of the figure's enclosing rows, innermost first
 * (the page script sends up to three); a row counts only when it names exactly one known product, since the nearest
 * "row" is often just the form item around the input. 'ambiguous' when a row names two or more.
 */
function productOrAmbiguous<P extends Pick<Product, 'id' | 'name'>>(rowTexts: readonly string[], products: readonly P[]): P | 'ambiguous' | null {
  for (const text of rowTexts) {
    const named = products.filter((p) => text.includes(p.id) || (p.name != null && p.name !== '' && text.includes(p.name.slice(0, 24))));
    if (named.length === 1) return named[0]!;
    if (named.length > 1) return 'ambiguous';
  }
  return null;
}

/** The one known product the figure's rows name, or null. */
export function productForRows<P extends Pick<Product, 'id' | 'name'>>(rowTexts: readonly string[], products: readonly P[]): P | null {
  const product = productOrAmbiguous(rowTexts, products);
  return product === 'ambiguous' ? null : product;
}

/**
 * Every product Mitate has seen anywhere, with the best name and category known for it. Orders carry no category
 * (and order rows name the product only by its title): without this, a rate on the orders page would be placed
 * against the 'other' band while the same product's plan page places it against its own category.
 * Bounded: the oldest entries go first.
 */
export function createProductCatalogue(max = 2000) {
  const byId = new Map<string, ProductRef>();
  const learn = (id: string, name: string | null, category: string | null) => {
    const known = byId.get(id);
    const merged = { id, name: name ?? known?.name ?? null, category: category ?? known?.category ?? null };
    if (known && known.name === merged.name && known.category === merged.category) return;
    byId.delete(id);
    byId.set(id, merged);
    dropOldest(byId, max);
  };
  return {
    /** products, plan products (id + category) and order lines (id + title) of one page answer */
    learnPage(data: Pick<PageData, 'products' | 'collaborations' | 'orders'>): void {
      for (const p of data.products) learn(p.id, p.name, p.category);
      for (const c of data.collaborations) for (const p of c.products) learn(p.productId, null, p.category);
      for (const o of data.orders) if (o.productId) learn(o.productId, o.productName, null);
    },
    learnProducts(products: readonly ProductRef[]): void {
      for (const p of products) learn(p.id, p.name, p.category);
    },
    get size(): number { return byId.size; },
    /**
     * The category for each figure (its rows' texts): the product this tab's rows name (its category, or the one
     * learned elsewhere for the same product), else the one product any page has shown that the rows name.
     */
    categoriesFor(contexts: ReadonlyArray<readonly string[]>, tabProducts: readonly ProductRef[]): Array<string | null> {
      const categorised = [...byId.values()].filter((p) => p.category != null);
      return contexts.map((rowTexts) => {
        const onTab = productOrAmbiguous(rowTexts, tabProducts);
        if (onTab === 'ambiguous') return null;
        if (onTab) return onTab.category ?? byId.get(onTab.id)?.category ?? null;
        const seen = productOrAmbiguous(rowTexts, categorised);
        return seen && seen !== 'ambiguous' ? seen.category : null;
      });
    },
  };
}
export type ProductCatalogue = ReturnType<typeof createProductCatalogue>;

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
