/** A benchmark chip beside each commission figure or commission input; the background places the rate. */
import { figureRowTexts, findCommissionFigures } from '../../../lib/seller-center/dom';
import { COMMISSION_LABEL_PATTERN } from '../../../lib/seller-center/selectors';
import type { ChipView } from '../../../lib/page-view/schemas';
import { chipHost, createShownChips, renderTextChip } from '../chip-dom';
import { ask } from '../messaging';
import { definePageFeature } from '../registry';

const MAX_FIGURES = 300;

const shown = new WeakMap<HTMLElement, string>();
const shownChips = createShownChips();
let last: { key: string; freshness: number; chips: Array<ChipView | null> } | null = null;
/** the page version at which the page named no commission (null: not read yet, or the update gave no version) */
let noCommissionAt: number | null = null;

export const commissionChips = definePageFeature({
  id: 'commission-chips',
  pages: ['find', 'creatorDetail', 'sampleRequests', 'targetCollab', 'targetCollabCreate', 'orders', 'openCollab'],
  async update(context) {
    // Most rescans of a list happen on pages that name no commission at all: one native text read rules them out,
    // read again only once the page changed
    if (context.pageVersion !== undefined && context.pageVersion === noCommissionAt) return;
    if (!COMMISSION_LABEL_PATTERN.test(document.body.textContent ?? '')) {
      noCommissionAt = context.pageVersion ?? null;
      shownChips.keepOnly(new Set());
      return;
    }
    const figures = findCommissionFigures(document).filter((f) => !f.element.closest('mitate-badge, mitate-chip')).slice(0, MAX_FIGURES);
    if (!figures.length) {
      shownChips.keepOnly(new Set());
      return;
    }
    const asked = figures.map((f) => ({ rate: f.rate, context: figureRowTexts(f.element) }));
    // the same figures in the same rows, no fresher views: the last answer still holds (no message, no new views)
    const key = `${context.url}\n${JSON.stringify(asked)}`;
    let chips = last && last.key === key && last.freshness === (context.freshness ?? 0) ? last.chips : null;
    if (!chips) {
      const reply = await ask<{ chips: Array<ChipView | null> }>({ type: 'commissionChips', url: context.url, figures: asked });
      if (!reply.ok || !context.isValid()) return;
      chips = reply.data.chips;
      last = { key, freshness: context.freshness ?? 0, chips };
    }
    const drawn = new Set<HTMLElement>();
    figures.forEach((figure, i) => {
      const view = chips[i];
      const placed = view ? chipHost(context.hosts, figure.element, 'mitate-chip') : null;
      if (!view || !placed) return;
      const { host, container } = placed;
      drawn.add(host);
      const key = `${view.position}|${view.rateText}|${view.detail}`;
      if (shown.get(container) === key) return;
      shown.set(container, key);
      container.replaceChildren(renderTextChip({
        className: `mt-commission-chip mt-commission-chip--${view.position}`,
        title: view.detail,
        ariaLabel: view.ariaLabel,
        data: { position: view.position },
        main: { className: 'mt-commission-chip__rate', text: view.rateText },
        qualifier: { className: 'mt-commission-chip__pos', text: view.shortText },
      }));
    });
    shownChips.keepOnly(drawn);
  },
});

