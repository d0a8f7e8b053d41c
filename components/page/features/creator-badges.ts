/**
 * A display-only score badge beside each creator's handle wherever creators appear: the Find creators list, the
 * creator's own page, sample requests, target collaborations and orders. Views come from the background.
 */
import { editableRoots, isInEditable, ownText, readCreatorCards, readCreatorDetail, type CardCache } from '../../../lib/seller-center/dom';
import { SELECTORS } from '../../../lib/seller-center/selectors';
import type { BadgeView } from '../../../lib/page-view/schemas';
import { FIRST_ROWS_NEAR, MAX_HANDLE_CHARS, type BadgeLabels, type BadgePush } from '../../../lib/page-view/push';
import { ask } from '../messaging';
import { renderBadge, renderBadgeStatus } from '../badge-dom';
import { definePageFeature, type PageFeatureContext } from '../registry';
import { afterNextFrame, nextFrameStart, nextTask } from '../scheduler';
import { dropOldest } from '../../../lib/collections';

/** Pages whose tables list products: only a marked handle (handle span, "@handle") is a creator there. */
const PRODUCT_TABLE_PAGES: ReadonlySet<string> = new Set(['targetCollabCreate', 'openCollab']);

/** After this long without the page's data for a card, the badge stops saying "scoring…". */
export const DATA_WAIT_MS = 8000;
/** When the page the tab shows began (its load, then each in-app navigation): the wait counts from there. */
let pageSince = { url: '', at: 0 };
const BADGE_GAP_PX = 6;
const BADGE_TOP_PX = -2;
const STEP = 20;
const TASK_BUDGET_MS = 12;

interface Placement {
  /** the row or card the handle belongs to */
  row: Element;
  handle: string;
  anchor: Element;
  /**
   * the outermost box between the handle and its row that clips its content (the host goes right after it), or null;
   * undefined until read (see measureClipping)
   */
  clips?: Element | null;
  block: boolean;
}

/** What a container placed before the first answer shows: nothing (its first content is then fitted again). */
const EMPTY = '';
/** How many times a badge was placed or its content drawn: layout read after either would be computed inside our task. */
let drawCount = 0;
/** What each container last showed, and for which handle: an unchanged badge is not re-rendered. */
const shown = new WeakMap<HTMLElement, { handle: string; content: BadgeView | string }>();
/** Rows already read (keyed by element with their text) and placed (by element with their handle). */
const cards: CardCache = new WeakMap();
const placed = new WeakMap<Element, { handle: string; placement: Placement }>();
/**
 * Views already received, by handle, with the freshness they were asked at: a rescan asks only for handles it has no
 * current view of (a 200-row list re-sent every view on every scan). Handles without data are asked again each time.
 */
const views = new Map<string, { view: BadgeView; freshness: number }>();
const MAX_CACHED_VIEWS = 2_000;
/** Handles match as the background matches them (lib/store handleKeyOf): case aside. */
const viewKey = (handle: string) => handle.toLowerCase();
let labels: BadgeLabels | null = null;
let labelsFreshness = -1;
let lastToldUrl: string | null = null;
/**
 * Rows within ~1,500 px of the window get their badge; the rest when they scroll near (a 200-row list renders ~40 at once).
 * Rows are observed once; the observer marks them and asks for an update at once.
 */
const nearView = new WeakSet<Element>();
const watched = new WeakSet<Element>();
let rowObserver: IntersectionObserver | null = null;
function isNearView(row: Element, context: PageFeatureContext): boolean {
  if (nearView.has(row)) return true;
  if (typeof IntersectionObserver !== 'function') return true;
  rowObserver ??= new IntersectionObserver((entries) => {
    let any = false;
    observerReported = true;
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearView.add(entry.target);
      rowObserver?.unobserve(entry.target);
      any = true;
    }
    if (!any) return;
    nearRowsChanged = true;
    requestUpdate?.(0);
  }, { rootMargin: '1500px 0px' });
  requestUpdate = context.requestUpdate;
  if (!watched.has(row)) {
    watched.add(row);
    rowObserver.observe(row);
  }
  return false;
}
let requestUpdate: ((delay?: number) => void) | null = null;
/** whether the row observer has reported at all yet, and how many rows count as near before it has */
let observerReported = false;
/** Containers already moved beside their handle; a resize measures again. */
let positioned = new WeakSet<HTMLElement>();
addEventListener('resize', () => {
  positioned = new WeakSet();
});

function keepView(handle: string, view: BadgeView, freshness: number) {
  const key = viewKey(handle);
  // an equal view keeps the object already drawn, so a refresh that changed nothing redraws nothing
  const before = views.get(key)?.view;
  views.set(key, { view: before && JSON.stringify(before) === JSON.stringify(view) ? before : view, freshness });
  dropOldest(views, MAX_CACHED_VIEWS);
}

/** The freshness of the latest refresh, and of the latest one after which every view must be asked again. */
let latestFreshness = 0;
let lastFullRefresh = 0;

/**
 * A refresh from the background (see PageServiceDeps.refreshTab). The next update draws pushed views without asking;
 * a complete push holds every view that changed, so every other view held is still current. Without a complete
 * push, the views not in it are asked for again.
 */
export function acceptRefresh(push: BadgePush | null, freshness: number) {
  latestFreshness = freshness;
  if (!push?.complete) lastFullRefresh = freshness;
  if (!push) return;
  if (push.complete) for (const entry of views.values()) entry.freshness = freshness;
  for (const { handle, view } of push.badges) keepView(handle, view, freshness);
  labels = push.labels;
  labelsFreshness = freshness;
}

async function openPanel(creatorId: string): Promise<boolean> {
  const reply = await ask<{ opened: boolean }>({ type: 'openCreatorPanel', creatorId });
  return reply.ok && reply.data.opened;
}

export const creatorBadges = definePageFeature({
  id: 'creator-badges',
  pages: ['find', 'creatorDetail', 'sampleRequests', 'targetCollab', 'targetCollabCreate', 'orders', 'openCollab'],
  async update(context: PageFeatureContext) {
    if (context.url !== pageSince.url) {
      // after in-app navigation, a new page's creators say "scoring…" for the whole wait too, then turn if still unread
      if (pageSince.url !== '') {
        pageSince = { url: context.url, at: performance.now() };
        // a timer of its own: a scan asked for later than one already due would be dropped by the scheduler
        setTimeout(() => context.requestUpdate(0), DATA_WAIT_MS + 100);
      } else pageSince = { url: context.url, at: 0 };
    }
    const placements = currentPlacements(context);
    if (!placements.length) {
      // still tell the background which page this tab shows, so the side panel follows pages without creators
      if (context.url !== lastToldUrl) {
        const told = await ask({ type: 'creatorBadges', url: context.url, handles: [] });
        if (told.ok) lastToldUrl = context.url;
      }
      return;
    }
    // Scans start once the page's change is on screen (badges.content.ts); a change since then is measured no earlier
    // than the next frame's start: read right after the page inserted its rows, style made our task restyle the whole
    // list, while the frame restyles it anyway (badges drawn in its animation callback are painted in that frame).
    const unmeasured = placements.some((p) => p.clips === undefined);
    const styled = unmeasured && !context.pageStyled ? nextFrameStart() : null;
    const freshness = context.freshness ?? 0;
    const handles = [...new Set(placements.map((p) => p.handle))].slice(0, 500);
    const wanted = handles.filter((h) => (views.get(viewKey(h))?.freshness ?? -1) < freshness);
    const toPosition: Positioning[] = [];
    // Every ask tells the background which page the tab shows; with nothing to ask, a new page still gets one ask.
    if (wanted.length || labelsFreshness < freshness || context.url !== lastToldUrl) {
      const asked = ask<{ badges: Array<{ handle: string; view: BadgeView | null }>; labels: BadgeLabels }>({
        type: 'creatorBadges', url: context.url, handles: wanted,
      });
      // While the background answers, views already held (a push covers a list's first rows) are drawn and new
      // badges' hosts placed, still empty: the frame meanwhile lays them out, they are measured after it, and the
      // answer's badges then show in place at once instead of a frame later.
      if (!(await drawBadges(context, placements, styled, toPosition, true))) return;
      const placedMeanwhile = toPosition.splice(0);
      const drawnBefore = drawCount;
      // measured only if nothing was drawn since: reading then would lay out what was drawn inside our task, and
      // those badges are measured after their own frame anyway
      if (placedMeanwhile.length) void afterNextFrame().then(() => drawCount === drawnBefore && context.isValid() && positionBadges(placedMeanwhile));
      const reply = await asked;
      if (!context.isValid()) return;
      // without an answer (the background restarting), the badges still draw what is held, or their status
      if (reply.ok) {
        lastToldUrl = context.url;
        labels = reply.data.labels;
        labelsFreshness = freshness;
        // pushes since the ask changed only what they sent: the answer is current for the rest
        const answeredAt = lastFullRefresh <= freshness ? latestFreshness : freshness;
        for (const { handle, view } of reply.data.badges) {
          // a view pushed after the ask is newer than the answer
          if ((views.get(viewKey(handle))?.freshness ?? -1) > freshness) continue;
          if (view) keepView(handle, view, answeredAt);
          else views.delete(viewKey(handle));
        }
      }
    }
    if (!labels || !(await drawBadges(context, placements, styled, toPosition))) return;
    if (!toPosition.length) return;
    // Measured once the browser has laid the page out for its next frame: reading then costs nothing, while reading
    // right after inserting the hosts forced a layout of the whole list inside our task.
    await afterNextFrame();
    if (context.isValid()) positionBadges(toPosition);
  },
});

type Positioning = { host: HTMLElement; container: HTMLElement; anchor: Element };

/**
 * Draws each placement's held view (or its status), adding new hosts to `toPosition`; an unchanged badge is left as
 * is, so drawing again after an ask redraws only what the answer changed. False when the page moved on meanwhile.
 */
async function drawBadges(context: PageFeatureContext, placements: Placement[], styled: Promise<void> | null, toPosition: Positioning[], asking = false): Promise<boolean> {
  const current = labels;
  if (placements.some((p) => p.clips === undefined)) {
    if (styled) await styled;
    if (!context.isValid()) return false;
    measureClipping(placements);
  }
  const waiting = performance.now() - pageSince.at < DATA_WAIT_MS;
  let taskStart = performance.now();
  for (let i = 0; i < placements.length; i += STEP) {
    if (performance.now() - taskStart > TASK_BUDGET_MS) {
      await nextTask();
      if (!context.isValid()) return false;
      taskStart = performance.now();
    }
    for (const p of placements.slice(i, i + STEP)) {
      if (!p.anchor.isConnected) continue;
      const { host, container } = p.clips
        ? context.hosts.ensure(p.clips.parentElement!, 'mitate-badge', p.clips)
        : context.hosts.ensure(p.anchor, 'mitate-badge');
      const key = viewKey(p.handle);
      const view = views.get(key)?.view ?? null;
      // a row the page reused for another creator (paging or sorting in place) must not show the last one's badge
      const last = shown.get(container);
      const before = last?.handle === key ? last.content : undefined;
      // while its view is asked for, a new badge is placed empty and a drawn one keeps what it shows (see update)
      if (!view && asking && before !== undefined) continue;
      const next = view ?? (asking || !current ? EMPTY : waiting ? current.loading : current.unavailable);
      // a badge whose content changes (e.g. "scoring…" to a score) is measured again: it may no longer fit beside the handle
      if (before !== undefined && before !== next) positioned.delete(container);
      if (!positioned.has(container) && !toPosition.some((t) => t.container === container)) {
        if (host.hasAttribute('data-mt-block') !== p.block) host.toggleAttribute('data-mt-block', p.block);
        if (container.style.left === '') {
          // Beside a handle that clips nothing, the host follows the handle's text: the badge shows at once where it
          // belongs, and the measuring after the next frame only checks that it fits. Elsewhere it waits hidden.
          if (p.clips) container.style.visibility = 'hidden';
          else {
            container.style.left = `${BADGE_GAP_PX}px`;
            container.style.top = `${BADGE_TOP_PX}px`;
          }
        }
        toPosition.push({ host, container, anchor: p.anchor });
      }
      // the same view object (or status text) as last time: nothing to draw
      if (before === next) continue;
      shown.set(container, { handle: key, content: next });
      drawCount += 1;
      if (view) renderBadge(container, view, openPanel);
      else if (next !== EMPTY) renderBadgeStatus(container, next as string, waiting ? 'loading' : 'error');
    }
  }
  return true;
}

/** The placements of the last update, while neither the page nor the rows near the window changed since. */
let lastPlacements: { pageVersion: number; url: string; placements: Placement[] } | null = null;
let nearRowsChanged = false;

function currentPlacements(context: PageFeatureContext): Placement[] {
  const last = lastPlacements;
  if (last && !nearRowsChanged && context.pageVersion !== undefined && last.pageVersion === context.pageVersion && last.url === context.url) {
    return last.placements.filter((p) => p.anchor.isConnected);
  }
  nearRowsChanged = false;
  const placements = findPlacements(context);
  lastPlacements = context.pageVersion === undefined ? null : { pageVersion: context.pageVersion, url: context.url, placements };
  return placements;
}

function findPlacements(context: PageFeatureContext): Placement[] {
  const out: Placement[] = [];
  const editable = editableRoots(document);
  const add = (element: Element, handle: string | null, handleElement: Element | null) => {
    // no badge inside what the seller types into (a message editor's @mention), nor for text no handle is that long
    if (!handle || handle.length > MAX_HANDLE_CHARS || isInEditable(element, editable)) return;
    // the same creator in the same row, its handle element still there: placed as before (a row reused for another
    // creator has another handle; a re-rendered handle element is a new one)
    const known = placed.get(element);
    if (known && known.handle === handle && known.placement.anchor.isConnected && element.contains(known.placement.anchor)) {
      out.push(known.placement);
      return;
    }
    const placement: Placement = { row: element, handle: handle.replace(/^@/, ''), anchor: badgeAnchor(element, handle, handleElement), block: false };
    placed.set(element, { handle, placement });
    out.push(placement);
  };
  if (context.pageKind === 'creatorDetail') {
    const detail = readCreatorDetail(document);
    if (detail) add(detail.element, detail.handle, null);
  }
  // Rows far from the window are not even read until they come near. Until the observer has said anything, the
  // first rows of the list count as near (a list loads at its top): the first badges need not wait for its frame.
  let firstRows = 0;
  const wanted = (row: Element) => isNearView(row, context) || (!observerReported && firstRows++ < FIRST_ROWS_NEAR);
  const markedHandlesOnly = PRODUCT_TABLE_PAGES.has(context.pageKind);
  for (const card of readCreatorCards(document, cards, { wanted, markedHandlesOnly, handleOnly: true })) {
    if (card.element.closest('mitate-badge, mitate-chip')) continue;
    add(card.element, card.handle, card.handleElement);
  }
  return out;
}

/**
 * A handle that truncates itself (overflow hidden + ellipsis), or sits in a box that does, would clip a badge inside
 * it: the badge sits after the outermost such box. Style reads only, once per row, on placements not yet measured.
 */
function measureClipping(placements: readonly Placement[]) {
  for (const p of placements) {
    if (p.clips !== undefined || !p.anchor.isConnected) continue;
    p.clips = clippingBox(p.anchor, p.row);
    p.block = p.clips != null && !getComputedStyle(p.clips).display.startsWith('inline');
  }
}

/** The outermost element from `anchor` up to (not including) `row` whose overflow clips, or null. */
function clippingBox(anchor: Element, row: Element): Element | null {
  let found: Element | null = null;
  for (let el: Element | null = anchor; el && el !== row && el.parentElement; el = el.parentElement) {
    if (el.matches('td, th')) break;
    if (getComputedStyle(el).overflowX !== 'visible') found = el;
  }
  return found;
}

/** Beside the handle text when we can find it (a cell whose own text is the handle counts); else in the first cell, never directly in a <tr>. */
function badgeAnchor(card: Element, handle: string, handleElement: Element | null): Element {
  const wanted = handle.replace(/^@/, '').toLowerCase();
  if (handleElement && handleElement !== card && ownText(handleElement).replace(/^@/, '').toLowerCase() === wanted) return handleElement;
  for (const el of Array.from(card.querySelectorAll(SELECTORS.handleText.selector))) {
    if (ownText(el).replace(/^@/, '').toLowerCase() === wanted) return el;
  }
  if (card.tagName === 'TR') return card.querySelector('td') ?? card;
  return card;
}

/**
 * Reads every offset and the room beside each handle (one layout), then writes them: interleaving reads and writes
 * forced a layout per badge. A badge that does not fit beside its handle shows only its score and dot (the verdict
 * and tier stay in its label and popover); one that does not fit even then takes its own place in the line, so
 * a badge never covers the page's text.
 */
function positionBadges(badges: Array<{ host: HTMLElement; container: HTMLElement; anchor: Element }>) {
  const live = badges.filter((b) => b.host.isConnected && b.anchor.isConnected);
  for (const b of live) positioned.add(b.container);
  // start from the full badge, overlaid: a resize decides again
  for (const { host, container } of live) {
    if (container.hasAttribute('data-mt-compact')) container.removeAttribute('data-mt-compact');
    if (host.hasAttribute('data-mt-flow')) host.removeAttribute('data-mt-flow');
  }
  const measured = live.map((b) => {
    const text = textBox(b.anchor);
    return { offset: offsetAfterText(b.host, b.anchor, text), fit: roomBeside(b.container, b.anchor, text) };
  });
  live.forEach(({ host, container }, i) => {
    const { offset, fit } = measured[i]!;
    const left = `${offset.left}px`;
    const top = `${offset.top}px`;
    if (container.style.left !== left) container.style.left = left;
    if (container.style.top !== top) container.style.top = top;
    if (fit !== 'full') container.setAttribute('data-mt-compact', '');
    if (fit === 'none') host.setAttribute('data-mt-flow', '');
    if (container.style.visibility) container.style.visibility = '';
  });
}

/** Whether the badge fits between the end of the handle and the edge of the handle's cell: fully, compact, or not at all. */
function roomBeside(container: HTMLElement, anchor: Element, text: DOMRect): 'full' | 'compact' | 'none' {
  const cell = anchor.closest('td, th, [role="cell"], [role="gridcell"]');
  if (!cell) return 'full';
  const textEnd = text.right;
  const cellBox = cell.getBoundingClientRect();
  const room = cellBox.right - parseFloat(getComputedStyle(cell).paddingRight) - textEnd - BADGE_GAP_PX;
  const badge = container.firstElementChild?.getBoundingClientRect().width ?? 0;
  if (badge <= room) return 'full';
  let optional = 0;
  for (const part of container.querySelectorAll('.mt-scoring-badge__verdict, .mt-scoring-badge__tier, .mt-scoring-badge__marker')) {
    optional += part.getBoundingClientRect().width + 4;
  }
  return badge - optional <= room ? 'compact' : 'none';
}

/** The box of `element`'s text as laid out (it may run past the element where the element clips it). */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

/** Where a host's content must go to sit at the end of `element`'s visible text (`text`: textBox(element)). */
function offsetAfterText(host: HTMLElement, element: Element, text: DOMRect): { left: number; top: number } {
  const box = element.getBoundingClientRect();
  const at = host.getBoundingClientRect();
  const right = text.width > 0 ? Math.min(text.right, box.right) : box.left;
  return { left: Math.round(right - at.left + BADGE_GAP_PX), top: Math.round(box.top - at.top + BADGE_TOP_PX) };
}
