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

/** The category of the product whose row holds this figure, when the page told us that product. */
function categoryNear(element: Element, state: PageState): string | null {
  const row = element.closest('tr, li, [class*="row"], [class*="item"], [class*="card"]');
  const text = row?.textContent ?? '';
  if (!text) return null;
  for (const product of state.products.value.values()) {
    if (!product.category) continue;
    if (text.includes(product.id) || (product.name && text.includes(product.name.slice(0, 24)))) return product.category;
  }
  return null;
}
