/**
 * What each browser tab has shown on Seller Center, kept by the background for the side panel: page kind,
 * creators and order lines read there, the creator the seller selected, unreadable answers and notices.
 * Pure reducers over a bounded record; the background persists them in storage.session (a worker may stop anytime).
 */
import { orderLineKey, type AffiliateOrder, type PageData } from '../model';
import { pageKindOf } from '../seller-center/endpoints';
import type { TabView } from './schemas';

export const TAB_LIMITS = { creators: 500, orders: 2_000, unread: 20, notices: 10 } as const;

export function emptyTabView(tabId: number, url: string | null, now: number): TabView {
  return { tabId, url, kind: url ? pageKindOf(url) : 'other', creatorIds: [], selectedCreatorId: null, orders: [], unread: [], notices: [], updatedAt: now };
}

/**
 * In-app navigation: the page kind follows the URL; what was read stays (the seller may come back to it). A creator
 * picked with ✎ stays selected while the seller stays on the same kind of page (a list's filters, load-more); opening
 * another page kind, or a creator's own page, shows that page in the side panel instead.
 */
export function withUrl(view: TabView, url: string, now: number): TabView {
  if (view.url === url) return view;
  const kind = pageKindOf(url);
  const keepSelection = kind === view.kind && kind !== 'creatorDetail';
  return { ...view, url, kind, selectedCreatorId: keepSelection ? view.selectedCreatorId : null, updatedAt: now };
}

export function withPageData(view: TabView, data: PageData, now: number): TabView {
  const creatorIds = newestFirst(data.creators.map((c) => c.id), view.creatorIds, TAB_LIMITS.creators);
  const orders = data.orders.length ? mergeOrders(view.orders, data.orders) : view.orders;
  return { ...view, creatorIds, orders, updatedAt: now };
}

export function withUnread(view: TabView, entry: TabView['unread'][number]): TabView {
  return { ...view, unread: [...view.unread.slice(-(TAB_LIMITS.unread - 1)), entry], updatedAt: entry.at };
}

export function withNotice(view: TabView, notice: string, now: number): TabView {
  if (view.notices.includes(notice)) return view;
  return { ...view, notices: [...view.notices.slice(-(TAB_LIMITS.notices - 1)), notice], updatedAt: now };
}

export function withSelectedCreator(view: TabView, creatorId: string | null, now: number): TabView {
  return { ...view, selectedCreatorId: creatorId, updatedAt: now };
}

function newestFirst(fresh: readonly string[], older: readonly string[], limit: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const list of [fresh, older]) {
    for (const id of list) {
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(id);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

function mergeOrders(older: readonly AffiliateOrder[], fresh: readonly AffiliateOrder[]): AffiliateOrder[] {
  const byKey = new Map<string, AffiliateOrder>();
  for (const order of older) byKey.set(orderLineKey(order), order);
  for (const order of fresh) byKey.set(orderLineKey(order), order);
  const all = [...byKey.values()];
  return all.length > TAB_LIMITS.orders ? all.slice(all.length - TAB_LIMITS.orders) : all;
}
