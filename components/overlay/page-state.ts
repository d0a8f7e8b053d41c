/**
 * What the content script knows about the current affiliate page: creators, products, collaborations and
 * orders read from the page's own API responses, plus any response Mitate could not read. Signals, so the
 * overlays re-render when a new response arrives.
 */
import { batch, computed, signal } from '@preact/signals';
import { orderLineKey, type AffiliateOrder, type Collaboration, type Creator, type PageData, type Product } from '../../lib/model';
import { mergeCreator, normaliseResponse, pageKindOf, matchApiPath, type PageKind } from '../../lib/seller-center';
import { parseJsonSafely, type CapturedResponse } from '../../lib/bridge';

export interface UnreadResponse {
  endpoint: string;
  diagnostic: string;
  at: number;
}

export function createPageState(initialUrl: string) {
  const url = signal(initialUrl);
  const creators = signal(new Map<string, Creator>());
  const products = signal(new Map<string, Product>());
  const collaborations = signal(new Map<string, Collaboration>());
  const orders = signal(new Map<string, AffiliateOrder>());
  const unread = signal<UnreadResponse[]>([]);
  const responsesRead = signal(0);
  const pageKind = computed<PageKind>(() => pageKindOf(url.value));
  const creatorsByHandle = computed(() => {
    const map = new Map<string, Creator>();
    for (const creator of creators.value.values()) if (creator.handle) map.set(normaliseHandle(creator.handle), creator);
    return map;
  });

  function add(data: PageData) {
    batch(() => {
      if (data.creators.length) {
        const next = new Map(creators.value);
        for (const c of data.creators) {
          const existing = next.get(c.id);
          next.set(c.id, existing ? mergeCreator(existing, c) : c);
        }
        creators.value = next;
      }
      if (data.products.length) products.value = withAll(products.value, data.products, (p) => p.id);
      if (data.collaborations.length) collaborations.value = withAll(collaborations.value, data.collaborations, (c) => c.id);
      if (data.orders.length) orders.value = withAll(orders.value, data.orders, orderLineKey);
      responsesRead.value += 1;
    });
  }

  /** Normalises one captured response; returns the data to store, or null when it was not readable. */
  function ingest(capture: CapturedResponse, now = Date.now()): PageData | null {
    const endpoint = matchApiPath(capture.url);
    if (!endpoint) return null;
    const result = normaliseResponse(endpoint, parseJsonSafely(capture.body), {
      url: capture.url,
      requestBody: parseJsonSafely(capture.requestBody),
      now,
    });
    if (!result.ok) {
      unread.value = [...unread.value.slice(-19), { endpoint, diagnostic: result.diagnostic, at: now }];
      return null;
    }
    add(result.data);
    return result.data;
  }

  return { url, pageKind, creators, creatorsByHandle, products, collaborations, orders, unread, responsesRead, ingest, add };
}

export type PageState = ReturnType<typeof createPageState>;

export function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

function withAll<T>(map: Map<string, T>, items: T[], key: (item: T) => string): Map<string, T> {
  const next = new Map(map);
  for (const item of items) next.set(key(item), item);
  return next;
}
