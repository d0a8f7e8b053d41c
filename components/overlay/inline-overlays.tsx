/**
 * In-row overlays: a score badge on each creator card of the Find creators list and a benchmark chip beside
 * each commission figure. Rescans after the page's DOM settles (debounced, idle time), never on the hot path.
 */
import { effect } from '@preact/signals';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findCommissionFigures, ownText, readCreatorCards, type CreatorCard } from '../../lib/seller-center';
import type { Lang } from '../../lib/i18n';
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

  /** Badges placed per task: small enough that a 200-row list never makes a long task (> 50 ms). */
  const CHUNK = 25;
  let running = false;
  let again = false;

  const placeBadges = (cards: CreatorCard[], lang: Lang) => {
    const byHandle = state.creatorsByHandle.value;
    // Reads first, then writes, then reads, then writes: interleaving them forced a layout per badge
    // (~800 ms for 200 rows, measured by `npm run bench`).
    const placements = cards.map((card) => {
      const anchor = badgeAnchor(card.element, card.handle);
      // A handle that truncates itself (overflow hidden + ellipsis) would clip a badge inside it: sit beside it.
      const style = anchor !== card.element && anchor.parentElement ? getComputedStyle(anchor) : null;
      return {
        card, anchor,
        clips: style != null && style.overflowX !== 'visible',
        block: style != null && !style.display.startsWith('inline'),
        creator: card.handle ? byHandle.get(normaliseHandle(card.handle)) ?? null : null,
      };
    });
    const mounted = placements.map((p) => ({ ...p, ...(p.clips ? hosts.ensure(p.anchor.parentElement!, 'mitate-badge', p.anchor) : hosts.ensure(p.anchor, 'mitate-badge')) }));
    for (const p of mounted) if (p.clips) p.host.toggleAttribute('data-mt-block', p.block);
    const offsets = mounted.map((p) => (p.clips ? offsetAfterText(p.host, p.anchor) : null));
    mounted.forEach((p, i) => {
      const offset = offsets[i];
      if (offset) {
        p.container.style.left = `${offset.left}px`;
        p.container.style.top = `${offset.top}px`;
      }
      render(<ListBadge lang={lang} creator={p.creator} services={services} handle={p.card.handle} />, p.container);
    });
  };

  const placeChips = (lang: Lang) => {
    for (const figure of findCommissionFigures(document)) {
      const anchor = figure.element instanceof HTMLInputElement ? figure.element.parentElement : figure.element;
      if (!anchor) continue;
      const { container } = hosts.ensure(anchor, 'mitate-chip');
      render(<CommissionFigureChip lang={lang} rate={figure.rate} element={figure.element} state={state} services={services} />, container);
    }
  };

  const scan = async () => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        if (ctx.isInvalid) return;
        const lang = services.lang.value;
        const kind = state.pageKind.value;
        if (kind === 'find') {
          const cards = readCreatorCards(document);
          for (let i = 0; i < cards.length && !ctx.isInvalid; i += CHUNK) {
            if (i > 0) await nextTask();
            placeBadges(cards.slice(i, i + CHUNK).filter((card) => card.element.isConnected), lang);
          }
          await nextTask();
        }
        if (kind !== 'other' && !ctx.isInvalid) placeChips(lang);
      } while (again);
    } finally {
      running = false;
    }
  };

  const schedule = () => {
    if (timer !== undefined) return;
    timer = ctx.setTimeout(() => {
      const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
      if (idle) idle(() => void scan(), { timeout: 500 });
      else void scan();
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

/** Where a host's content must go to sit at the end of `element`'s visible text (layout reads only). */
function offsetAfterText(host: HTMLElement, element: Element): { left: number; top: number } {
  const range = document.createRange();
  range.selectNodeContents(element);
  const text = range.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const at = host.getBoundingClientRect();
  const right = text.width > 0 ? Math.min(text.right, box.right) : box.left;
  return { left: Math.round(right - at.left + BADGE_GAP_PX), top: Math.round(box.top - at.top + BADGE_TOP_PX) };
}

/** Gives the page's own work a turn between chunks. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function isOurs(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el?.closest('mitate-badge, mitate-chip, mitate-dock');
}
