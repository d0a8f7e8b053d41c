import { describe, expect, it } from 'vitest';
import { listProductCosts, listSamples, saveSamples, setProductCost, type SampleRecord } from '../../lib/store';
import { freshDb } from './helpers';

const sample = (over: Partial<SampleRecord>): SampleRecord => ({
  id: 's1', creatorId: 'c1', productId: 'p1', source: 'page', pageStatus: 'content_pending', refundable: false,
  requestedAt: 1, approvedAt: 2, shippedAt: null, receivedAt: null, postedAt: null, costJpy: null, shippingJpy: null,
  trackingNo: null, updatedAt: 3, ...over,
});

describe('product costs', () => {
  it('sets, replaces and removes a cost of goods; refuses negatives', async () => {
    const { db } = await freshDb();
    await setProductCost(db, 'p1', 954, 'CNY 45', 10);
    await setProductCost(db, 'p1', 900, '', 11);
    expect(await listProductCosts(db)).toEqual([{ productId: 'p1', costOfGoodsJpy: 900, memo: '', updatedAt: 11 }]);
    await expect(setProductCost(db, 'p2', -1, '', 12)).rejects.toMatchObject({ code: 'invalid' });
    await setProductCost(db, 'p1', null, '', 13);
    expect(await listProductCosts(db)).toEqual([]);
  });
});

describe('samples', () => {
  it('a page re-read updates page fields and keeps what the seller entered', async () => {
    const { db } = await freshDb();
    await saveSamples(db, [sample({ costJpy: 1800, shippingJpy: 600, trackingNo: 'YM-1', receivedAt: 50 })], 'seller');
    await saveSamples(db, [sample({ pageStatus: 'completed', updatedAt: 9 })], 'page');
    const [stored] = await listSamples(db, { creatorId: 'c1' });
    expect(stored).toMatchObject({ pageStatus: 'completed', costJpy: 1800, shippingJpy: 600, trackingNo: 'YM-1', receivedAt: 50, updatedAt: 9 });
    expect(await listSamples(db, { creatorId: 'other' })).toEqual([]);
    await expect(saveSamples(db, [sample({ costJpy: 1.5 })], 'seller')).rejects.toMatchObject({ code: 'invalid' });
  });

  it('a seller edit to empty clears the seller fields on a page record (a page re-read would have kept them)', async () => {
    const { db } = await freshDb();
    await saveSamples(db, [sample({ costJpy: 1800, shippingJpy: 600, trackingNo: 'YM-1' })], 'seller');
    await saveSamples(db, [sample({ costJpy: null, shippingJpy: 600, trackingNo: 'YM-1', updatedAt: 9 })], 'seller');
    expect((await listSamples(db))[0]).toMatchObject({ source: 'page', costJpy: null, shippingJpy: 600, trackingNo: 'YM-1', updatedAt: 9 });
    await saveSamples(db, [sample({ shippingJpy: null, trackingNo: null, updatedAt: 10 })], 'seller');
    expect((await listSamples(db))[0]).toMatchObject({ costJpy: null, shippingJpy: null, trackingNo: null });
  });
});

describe('performance rows (Analytics)', () => {
  it('are stored on ingest, and re-reading the same view replaces them', async () => {
    const { db } = await freshDb();
    const { ingestPageData, listPerformance } = await import('../../lib/store');
    const row = {
      kind: 'video' as const, id: 'v1', label: 'v', creatorId: 'c1', creatorHandle: null, periodStart: 100, periodEnd: 200, gmvJpy: 1000,
      commissionJpy: null, unitsSold: null, orders: 1, avgOrderValueJpy: null, views: 50, impressions: null, clicks: 5, ctr: null, finishRate: null,
    };
    const page = { creators: [], products: [], collaborations: [], orders: [] };
    await ingestPageData(db, { ...page, performance: [row] }, 1);
    await ingestPageData(db, { ...page, performance: [{ ...row, views: 80 }, { ...row, periodStart: 300, periodEnd: 400 }] }, 2);
    const rows = await listPerformance(db);
    expect(rows.map((r) => [r.key, r.views, r.updatedAt])).toEqual([['video:v1:100:200', 80, 2], ['video:v1:300:400', 50, 2]]);
  });
});
