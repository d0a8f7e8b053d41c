import { IDBFactory } from 'fake-indexeddb';
import type { AffiliateOrder, Creator, PageData, Product, Collaboration } from '../../lib/model';
import { openMitateDb, type MitateDb } from '../../lib/store';

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
