/**
 * A display-only score badge beside each creator's handle wherever creators appear: the Find creators list, the
 * creator's own page, sample requests, target collaborations and orders. Views come from the background.
 */
import { ownText, readCreatorCards, readCreatorDetail, type CardCache } from '../../../lib/seller-center/dom';
import { SELECTORS } from '../../../lib/seller-center/selectors';
import type { BadgeView } from '../../../lib/page-view/schemas';
import { ask } from '../messaging';
import { renderBadge, renderBadgeStatus } from '../badge-dom';
import { definePageFeature, type PageFeatureContext } from '../registry';
import { nextTask } from '../scheduler';

/** After this long without the page's data for a card, the badge stops saying "scoring…". */
export const DATA_WAIT_MS = 8000;
const BADGE_GAP_PX = 6;
const BADGE_TOP_PX = -2;
const STEP = 20;
const TASK_BUDGET_MS = 12;

interface Placement {
  /** the row or card the handle belongs to */
  row: Element;
  handle: string;
  anchor: Element;
  clips: boolean;
  block: boolean;
}

/** What each container last showed: an unchanged badge is not re-rendered. */
const shown = new WeakMap<HTMLElement, BadgeView | string>();
/** Rows already read and placed, keyed by element with their text: unchanged rows cost nothing on a rescan. */
const cards: CardCache = new WeakMap();
const placed = new WeakMap<Element, { text: string; placement: Placement }>();
let lastEmptyUrl: string | null = null;
/**
 * Rows within ~1,500 px of the window get their badge; the rest when they scroll near (a 200-row list renders ~40 at once).
 * Rows are observed once; the observer marks them and asks for another update.
 */
const nearView = new WeakSet<Element>();
const watched = new WeakSet<Element>();
let rowObserver: IntersectionObserver | null = null;
function isNearView(row: Element, context: PageFeatureContext): boolean {
  if (nearView.has(row)) return true;
  if (typeof IntersectionObserver !== 'function') return true;
  rowObserver ??= new IntersectionObserver((entries) => {
    let any = false;
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearView.add(entry.target);
      rowObserver?.unobserve(entry.target);
      any = true;
    }
    if (any) requestUpdate?.();
  }, { rootMargin: '1500px 0px' });
  requestUpdate = context.requestUpdate;
  if (!watched.has(row)) {
    watched.add(row);
    rowObserver.observe(row);
  }
  return false;
}
let requestUpdate: (() => void) | null = null;
/** Containers already moved beside their handle; a resize measures again. */
let positioned = new WeakSet<HTMLElement>();
addEventListener('resize', () => {
  positioned = new WeakSet();
});

async function openPanel(creatorId: string): Promise<boolean> {
  const reply = await ask<{ opened: boolean }>({ type: 'openCreatorPanel', creatorId });
  return reply.ok && reply.data.opened;
}

export const creatorBadges = definePageFeature({
  id: 'creator-badges',
  pages: ['find', 'creatorDetail', 'sampleRequests', 'targetCollab', 'targetCollabCreate', 'orders', 'openCollab'],
  async update(context: PageFeatureContext) {
    const placements = findPlacements(context).filter((p) => isNearView(p.row, context));
    if (!placements.length) {
      // still tell the background which page this tab shows, so the side panel follows pages without creators
      if (context.url !== lastEmptyUrl) {
        const told = await ask({ type: 'creatorBadges', url: context.url, handles: [] });
        if (told.ok) lastEmptyUrl = context.url;
      }
      return;
    }
    lastEmptyUrl = null;
    const handles = [...new Set(placements.map((p) => p.handle))].slice(0, 500);
    const reply = await ask<{ badges: Array<{ handle: string; view: BadgeView | null }>; labels: { loading: string; unavailable: string } }>({
      type: 'creatorBadges', url: context.url, handles,
    });
    if (!reply.ok || !context.isValid()) return;
    const views = new Map(reply.data.badges.map((b) => [b.handle, b.view]));
    const waiting = performance.now() < DATA_WAIT_MS;
    const toPosition: Array<{ host: HTMLElement; container: HTMLElement; anchor: Element }> = [];
    let taskStart = performance.now();
    for (let i = 0; i < placements.length; i += STEP) {
      if (performance.now() - taskStart > TASK_BUDGET_MS) {
        await nextTask();
        if (!context.isValid()) return;
        taskStart = performance.now();
      }
      for (const p of placements.slice(i, i + STEP)) {
        if (!p.anchor.isConnected) continue;
        const { host, container } = p.clips
          ? context.hosts.ensure(p.anchor.parentElement!, 'mitate-badge', p.anchor)
          : context.hosts.ensure(p.anchor, 'mitate-badge');
        if (p.clips && !positioned.has(container)) {
          if (host.hasAttribute('data-mt-block') !== p.block) host.toggleAttribute('data-mt-block', p.block);
          if (container.style.left === '') container.style.visibility = 'hidden';
          toPosition.push({ host, container, anchor: p.anchor });
        }
        const view = views.get(p.handle) ?? null;
        const next = view ?? (waiting ? reply.data.labels.loading : reply.data.labels.unavailable);
        const last = shown.get(container);
        if (last !== undefined && sameShown(last, next)) continue;
        shown.set(container, next);
        if (view) renderBadge(container, view, openPanel);
        else renderBadgeStatus(container, next as string, waiting ? 'loading' : 'error');
      }
    }
    await nextTask();
    if (context.isValid()) positionBadges(toPosition);
  },
});

function sameShown(a: BadgeView | string, b: BadgeView | string): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

function findPlacements(context: PageFeatureContext): Placement[] {
  const out: Placement[] = [];
  const add = (element: Element, handle: string | null) => {
    if (!handle) return;
    const text = element.textContent ?? '';
    const known = placed.get(element);
    if (known && known.text === text && known.placement.anchor.isConnected) {
      out.push(known.placement);
      return;
    }
    const anchor = badgeAnchor(element, handle);
    // A handle that truncates itself (overflow hidden + ellipsis) would clip a badge inside it: sit beside it.
    const style = anchor !== element && anchor.parentElement ? getComputedStyle(anchor) : null;
    const placement = { row: element, handle: handle.replace(/^@/, ''), anchor, clips: style != null && style.overflowX !== 'visible', block: style != null && !style.display.startsWith('inline') };
    placed.set(element, { text, placement });
    out.push(placement);
  };
  if (context.pageKind === 'creatorDetail') {
    const detail = readCreatorDetail(document);
    if (detail) add(detail.element, detail.handle);
  }
  for (const card of readCreatorCards(document, cards)) {
    if (card.element.closest('mitate-badge, mitate-chip')) continue;
    add(card.element, card.handle);
  }
  return out;
}

/** Beside the handle text when we can find it; else in the first cell, never directly in a <tr>. */
function badgeAnchor(card: Element, handle: string): Element {
  const wanted = handle.replace(/^@/, '').toLowerCase();
  for (const el of Array.from(card.querySelectorAll(SELECTORS.handleText.selector))) {
    if (ownText(el).replace(/^@/, '').toLowerCase() === wanted) return el;
  }
  if (card.tagName === 'TR') return card.querySelector('td') ?? card;
  return card;
}

/** Reads every offset (one layout), then writes them: interleaving reads and writes forced a layout per badge. */
function positionBadges(badges: Array<{ host: HTMLElement; container: HTMLElement; anchor: Element }>) {
  const live = badges.filter((b) => b.host.isConnected && b.anchor.isConnected);
  for (const b of live) positioned.add(b.container);
  const offsets = live.map((b) => offsetAfterText(b.host, b.anchor));
  live.forEach(({ container }, i) => {
    const left = `${offsets[i]!.left}px`;
    const top = `${offsets[i]!.top}px`;
    if (container.style.left !== left) container.style.left = left;
    if (container.style.top !== top) container.style.top = top;
    if (container.style.visibility) container.style.visibility = '';
  });
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
