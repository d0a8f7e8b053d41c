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
import { LIST_DATA_WAIT_MS, ListBadge, stillWaitingForData } from './features/ListBadge';
import type { Creator } from '../../lib/model';
import type { Assessment } from '../../lib/scoring';
import { CommissionFigureChip } from './features/CommissionFigureChip';

/** Long enough for a page render burst to settle; a rescan of unchanged badges is cheap (no re-render), so it can be short. */
const RESCAN_DELAY_MS = 100;
/** Badge offset from the end of the handle text; the same as `.mt-inline`'s left/top in overlay.css. */
const BADGE_GAP_PX = 6;
const BADGE_TOP_PX = -2;

export function startInlineOverlays(ctx: ContentScriptContext, state: PageState, services: OverlayServices, css: string) {
  const hosts = createInlineHosts(css);
  let timer: number | undefined;

  /** Badges placed per step, and how long one task may keep placing steps before giving the page a turn: well under
   * the 50 ms long-task threshold (a step of 10 badges renders in a few ms in `npm run bench`'s Chromium). */
  const STEP = 10;
  const TASK_BUDGET_MS = 20;
  let running = false;
  let again = false;
  /** What each badge was last rendered with: a rescan with the same inputs leaves it alone. */
  const rendered = new WeakMap<HTMLElement, BadgeInputs>();

  /** Mounts and renders badges (DOM writes only); returns those that must be moved beside a truncating handle. */
  const placeBadges = (cards: CreatorCard[], lang: Lang): Array<{ host: HTMLElement; container: HTMLElement; anchor: Element }> => {
    const byHandle = state.creatorsByHandle.value;
    const fromStore = services.storedByHandle.value;
    // No layout reads here: reading a badge's offset right after inserting hosts forced a layout of the whole
    // table per step (15-40 ms each in a CDP trace); positionBadges measures them all after one layout.
    const placements = cards.map((card) => {
      const anchor = badgeAnchor(card.element, card.handle);
      // A handle that truncates itself (overflow hidden + ellipsis) would clip a badge inside it: sit beside it.
      const style = anchor !== card.element && anchor.parentElement ? getComputedStyle(anchor) : null;
      const key = card.handle ? normaliseHandle(card.handle) : null;
      const creator = key ? byHandle.get(key) ?? fromStore.get(key) ?? null : null;
      const inputs: BadgeInputs = {
        lang, creator, handle: card.handle,
        assessment: creator ? services.assessmentOf(creator) : null,
        waiting: creator ? false : stillWaitingForData(card.handle),
      };
      return { card, anchor, inputs, clips: style != null && style.overflowX !== 'visible', block: style != null && !style.display.startsWith('inline') };
    });
    const toPosition: Array<{ host: HTMLElement; container: HTMLElement; anchor: Element }> = [];
    for (const p of placements) {
      const { host, container } = p.clips ? hosts.ensure(p.anchor.parentElement!, 'mitate-badge', p.anchor) : hosts.ensure(p.anchor, 'mitate-badge');
      if (p.clips) {
        if (host.hasAttribute('data-mt-block') !== p.block) host.toggleAttribute('data-mt-block', p.block);
        // not yet measured: stay invisible rather than flash at the wrong place until positionBadges runs
        if (container.style.left === '') container.style.visibility = 'hidden';
        toPosition.push({ host, container, anchor: p.anchor });
      }
      const last = rendered.get(container);
      if (last && sameBadgeInputs(last, p.inputs)) continue;
      rendered.set(container, p.inputs);
      const { inputs } = p;
      render(<ListBadge lang={inputs.lang} creator={inputs.creator} assessment={inputs.assessment} services={services} handle={inputs.handle} />, container);
    }
    return toPosition;
  };

  /** Reads every offset (one layout), then writes them: interleaving reads and writes forced a layout per badge. */
  const positionBadges = (badges: Array<{ host: HTMLElement; container: HTMLElement; anchor: Element }>) => {
    const live = badges.filter((b) => b.host.isConnected && b.anchor.isConnected);
    const offsets = live.map((b) => offsetAfterText(b.host, b.anchor));
    live.forEach(({ container }, i) => {
      const left = `${offsets[i]!.left}px`;
      const top = `${offsets[i]!.top}px`;
      if (container.style.left !== left) container.style.left = left;
      if (container.style.top !== top) container.style.top = top;
      if (container.style.visibility) container.style.visibility = '';
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
          let taskStart = performance.now();
          const cards = readCreatorCards(document);
          // DOM fallback: cards the page's responses did not describe (cached page) are matched to stored creators.
          const byHandle = state.creatorsByHandle.value;
          const unseen = cards.flatMap((c) => (c.handle && !byHandle.has(normaliseHandle(c.handle)) ? [c.handle] : []));
          if (unseen.length) void services.lookupHandles(unseen);
          const toPosition: Array<{ host: HTMLElement; container: HTMLElement; anchor: Element }> = [];
          for (let i = 0; i < cards.length && !ctx.isInvalid; i += STEP) {
            if (performance.now() - taskStart > TASK_BUDGET_MS) {
              await nextTask();
              taskStart = performance.now();
            }
            toPosition.push(...placeBadges(cards.slice(i, i + STEP).filter((card) => card.element.isConnected), lang));
          }
          await nextTask();
          if (!ctx.isInvalid) positionBadges(toPosition);
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
    void services.storedByHandle.value;
    schedule();
  });
  ctx.onInvalidated(dispose);
  // Cards still without data when the wait is over turn from "scoring…" to "unavailable".
  ctx.setTimeout(schedule, Math.max(0, LIST_DATA_WAIT_MS - performance.now()) + 100);
}

interface BadgeInputs {
  lang: Lang;
  creator: Creator | null;
  assessment: Assessment | null;
  handle: string | null;
  waiting: boolean;
}

function sameBadgeInputs(a: BadgeInputs, b: BadgeInputs): boolean {
  return a.lang === b.lang && a.creator === b.creator && a.assessment === b.assessment && a.handle === b.handle && a.waiting === b.waiting;
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

/** Gives the page's own work a turn between chunks (scheduler.yield keeps our place in the queue where it exists). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function isOurs(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el?.closest('mitate-badge, mitate-chip, mitate-dock');
}
