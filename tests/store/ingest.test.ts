import { describe, expect, it } from 'vitest';
import {
  addCost, deleteCost, getCreatorBundle, getSettings, ingestPageData, listCosts, listObservations, listOrders,
  saveCollaboration, saveNote, setCreatorScore, setSettings, SNAPSHOT_MIN_INTERVAL_MS, DEFAULT_SETTINGS,
} from '../../lib/store';
import { MAX_MERGED_VIDEOS } from '../../lib/seller-center';
import { freshDb, makeCreator, makeOrder, makePlan, makeProduct, pageData } from './helpers';

const T0 = 1_750_000_000_000;

describe('ingestPageData', () => {
  it('merges known over unknown and keeps firstSeenAt', async () => {
    const { db } = await freshDb();
    await ingestPageData(db, pageData({ creators: [makeCreator('c1', { followers: 1000, gmvJpy: 50_000, bio: 'こんにちは' })] }), T0);
    await ingestPageData(db, pageData({ creators: [makeCreator('c1', { followers: 1200, gmvJpy: null, bio: null, categories: [] })] }), T0 + 1);
    const c = (await db.get('creators', 'c1'))!;
    expect(c.followers).toBe(1200);
    expect(c.gmvJpy).toBe(50_000);
    expect(c.bio).toBe('こんにちは');
    expect(c.categories).toEqual(['beauty']);
    expect(c.firstSeenAt).toBe(T0);
    expect(c.updatedAt).toBe(T0 + 1);
  });

  it('one merge rule with the page state: a later list row keeps the fuller detail reading; videos and trend points add up, bounded', async () => {
    const { db } = await freshDb();
    const video = (id: string, postedAt: number) => ({ id, caption: null, postedAt, views: 1000, likes: 50, comments: 2, shares: 1, shoppable: true });
    const genders = [{ key: 'female', name: null, share: 0.7 }, { key: 'male', name: null, share: 0.3 }];
    await ingestPageData(db, pageData({ creators: [makeCreator('c1', { followerGenders: genders, videos: [video('v1', T0 - 2), video('v2', T0 - 1)], followerTrend: [{ at: T0 - 2, followers: 900 }] })] }), T0);
    // a list row: top-1 gender only, no videos, another trend point
    await ingestPageData(db, pageData({ creators: [makeCreator('c1', { followerGenders: [{ key: 'female', name: null, share: 0.7 }], followerTrend: [{ at: T0 - 1, followers: 950 }] })] }), T0 + 1);
    let c = (await db.get('creators', 'c1'))!;
    expect(c.followerGenders).toEqual(genders);
    expect(c.videos.map((v) => v.id)).toEqual(['v2', 'v1']);
    expect(c.followerTrend.map((p) => p.followers)).toEqual([900, 950]);
    // a second visit with newer videos adds them (newest first); a flood of video ids stays bounded
    const flood = Array.from({ length: MAX_MERGED_VIDEOS + 50 }, (_, i) => video(`f${i}`, T0 + i));
    await ingestPageData(db, pageData({ creators: [makeCreator('c1', { videos: flood })] }), T0 + 2);
    c = (await db.get('creators', 'c1'))!;
    expect(c.videos).toHaveLength(MAX_MERGED_VIDEOS);
    expect(c.videos[0]!.id).toBe(`f${MAX_MERGED_VIDEOS + 49}`);
  });

  it('takes the status of a note saved before the creator was first stored, and keeps its own after', async () => {
    const { db } = await freshDb();
    await saveNote(db, { creatorId: 'c1', baseRevision: 0, patch: { status: 'invited' }, editor: 'tab-a' }, T0);
    await ingestPageData(db, pageData({ creators: [makeCreator('c1'), makeCreator('c2')] }), T0 + 1);
    expect((await db.get('creators', 'c1'))!.status).toBe('invited');
    expect((await db.get('creators', 'c2'))!.status).toBe('candidate');
    expect(await db.getAllKeysFromIndex('creators', 'status', 'invited')).toEqual(['c1']);
    // later saves mirror themselves; a re-read of the page keeps that
    await saveNote(db, { creatorId: 'c1', baseRevision: 1, patch: { status: 'replied' }, editor: 'tab-a' }, T0 + 2);
    await ingestPageData(db, pageData({ creators: [makeCreator('c1')] }), T0 + 3);
    expect((await db.get('creators', 'c1'))!.status).toBe('replied');
  });

  it('appends a snapshot only when metrics change or 6 h have passed', async () => {
    const { db } = await freshDb();
    const one = pageData({ creators: [makeCreator('c1', { followers: 1000 })] });
    expect((await ingestPageData(db, one, T0)).snapshots).toBe(1);
    expect((await ingestPageData(db, one, T0 + 60_000)).snapshots).toBe(0); // same metrics, 1 min later
    expect((await ingestPageData(db, pageData({ creators: [makeCreator('c1', { followers: 1001 })] }), T0 + 120_000)).snapshots).toBe(1);
    const sameAgain = pageData({ creators: [makeCreator('c1', { followers: 1001 })] });
    expect((await ingestPageData(db, sameAgain, T0 + 120_000 + SNAPSHOT_MIN_INTERVAL_MS - 1)).snapshots).toBe(0);
    expect((await ingestPageData(db, sameAgain, T0 + 120_000 + SNAPSHOT_MIN_INTERVAL_MS)).snapshots).toBe(1);
    const bundle = await getCreatorBundle(db, 'c1');
    expect(bundle.snapshots.map((s) => s.metrics.followers)).toEqual([1000, 1001, 1001]);
  });

  it('upserts products, plans, orders and records commission observations once per source', async () => {
    const { db } = await freshDb();
    const data = pageData({
      creators: [makeCreator('c1', { medianCommissionRate: 0.12 }), makeCreator('c2')],
      products: [makeProduct('p1'), makeProduct('p2', { commissionRate: null })],
      collaborations: [makePlan('pl1'), makePlan('pl2', { kind: 'open', products: [{ productId: 'p1', commissionRate: 0.1, category: 'beauty' }] })],
      orders: [makeOrder('o1'), makeOrder('o1', { skuId: null }), makeOrder('o2', { creatorId: 'c2' })],
    });
    const r = await ingestPageData(db, data, T0);
    // rates: p1 0.15 (p2 unknown), target plan 0.2, open plan 0.1, c1 median 0.12 (c2 unknown)
    expect(r).toMatchObject({ creators: 2, products: 2, collaborations: 2, orders: 3, observations: 4 });
    await ingestPageData(db, data, T0 + 5);
    expect(await db.count('observations')).toBe(4);
    const obs = await listObservations(db, { category: 'beauty' });
    expect(obs.map((o) => `${o.source}:${o.rate}`).sort()).toEqual(['creator_median:0.12', 'open_collab:0.1', 'product:0.15', 'target_collab:0.2']);
    expect(await db.count('orders')).toBe(3);
    expect((await listOrders(db, { creatorId: 'c2' })).map((o) => o.orderId)).toEqual(['o2']);
    const plan = (await db.get('collaborations', 'plan:pl1'))!;
    expect(plan).toMatchObject({ planId: 'pl1', creatorIds: ['c1'], productId: 'p1', agreedCommissionRate: 0.2 });
  });

  it("keeps the seller's own collaboration fields when the plan is read again", async () => {
    const { db } = await freshDb();
    await ingestPageData(db, pageData({ collaborations: [makePlan('pl1')] }), T0);
    const rec = (await db.get('collaborations', 'plan:pl1'))!;
    await saveCollaboration(db, { ...rec, sampleCostJpy: 1500, trackingNo: 'JP123', memo: '样品已寄' });
    await ingestPageData(db, pageData({ collaborations: [makePlan('pl1', { name: 'renamed' })] }), T0 + 10);
    const after = (await db.get('collaborations', 'plan:pl1'))!;
    expect(after).toMatchObject({ sampleCostJpy: 1500, trackingNo: 'JP123', memo: '样品已寄' });
    expect(after.plan?.name).toBe('renamed');
    expect((await getCreatorBundle(db, 'c1')).collaborations).toHaveLength(1);
  });

  it('writes nothing when one record fails', async () => {
    const { db } = await freshDb();
    const bad = pageData({ creators: [makeCreator('ok')], orders: [makeOrder({} as never)] });
    await expect(ingestPageData(db, bad, T0)).rejects.toMatchObject({ name: 'StoreError' });
    expect(await db.count('creators')).toBe(0);
  });
});

describe('costs, scores, settings', () => {
  it('adds, lists and deletes costs', async () => {
    const { db } = await freshDb();
    await addCost(db, { id: 'k1', creatorId: 'c1', kind: 'sample', amountJpy: 1200, at: T0, memo: '' });
    await addCost(db, { id: 'k2', kind: 'shipping', amountJpy: 800, at: T0, memo: 'ヤマト' });
    expect((await listCosts(db, { creatorId: 'c1' })).map((c) => c.id)).toEqual(['k1']);
    expect(await listCosts(db)).toHaveLength(2);
    await expect(addCost(db, { id: 'k3', kind: 'bribe' as never, amountJpy: 1, at: 0, memo: '' })).rejects.toMatchObject({ code: 'invalid', detail: { field: 'kind' } });
    await deleteCost(db, 'k1');
    await expect(deleteCost(db, 'k1')).rejects.toMatchObject({ code: 'not_found' });
    expect(await listCosts(db)).toHaveLength(1);
  });

  it('sets a score and its sort key', async () => {
    const { db } = await freshDb();
    await ingestPageData(db, pageData({ creators: [makeCreator('c1')] }), T0);
    await setCreatorScore(db, 'c1', 72);
    expect(await db.get('creators', 'c1')).toMatchObject({ score: 72, scoreKey: 72 });
    await expect(setCreatorScore(db, 'zz', 1)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('validates settings and falls back to defaults', async () => {
    const { db } = await freshDb();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    const s = await setSettings(db, { lang: 'ja', cnyPerJpy: 0.048 });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, lang: 'ja', cnyPerJpy: 0.048 });
    await expect(setSettings(db, { lang: 'fr' } as never)).rejects.toMatchObject({ code: 'invalid' });
    await expect(setSettings(db, { roiThreshold: 2, cnyPerJpy: -1 })).rejects.toMatchObject({ code: 'invalid' });
    expect((await getSettings(db)).roiThreshold).toBe(null); // the default (off); the valid half was not written either
  });
});
