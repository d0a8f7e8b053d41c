import { IDBFactory } from 'fake-indexeddb';
import type { AffiliateOrder, Creator, PageData, Product, Collaboration } from '../../lib/model';
import type { IDBPDatabase } from 'idb';
import { expect } from 'vitest';
import { dumpAll, getNote, openMitateDb, type MitateDb, type Note } from '../../lib/store';

export async function freshDb(): Promise<{ factory: IDBFactory; db: MitateDb }> {
  const factory = new IDBFactory();
  const db = await openMitateDb(factory);
  return { factory, db };
}

export function makeCreator(id: string, over: Partial<Creator> = {}): Creator {
  return {
    id,
    handle: `h_${id}`,
    nickname: `Nick ${id}`,
    bio: null,
    region: 'JP',
    followers: 1000,
    categories: ['beauty'],
    gmvJpy: null,
    gpmJpy: null,
    unitsSold: null,
    avgViews: 500,
    medianViews: 400,
    medianLikes: null,
    medianComments: null,
    medianShares: null,
    engagementRate: 0.05,
    medianCommissionRate: null,
    sampleFulfillmentRate: null,
    fulfillmentScore: null,
    videosLast30d: null,
    followerGenders: [],
    followerAges: [],
    videos: [],
    followerTrend: [],
    ...over,
  };
}

export function makeProduct(id: string, over: Partial<Product> = {}): Product {
  return { id, name: `商品 ${id}`, priceJpy: 2980, maxPriceJpy: null, category: 'beauty', commissionRate: 0.15, ...over };
}

export function makeOrder(orderId: string, over: Partial<AffiliateOrder> = {}): AffiliateOrder {
  return {
    orderId,
    skuId: 'sku1',
    creatorId: 'c1',
    creatorHandle: 'h_c1',
    productId: 'p1',
    productName: '商品 p1',
    quantity: 1,
    amountJpy: 2980,
    commissionRate: 0.15,
    commissionEstimatedJpy: 447,
    commissionActualJpy: null,
    refundedUnits: null,
    returnedUnits: null,
    status: 'paid',
    settled: false,
    createdAt: 1_700_000_000_000,
    collaborationId: null,
    ...over,
  };
}

export function makePlan(id: string, over: Partial<Collaboration> = {}): Collaboration {
  return {
    id,
    kind: 'target',
    name: `Plan ${id}`,
    status: 'active',
    creatorIds: ['c1'],
    products: [{ productId: 'p1', commissionRate: 0.2, category: 'beauty' }],
    endsAt: 1_800_000_000_000,
    ...over,
  };
}

export function pageData(over: Partial<PageData> = {}): PageData {
  return { creators: [], products: [], collaborations: [], orders: [], ...over };
}

/** The n-th put (counted over the whole transaction) fails as if the disk were full. */
export function failingAtPut(db: MitateDb, failAt: number): { db: MitateDb; puts: () => number } {
  let puts = 0;
  const wrapStore = (store: object) => new Proxy(store, {
    get(s, prop, receiver) {
      if (prop === 'put') {
        return (value: unknown) => {
          puts += 1;
          if (puts === failAt) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
          return (s as { put(v: unknown): Promise<unknown> }).put(value);
        };
      }
      const v = Reflect.get(s, prop, receiver);
      return typeof v === 'function' ? v.bind(s) : v;
    },
  });
  const flaky = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'transaction') return Reflect.get(target, prop, receiver);
      return (...args: unknown[]) => {
        const tx = (target.transaction as (...a: unknown[]) => object)(...args);
        return new Proxy(tx, {
          get(x, p, r) {
            if (p === 'objectStore') return (name: string) => wrapStore((x as { objectStore(n: string): object }).objectStore(name));
            const v = Reflect.get(x, p, r);
            return typeof v === 'function' ? v.bind(x) : v;
          },
        });
      };
    },
  }) as MitateDb;
  return { db: flaky, puts: () => puts };
}

/**
 * Notes live in buckets since schema v8 (lib/store/note-buckets.ts): what the tests used to read straight from the
 * notes store they read here. countNotes also checks the stored notes count (lib/store/counts.ts) against the buckets.
 */
export async function storedNote(db: MitateDb, creatorId: string): Promise<Note | undefined> {
  return (await getNote(db, creatorId)) ?? undefined;
}
export async function storedNotes(db: MitateDb): Promise<Note[]> {
  return (await dumpAll(db)).notes;
}
export async function countNotes(db: MitateDb): Promise<number> {
  const buckets = await db.getAll('noteBuckets');
  const inBuckets = buckets.reduce((sum, bucket) => sum + bucket.notes.length, 0);
  expect((await db.get('counts', 'notes'))?.count, 'stored notes count').toBe(inBuckets);
  return inBuckets;
}
/** A database opened at an older version, untyped: its stores are the old ones (e.g. `notes` before v8). */
export function oldDb(db: MitateDb): IDBPDatabase {
  return db as unknown as IDBPDatabase;
}
