/**
 * A display-only score badge beside each creator's handle wherever creators appear: the Find creators list, the
 * creator's own page, sample requests, target collaborations and orders. Views come from the background.
 */
import { ownText, readCreatorCards, readCreatorDetail, type CardCache } from '../../../lib/seller-center/dom';
import type { BadgeView } from '../../../lib/page-view/schemas';
import { ask } from '../messaging';
import { renderBadge, renderBadgeStatus } from '../badge-dom';
import { definePageFeature, type PageFeatureContext } from '../registry';
import { nextTask } from '../scheduler';

/** After this long without the page's data for a card, the badge stops saying "scoring…". */
export const DATA_WAIT_MS = 8000;
const STEP = 20;
const TASK_BUDGET_MS = 12;

/**
 * Where the badge host goes, decided from computed styles only (no geometry is ever read, so placing badges never
 * forces a layout of the page; CSS in page.css / inline-host.ts does the rest):
 * - inside: at the end of the handle's text, inside the handle element (it does not clip);
 * - inline: right after a truncating handle that sits in a line of text;
 * - row: right after a truncating handle that is an item of a flex/grid row (centred on the row);
 * - stacked: under a truncating block handle, as wide as its box, the badge's bottom on the handle's; an invisible copy
 *   of the handle's text in the handle's font (cut at the box's width) puts the badge where the visible text ends.
 */
export type BadgePlace = 'inside' | 'inline' | 'row' | 'stacked';

interface Placement {
  /** the row or card the handle belongs to */
  row: Element;
  handle: string;
  anchor: Element;
  place: BadgePlace;
  /** for 'stacked': the handle's text and font, for the invisible copy */
  spacer: { text: string; font: Record<(typeof FONT_PROPERTIES)[number], string> } | null;
}

const FONT_PROPERTIES = ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight', 'textTransform'] as const;
/** the slot a 'stacked' badge is drawn in, after its spacer */
const slots = new WeakMap<HTMLElement, HTMLElement>();

/** What each container last showed: an unchanged badge is not re-rendered. */
const shown = new WeakMap<HTMLElement, BadgeView | string>();
/** Rows already read (keyed by element with their text) and placed (by element with their handle). */
const cards: CardCache = new WeakMap();
const placed = new WeakMap<Element, { handle: string; placement: Placement }>();
/**
 * Views already received, by handle, with the freshness they were asked at: a rescan asks only for handles it has no
 * current view of (a 200-row list re-sent every view on every scan). Handles without data are asked again each time.
 */
const views = new Map<string, { view: BadgeView; freshness: number }>();
const MAX_CACHED_VIEWS = 2_000;
let labels: { loading: string; unavailable: string } | null = null;
let labelsFreshness = -1;
let lastToldUrl: string | null = null;
/**
 * Rows within ~1,500 px of the window get their badge; the rest when they scroll near (a 200-row list renders ~40 at once).
 * Rows are observed once; the observer marks them and asks for an update at once.
 */
const nearView = new WeakSet<Element>();
const watched = new WeakSet<Element>();
let rowObserver: IntersectionObserver | null = null;
let requestUpdate: ((delay?: number) => void) | null = null;
function isNearView(row: Element, context: PageFeatureContext): boolean {
  if (nearView.has(row)) return true;
  if (typeof IntersectionObserver !== 'function') return true;
  requestUpdate = context.requestUpdate;
  rowObserver ??= new IntersectionObserver((entries) => {
    let any = false;
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearView.add(entry.target);
      rowObserver?.unobserve(entry.target);
      any = true;
    }
    if (any) requestUpdate?.(0);
  }, { rootMargin: '1500px 0px' });
  if (!watched.has(row)) {
    watched.add(row);
    rowObserver.observe(row);
  }
  return false;
}

async function openPanel(creatorId: string): Promise<boolean> {
  const reply = await ask<{ opened: boolean }>({ type: 'openCreatorPanel', creatorId });
  return reply.ok && reply.data.opened;
}

type BadgesReply = { badges: Array<{ handle: string; view: BadgeView | null }>; labels: { loading: string; unavailable: string } };

export const creatorBadges = definePageFeature({
  id: 'creator-badges',
  pages: ['find', 'creatorDetail', 'sampleRequests', 'targetCollab', 'targetCollabCreate', 'orders', 'openCollab'],
  async update(context: PageFeatureContext) {
    const placements = findPlacements(context);
    if (!placements.length) {
      // still tell the background which page this tab shows, so the side panel follows pages without creators
      if (context.url !== lastToldUrl) {
        const told = await ask({ type: 'creatorBadges', url: context.url, handles: [] });
        if (told.ok) lastToldUrl = context.url;
      }
      return;
    }
    const freshness = context.freshness ?? 0;
    const handles = [...new Set(placements.map((p) => p.handle))].slice(0, 500);
    const wanted = handles.filter((h) => (views.get(h)?.freshness ?? -1) < freshness);
    // Every ask tells the background which page the tab shows; with nothing to ask, a new page still gets one ask.
    if (wanted.length || labelsFreshness < freshness || context.url !== lastToldUrl) {
      const reply = await ask<BadgesReply>({ type: 'creatorBadges', url: context.url, handles: wanted });
      if (!reply.ok || !context.isValid()) return;
      lastToldUrl = context.url;
      labels = reply.data.labels;
      labelsFreshness = freshness;
      for (const { handle, view } of reply.data.badges) {
        if (!view) {
          views.delete(handle);
          continue;
        }
        // an equal view keeps the object already drawn, so a refresh that changed nothing redraws nothing
        const before = views.get(handle)?.view;
        views.set(handle, { view: before && JSON.stringify(before) === JSON.stringify(view) ? before : view, freshness });
      }
      if (views.size > MAX_CACHED_VIEWS) views.delete(views.keys().next().value!);
    }
    if (!labels) return;
    const waiting = performance.now() < DATA_WAIT_MS;
    let taskStart = performance.now();
    for (let i = 0; i < placements.length; i += STEP) {
      if (performance.now() - taskStart > TASK_BUDGET_MS) {
        await nextTask();
        if (!context.isValid()) return;
        taskStart = performance.now();
      }
      for (const p of placements.slice(i, i + STEP)) {
        if (!p.anchor.isConnected) continue;
        const { host, container } = p.place === 'inside'
          ? context.hosts.ensure(p.anchor, 'mitate-badge')
          : context.hosts.ensure(p.anchor.parentElement!, 'mitate-badge', p.anchor);
        if (p.place !== 'inside' && host.getAttribute('data-mt-place') !== p.place) host.setAttribute('data-mt-place', p.place);
        const slot = p.spacer ? spacedSlot(container, p.spacer) : container;
        const view = views.get(p.handle)?.view ?? null;
        const next = view ?? (waiting ? labels.loading : labels.unavailable);
        // the same view object (or status text) as last time: nothing to draw
        if (shown.get(slot) === next) continue;
        shown.set(slot, next);
        if (view) renderBadge(slot, view, openPanel);
        else renderBadgeStatus(slot, next as string, waiting ? 'loading' : 'error');
      }
    }
  },
});

function findPlacements(context: PageFeatureContext): Placement[] {
  const out: Placement[] = [];
  const add = (element: Element, handle: string | null, handleElement: Element | null) => {
    if (!handle) return;
    // the same creator in the same row, its handle element still there: placed as before (a row reused for another
    // creator has another handle; a re-rendered handle element is a new one)
    const known = placed.get(element);
    if (known && known.handle === handle && known.placement.anchor.isConnected && element.contains(known.placement.anchor)) {
      out.push(known.placement);
      return;
    }
    const placement = { row: element, handle: handle.replace(/^@/, ''), ...placeBeside(element, badgeAnchor(element, handle, handleElement)) };
    placed.set(element, { handle, placement });
    out.push(placement);
  };
  if (context.pageKind === 'creatorDetail') {
    const detail = readCreatorDetail(document);
    if (detail) add(detail.element, detail.handle, null);
  }
  // rows far from the window are not even read until they come near
  for (const card of readCreatorCards(document, cards, (row) => isNearView(row, context))) {
    if (card.element.closest('mitate-badge, mitate-chip')) continue;
    add(card.element, card.handle, card.handleElement);
  }
  return out;
}

/** Computed styles only (a style read, never a layout read): see BadgePlace. */
function placeBeside(card: Element, handleElement: Element): Pick<Placement, 'anchor' | 'place' | 'spacer'> {
  // The handle, or the nearest element around it (inside the card) that cuts its overflow: a badge inside that
  // element would be cut too (the creator page's handle sits in a truncating line).
  let anchor = handleElement;
  let style: CSSStyleDeclaration | null = null;
  for (let el: Element | null = handleElement, depth = 0; el && el !== card && depth < 4; el = el.parentElement, depth++) {
    const s = getComputedStyle(el);
    if (s.overflowX !== 'visible') {
      anchor = el;
      style = s;
      break;
    }
  }
  const parent = anchor.parentElement;
  if (!style || !parent) return { anchor, place: 'inside', spacer: null };
  if (style.display.startsWith('inline')) return { anchor, place: 'inline', spacer: null };
  const outer = getComputedStyle(parent);
  const flexRow = outer.display.endsWith('flex') && !outer.flexDirection.startsWith('column');
  if (flexRow || outer.display.endsWith('grid')) return { anchor, place: 'row', spacer: null };
  const font = {} as Record<(typeof FONT_PROPERTIES)[number], string>;
  for (const name of FONT_PROPERTIES) font[name] = style[name];
  return { anchor, place: 'stacked', spacer: { text: (anchor.textContent ?? '').slice(0, 200), font } };
}

/** The container's invisible copy of the handle text (made once, updated if the text changed) and the badge's slot. */
function spacedSlot(container: HTMLElement, spacer: NonNullable<Placement['spacer']>): HTMLElement {
  let slot = slots.get(container);
  if (!slot) {
    const copy = document.createElement('span');
    copy.className = 'mt-spacer';
    copy.setAttribute('aria-hidden', 'true');
    Object.assign(copy.style, spacer.font);
    slot = document.createElement('span');
    slot.className = 'mt-slot';
    container.replaceChildren(copy, slot);
    slots.set(container, slot);
  }
  const copy = container.firstElementChild as HTMLElement;
  if (copy.textContent !== spacer.text) copy.textContent = spacer.text;
  return slot;
}

/** Beside the handle text when we can find it; else in the first cell, never directly in a <tr>. */
function badgeAnchor(card: Element, handle: string, handleElement: Element | null): Element {
  const wanted = handle.replace(/^@/, '').toLowerCase();
  if (handleElement && handleElement !== card && ownText(handleElement).replace(/^@/, '').toLowerCase() === wanted) return handleElement;
  for (const el of Array.from(card.querySelectorAll('span, div, p, a, strong, b, h1, h2, h3'))) {
    if (ownText(el).replace(/^@/, '').toLowerCase() === wanted) return el;
  }
  if (card.tagName === 'TR') return card.querySelector('td') ?? card;
  return card;
}
