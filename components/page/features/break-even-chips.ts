/**
 * Collaboration create: beside each product's commission input, a display-only chip with the product's break-even
 * commission (from its price in the page's own product answer and the seller's saved cost of goods) and the
 * category's competitive band. The background computes the view (lib/page-view/break-even.ts); the chip is text only:
 * no input, no cost figure, nothing the page could submit. When no cost is saved the chip says so.
 */
import { figureRowTexts, findCommissionFigures } from '../../../lib/seller-center/dom';
import type { BreakEvenView } from '../../../lib/page-view/schemas';
import { chipHost, createShownChips, renderTextChip } from '../chip-dom';
import { ask } from '../messaging';
import { definePageFeature } from '../registry';

const MAX_INPUTS = 100;
const TAG = 'mitate-breakeven';

const shown = new WeakMap<HTMLElement, string>();
const shownChips = createShownChips();
/** inputs whose typing already asks for an update (the typed rate decides "above break-even") */
const watched = new WeakSet<HTMLInputElement>();

export const breakEvenChips = definePageFeature({
  id: 'break-even-chips',
  pages: ['targetCollabCreate'],
  async update(context) {
    const inputs = findCommissionFigures(document)
      .filter((f): f is { element: HTMLInputElement; rate: number } => f.element instanceof HTMLInputElement && !f.element.closest('mitate-badge, mitate-chip, mitate-breakeven'))
      .slice(0, MAX_INPUTS);
    if (!inputs.length) {
      shownChips.keepOnly(new Set());
      return;
    }
    for (const { element } of inputs) {
      if (watched.has(element)) continue;
      watched.add(element);
      element.addEventListener('input', () => context.requestUpdate(), { passive: true });
    }
    const reply = await ask<{ chips: Array<BreakEvenView | null> }>({
      type: 'breakEvenChips',
      url: context.url,
      figures: inputs.map((f) => ({ rate: f.rate, context: figureRowTexts(f.element) })),
    });
    if (!reply.ok || !context.isValid()) return;
    const drawn = new Set<HTMLElement>();
    inputs.forEach((figure, i) => {
      const view = reply.data.chips[i];
      const placed = view ? chipHost(context.hosts, figure.element, TAG) : null;
      if (!view || !placed) return;
      const { host, container } = placed;
      drawn.add(host);
      const key = `${view.state}|${view.text}|${view.bandText}|${view.above}|${view.detail}`;
      if (shown.get(container) === key) return;
      shown.set(container, key);
      container.replaceChildren(renderTextChip({
        className: `mt-breakeven-chip mt-breakeven-chip--${view.state}${view.above ? ' mt-breakeven-chip--above' : ''}`,
        title: view.detail,
        ariaLabel: view.ariaLabel,
        data: { state: view.state, above: String(view.above) },
        main: { className: 'mt-breakeven-chip__rate', text: view.text },
        qualifier: { className: 'mt-breakeven-chip__band', text: view.bandText },
      }));
    });
    shownChips.keepOnly(drawn);
  },
});
