/**
 * In-row overlays: a score badge on each creator card of the Find creators list and a benchmark chip beside
 * each commission figure. Rescans after the page's DOM settles (debounced, idle time), never on the hot path.
 */
import { effect } from '@preact/signals';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findCommissionFigures, ownText, readCreatorCards } from '../../lib/seller-center';
import { createInlineHosts } from './inline-host';
import { normaliseHandle, type PageState } from './page-state';
import type { OverlayServices } from './services';
import { LIST_DATA_WAIT_MS, ListBadge } from './features/ListBadge';
import { CommissionFigureChip } from './features/CommissionFigureChip';

const RESCAN_DELAY_MS = 250;
/** Badge offset from the end of the handle text; the same as `.mt-inline`'s left/top in overlay.css. */
const BADGE_GAP_PX = 6;
const BADGE_TOP_PX = -2;

export function startInlineOverlays(ctx: ContentScriptContext, state: PageState, services: OverlayServices, css: string) {
  const hosts = createInlineHosts(css);
  let timer: number | undefined;

  const scan = () => {
    timer = undefined;
    if (ctx.isInvalid) return;
    const lang = services.lang.value;
    const kind = state.pageKind.value;
    if (kind === 'find') {
      const byHandle = state.creatorsByHandle.value;
      for (const card of readCreatorCards(document)) {
        const creator = card.handle ? byHandle.get(normaliseHandle(card.handle)) ?? null : null;
        const anchor = badgeAnchor(card.element, card.handle);
        // A handle that truncates itself (overflow hidden + ellipsis) would clip a badge inside it: sit beside it.
        const clips = anchor.parentElement && anchor !== card.element && getComputedStyle(anchor).overflowX !== 'visible';
        const { host, container } = clips ? hosts.ensure(anchor.parentElement!, 'mitate-badge', anchor) : hosts.ensure(anchor, 'mitate-badge');
        if (clips) placeAfterText(host, container, anchor);
        render(<ListBadge lang={lang} creator={creator} services={services} handle={card.handle} />, container);
      }
    }
    if (kind !== 'other') {
      for (const figure of findCommissionFigures(document)) {
        const anchor = figure.element instanceof HTMLInputElement ? figure.element.parentElement : figure.element;
        if (!anchor) continue;
        const { container } = hosts.ensure(anchor, 'mitate-chip');
        render(<CommissionFigureChip lang={lang} rate={figure.rate} element={figure.element} state={state} services={services} />, container);
      }
    }
  };

  const schedule = () => {
    if (timer !== undefined) return;
    timer = ctx.setTimeout(() => {
      const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
      if (idle) idle(scan, { timeout: 500 });
      else scan();
    }, RESCAN_DELAY_MS);
  };

  const observer = new MutationObserver((records) => {
    // Our own hosts changing must not trigger another scan.
    if (records.every((r) => isOurs(r.target))) return;
    schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value'] });
  ctx.onInvalidated(() => observer.disconnect());
  // Input values typed by the seller change no attribute: listen for input too.
  ctx.addEventListener(document, 'input', schedule, { capture: true });
  // Badges placed beside a truncated handle are offset by its measured text width.
  ctx.addEventListener(window, 'resize', schedule);
  const dispose = effect(() => {
    void state.creators.value;
    void state.products.value;
    void state.url.value;
    void services.lang.value;
    void services.benchmarks.value;
    void services.stored.value;
    schedule();
  });
  ctx.onInvalidated(dispose);
  // Cards still without data when the wait is over turn from "scoring…" to "unavailable".
  ctx.setTimeout(schedule, Math.max(0, LIST_DATA_WAIT_MS - performance.now()) + 100);
}

/** Beside the handle text when we can find it; else in the first cell, never directly in a <tr>. */
function badgeAnchor(card: Element, handle: string | null): Element {
  if (handle) {
    const wanted = normaliseHandle(handle);
    for (const el of Array.from(card.querySelectorAll('span, div, p, a, strong, b'))) {
      if (normaliseHandle(ownText(el)) === wanted) return el;
    }
  }
  if (card.tagName === 'TR') return card.querySelector('td') ?? card;
  return card;
}

/** Positions a host's content at the end of `element`'s visible text, as if it were inside it (measured at scan time). */
function placeAfterText(host: HTMLElement, container: HTMLElement, element: Element) {
  host.toggleAttribute('data-mt-block', !getComputedStyle(element).display.startsWith('inline'));
  const range = document.createRange();
  range.selectNodeContents(element);
  const text = range.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const at = host.getBoundingClientRect();
  const right = text.width > 0 ? Math.min(text.right, box.right) : box.left;
  container.style.left = `${Math.round(right - at.left + BADGE_GAP_PX)}px`;
  container.style.top = `${Math.round(box.top - at.top + BADGE_TOP_PX)}px`;
}

function isOurs(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el?.closest('mitate-badge, mitate-chip, mitate-dock');
}
