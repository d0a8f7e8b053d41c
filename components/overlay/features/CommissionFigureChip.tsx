/** A benchmark chip beside a commission figure or commission input on the affiliate pages. */
import type { Lang } from '../../../lib/i18n';
import { placeRate } from '../../../lib/commission';
import { CommissionChip } from '../../commission/CommissionChip';
import type { PageState } from '../page-state';
import type { OverlayServices } from '../services';

export function CommissionFigureChip({ lang, rate, element, state, services }: {
  lang: Lang; rate: number; element: Element; state: PageState; services: OverlayServices;
}) {
  const category = categoryNear(element, state);
  const basis = services.benchmarkFor(category);
  return <CommissionChip lang={lang} rate={rate} placement={placeRate(rate, basis)} basis={basis} />;
}

const ROW_SELECTOR = 'tr, li, [class*="row"], [class*="item"], [class*="card"]';

/**
 * The category of the product whose row holds this figure, when the page told us that product. The nearest
 * row-like ancestor is often just the form item around the input ("arco-form-item"), so look outward until a
 * table row / list item, and accept an ancestor only when it names exactly one known product.
 */
function categoryNear(element: Element, state: PageState): string | null {
  for (let row = element.closest(ROW_SELECTOR); row; row = row.parentElement?.closest(ROW_SELECTOR) ?? null) {
    const text = row.textContent ?? '';
    const categories = new Set<string>();
    let named = 0;
    for (const product of state.products.value.values()) {
      if (text.includes(product.id) || (product.name && text.includes(product.name.slice(0, 24)))) {
        named += 1;
        if (product.category) categories.add(product.category);
      }
    }
    if (named === 1) return categories.size === 1 ? [...categories][0]! : null;
    if (named > 1 || row.matches('tr, li')) return null;
  }
  return null;
}
