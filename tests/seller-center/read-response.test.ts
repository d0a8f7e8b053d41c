import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emptyCreator, mergeCreator, normaliseResponse, type NormaliseResult } from '../../lib/seller-center';
import { creatorSchema, pageDataSchema, type PageData } from '../../lib/model';

const NOW = Date.UTC(2026, 10, 24);
const API_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/api');
const fixture = (rel: string): unknown => JSON.parse(readFileSync(join(API_DIR, rel), 'utf8'));
const w = (value: unknown) => ({ value, is_authorized: true, status: 0 });
const hidden = { value: null, is_authorized: false, status: 1 };

function ok(result: NormaliseResult): PageData {
  if (!result.ok) throw new Error(`expected ok, got ${result.diagnostic}`);
  expect(pageDataSchema.safeParse(result.data).success).toBe(true);
  return result.data;
}

describe('creatorFind', () => {
  const url = 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find?aid=4331';
  it('reads a hand-built wrapped row with the documented units', () => {
    const body = {
      code: 0,
      creator_profile_list: [{
        creator_oecuid: w('7494000000000000001'), handle: w('sample_beauty_jp'), nickname: w('サンプル美容'),
        selection_region: w('JP'), follower_cnt: w('48210'),
        category: w([{ name: 'Beauty & Personal Care', starling_key: 'magellan_601450' }, { name: 'Health', starling_key: 'x' }]),
        med_gmv_revenue: w({ value: '1523400', symbol: '¥', format: '¥1.5M' }),
        units_sold: w('812'), video_avg_view_cnt: w(15806), video_play_cnt_med: w('12110'), video_engagement: w(239),
        ec_video_gpm: w({ minimal: '5950', maximum: '5950', minimal_format: '¥5.9K', symbol: '¥' }),
        top_follower_gender: w([{ key: 'Female', value: '7947' }]),
        creator_fulfillment_score_90d: hidden,
        some_future_field: { anything: [1, 2, 3] },
      }],
      next_pagination: { has_more: true },
    };
    const [c] = ok(normaliseResponse('creatorFind', body, { url, now: NOW })).creators;
    expect(c).toMatchObject({
      id: '7494000000000000001', handle: 'sample_beauty_jp', nickname: 'サンプル美容', region: 'JP', followers: 48210,
      categories: ['Beauty & Personal Care', 'Health'], gmvJpy: 1523400, gpmJpy: 5950, unitsSold: 812, avgViews: 15806,
      medianViews: 12110, engagementRate: 0.0239, fulfillmentScore: null, medianLikes: null,
    });
    expect(c!.followerGenders).toEqual([{ key: 'female', name: null, share: 0.7947 }]);
  });

  it('reads the fixture page: 12 creators, hostile text kept as text, absurd numbers unknown', () => {
    const data = ok(normaliseResponse('creatorFind', fixture('creatorFind/page-0.json'), { url, now: NOW }));
    expect(data.creators).toHaveLength(12);
    const byHandle = new Map(data.creators.map((c) => [c.handle, c]));
    expect(byHandle.get('sakura_beauty_jp')!.followers).toBe(48210);
    expect(byHandle.get('xss_probe_jp')!.nickname).toBe('<img src=x onerror=alert(1)>');
    expect(byHandle.get('nagai_namae')!.nickname!.length).toBe(2000);
    // follower_cnt is 1e30 for this creator: unknown, not a number
    expect(byHandle.get('kazu_no_ryouri')!.followers).toBeNull();
    // unauthorised metrics are unknown, never 0
    const secret = byHandle.get('himitsu_account')!;
    expect([secret.gmvJpy, secret.medianViews, secret.engagementRate, secret.unitsSold]).toEqual([null, null, null, null]);
    expect(secret.followers).toBe(9800);
  });

  it('skips rows without an id and non-object rows', () => {
    const body = { code: 0, creator_profile_list: [null, 5, 'x', [], { handle: w('no_id') }, { creator_oecuid: w('7494000000000000009') }] };
    const data = ok(normaliseResponse('creatorFind', body, { url, now: NOW }));
    expect(data.creators.map((c) => c.id)).toEqual(['7494000000000000009']);
  });

  it('accepts the body as JSON text', () => {
    const text = JSON.stringify({ code: 0, creator_profile_list: [{ creator_oecuid: w('7494000000000000009'), follower_cnt: w(10) }] });
    expect(ok(normaliseResponse('creatorFind', text, { url, now: NOW })).creators[0]!.followers).toBe(10);
  });
});

describe('error envelopes and unknown shapes', () => {
  it.each([['errors/98001004.json', '98001004'], ['errors/100000.json', '100000'], ['errors/10000.json', '10000']])('%s -> ok:false naming code %s', (file, code) => {
    const result = normaliseResponse('creatorFind', fixture(file), { url: '/api/v1/oec/affiliate/creator/marketplace/find?msToken=SECRET', now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostic).toContain(`error code ${code}`);
    expect(result.diagnostic).toContain('creatorFind');
    expect(result.diagnostic).not.toContain('SECRET');
    expect(result.diagnostic).not.toContain('Please remove');
  });
  it('a changed format gives a diagnostic with field names but no values', () => {
    const body = { code: 0, creators_v2: [{ id: '7494000000000000001', nick: 'さくら', n: 5 }] };
    const result = normaliseResponse('creatorFind', body, { url: 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find', now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostic).toContain('creators_v2');
    expect(result.diagnostic).toContain('nick:string');
    expect(result.diagnostic).toContain('/api/v1/oec/affiliate/creator/marketplace/find');
    expect(result.diagnostic).not.toContain('7494000000000000001');
    expect(result.diagnostic).not.toContain('さくら');
  });
  it('non-object bodies are not recognised', () => {
    for (const body of [null, 42, 'not json', [], true]) {
      expect(normaliseResponse('ordersList', body, { url: '/x', now: NOW }).ok).toBe(false);
    }
  });
});

describe('creatorProfile (one response per profile_type) + mergeCreator', () => {
  const url = '/api/v1/oec/affiliate/creator/marketplace/profile';
  const id = '7494000000000000103';
  const read = (type: number) => ok(normaliseResponse('creatorProfile', fixture(`creatorProfile/${id}-${type}.json`), { url, requestBody: JSON.stringify({ creator_oec_id: id, profile_types: [type] }), now: NOW })).creators[0]!;

  it('merges types 1, 2, 3 into one creator with videos and trend', () => {
    const merged = [1, 2, 3].map(read).reduce(mergeCreator);
    expect(creatorSchema.safeParse(merged).success).toBe(true);
    const raw2 = fixture(`creatorProfile/${id}-2.json`) as { creator_profile: Record<string, { value: unknown }> };
    const rawVideos = raw2.creator_profile.top_video_data!.value as Array<{ item_id: string; play_cnt: number | string; like_cnt: number; release_date: string }>;
    expect(merged.handle).toBe('yumekawa_cosme77');
    expect(merged.bio).toBe('プチプラコスメ大好き');
    expect(merged.followers).toBe(36800);
    expect(merged.medianCommissionRate).toBe(0.15);
    expect(merged.videos).toHaveLength(rawVideos.length);
    const first = rawVideos[0]!;
    const video = merged.videos.find((v) => v.id === first.item_id)!;
    expect(video.views).toBe(Number(first.play_cnt));
    expect(video.likes).toBe(first.like_cnt);
    expect(video.postedAt).toBe(Number(first.release_date) * 1000);
    // bought likes: like/view of every video near 0.5
    for (const v of merged.videos) expect(v.likes! / v.views!).toBeGreaterThan(0.4);
    expect(merged.followerTrend).toHaveLength(30);
    expect(merged.followerGenders.map((g) => g.key)).toEqual(['female', 'male']);
  });

  it('takes the id from the request when creator_profile lacks it', () => {
    const body = { code: 0, message: 'success', creator_profile: { follower_cnt: w('100') } };
    const c = ok(normaliseResponse('creatorProfile', body, { url, requestBody: { creator_oec_id: '7494000000000000555', profile_types: [3] }, now: NOW })).creators[0]!;
    expect(c.id).toBe('7494000000000000555');
    expect(c.followers).toBe(100);
  });

  it('fails with a diagnostic when no id is known', () => {
    const result = normaliseResponse('creatorProfile', { code: 0, creator_profile: {} }, { url, now: NOW });
    expect(result.ok).toBe(false);
  });

  it('uses e-commerce medians as one family when the all-video ones are missing', () => {
    const body = { code: 0, creator_profile: { creator_oecuid: w('7494000000000000001'), video_med_view_cnt: w('9999'), ec_video_med_view_cnt: w('9420'), ec_video_med_like_cnt: w('226'), ec_video_med_comment_cnt: w('5'), ec_video_med_share_cnt: w('1') } };
    const c = ok(normaliseResponse('creatorProfile', body, { url, now: NOW })).creators[0]!;
    expect([c.medianViews, c.medianLikes, c.medianComments, c.medianShares]).toEqual([9420, 226, 5, 1]);
  });

  it('drops videos dated in the future beyond tolerance', () => {
    const future = String(Math.floor(NOW / 1000) + 10 * 86400);
    const body = { code: 0, creator_profile: { creator_oecuid: w('7494000000000000001'), top_video_data: w([{ item_id: '7540000000000000001', play_cnt: 10, release_date: future }]) } };
    const c = ok(normaliseResponse('creatorProfile', body, { url, now: NOW })).creators[0]!;
    expect(c.videos[0]!.postedAt).toBeNull();
  });
});

describe('mergeCreator', () => {
  const a = { ...emptyCreator('1'), handle: 'old', followers: 100, medianViews: 50, categories: ['Home'],
    videos: [{ id: 'v1', caption: 'a', postedAt: 1000, views: 10, likes: null, comments: 1, shares: null, shoppable: null }],
    followerGenders: [{ key: 'female', name: null, share: 0.7 }, { key: 'male', name: null, share: 0.3 }] };
  const b = { ...emptyCreator('1'), handle: 'new', followers: null, nickname: 'ニック', categories: ['Food', 'Home'],
    videos: [{ id: 'v1', caption: null, postedAt: 1000, views: 12, likes: 3, comments: null, shares: null, shoppable: true },
      { id: 'v2', caption: 'b', postedAt: 2000, views: 5, likes: 1, comments: 0, shares: null, shoppable: null }],
    followerGenders: [{ key: 'female', name: null, share: 0.79 }] };
  it('prefers known over unknown and newer over older', () => {
    const m = mergeCreator(a, b);
    expect(m.handle).toBe('new');
    expect(m.followers).toBe(100);
    expect(m.medianViews).toBe(50);
    expect(m.nickname).toBe('ニック');
    expect(m.categories).toEqual(['Food', 'Home']);
    // the full distribution beats a top-1 list entry
    expect(m.followerGenders).toHaveLength(2);
  });
  it('unions videos by id, newest first, newer fields winning', () => {
    const m = mergeCreator(a, b);
    expect(m.videos.map((v) => v.id)).toEqual(['v2', 'v1']);
    expect(m.videos[1]).toEqual({ id: 'v1', caption: 'a', postedAt: 1000, views: 12, likes: 3, comments: 1, shares: null, shoppable: true });
  });
});

describe('orders', () => {
  it('reads the current endpoint fixture: 24 lines, 4 creators, refund, return, settled and pending', () => {
    const raw = fixture('ordersList/page-1.json') as { data: { sku_order_list: Array<Record<string, any>> } };
    // eslint-disable-next-line no-loss-of-precision -- the page sends plan ids as lossy JSON numbers; the reader must not rely on them
    const data = ok(normaliseResponse('ordersList', raw, { url: '/api/oec/pay/statement/order/seller/orders/list', requestBody: { affiliate_seller_search_condition: { plan_id: 7561000000000000001 } }, now: NOW }));
    expect(data.orders).toHaveLength(24);
    expect(new Set(data.orders.map((o) => o.creatorId)).size).toBe(4);
    expect(data.orders.filter((o) => o.settled === true)).toHaveLength(14);
    expect(data.orders.filter((o) => o.settled === false)).toHaveLength(10);
    expect(data.orders.filter((o) => (o.refundedUnits ?? 0) > 0)).toHaveLength(1);
    expect(data.orders.filter((o) => (o.returnedUnits ?? 0) > 0)).toHaveLength(1);
    const line0 = raw.data.sku_order_list[0]!;
    const info = line0.sku_order_base_info_for_affiliate_seller.sku_order_info;
    expect(data.orders[0]).toMatchObject({
      orderId: info.main_order_id, amountJpy: Number(info.sale_price.amount), createdAt: Number(info.create_time),
      commissionRate: line0.sku_order_commission_info_for_affiliate_seller.standard_cos_ratio / 10000, status: 'settled',
    });
    // plan_id arrives as an unsafe JS number here: it must not become a wrong id
    expect(data.orders[0]!.collaborationId).toBeNull();
  });
  it('takes the collaboration id from the request plan_id', () => {
    const body = { code: 0, data: { sku_order_list: [{ sku_order_base_info_for_affiliate_seller: { sku_order_info: { main_order_id: '578000000000000001', create_time: '1788300000000', sale_price: { amount: '3837' }, settlement_status: 1 } } }] } };
    const [o] = ok(normaliseResponse('ordersList', body, { url: '/x', requestBody: { affiliate_seller_search_condition: { plan_id: '7561000000000000001' } }, now: NOW })).orders;
    expect(o).toMatchObject({ orderId: '578000000000000001', amountJpy: 3837, settled: false, status: 'pending', collaborationId: '7561000000000000001', commissionRate: null, creatorId: null });
  });
  it('reads the legacy endpoint', () => {
    const data = ok(normaliseResponse('ordersListLegacy', fixture('ordersListLegacy/page-1.json'), { url: '/api/v1/affiliate/orders', now: NOW }));
    expect(data.orders).toHaveLength(3);
    expect(data.orders[0]).toMatchObject({ orderId: '578000000000002000', creatorHandle: 'sakura_beauty_jp', amountJpy: 1296, commissionRate: 0.08, commissionEstimatedJpy: 103, quantity: 1 });
  });
});

describe('collaborations and products', () => {
  it('invitation search -> target collaborations with ×100 commission', () => {
    const data = ok(normaliseResponse('invitationSearch', fixture('invitationSearch/page-1.json'), { url: '/x', now: NOW }));
    expect(data.collaborations).toHaveLength(3);
    expect(data.collaborations[0]).toMatchObject({ id: '7561000000000000001', kind: 'target', name: '秋のスキンケア特集', status: 'ongoing' });
    expect(data.collaborations[0]!.products.map((p) => p.commissionRate)).toEqual([0.15, 0.2]);
    expect(data.collaborations.map((c) => [c.status, c.creatorCount, c.creatorsAddedCount, c.creatorsPostedCount])).toEqual([
      ['ongoing', 3, 3, 0], ['ongoing', 2, 2, 0], ['terminated', 1, 1, 1],
    ]);
    expect(data.collaborations[2]!.creatorIds).toEqual(['7494000000000000110']);
  });
  it('invitation detail', () => {
    const data = ok(normaliseResponse('invitationDetail', fixture('invitationDetail/7561000000000000002.json'), { url: '/x', requestBody: { invitation_group_id: '7561000000000000002' }, now: NOW }));
    expect(data.collaborations[0]).toMatchObject({ id: '7561000000000000002', creatorIds: ['7494000000000000102', '7494000000000000109'] });
  });
  it('invitation create reads the rates the seller chose from the request', () => {
    const request = { invitation_group: { name: '新規', end_time: '1797206400000', product_list: [{ product_id: '1732000000000000001', target_commission: 1800 }], creator_id_list: [{ base_info: { creator_id: '1', creator_oec_id: '7494000000000000101', nick_name: 'x' } }] } };
    const data = ok(normaliseResponse('invitationCreate', fixture('invitationCreate/success.json'), { url: '/x', requestBody: request, now: NOW }));
    expect(data.collaborations[0]).toMatchObject({ id: '7561000000000000099', name: '新規', creatorIds: ['7494000000000000101'], endsAt: 1797206400000 });
    expect(data.collaborations[0]!.products).toEqual([{ productId: '1732000000000000001', commissionRate: 0.18, category: null }]);
    expect(normaliseResponse('invitationCreate', fixture('invitationCreate/success.json'), { url: '/x', now: NOW }).ok).toBe(false);
  });
  it('open collaboration products', () => {
    const data = ok(normaliseResponse('openCollabProducts', fixture('openCollabProducts/page-1.json'), { url: '/x', now: NOW }));
    expect(data.products).toHaveLength(8);
    expect(data.products[2]).toEqual({ id: '1732000000000000003', name: '国産ほうじ茶ティーバッグ 50袋', priceJpy: 1296, maxPriceJpy: 2592, category: 'Food & Beverages', commissionRate: 0.08 });
    expect(data.collaborations[0]!.kind).toBe('open');
  });
  it('product selection: top-level category, numeric prices, absurd rate and lost-precision id dropped', () => {
    const data = ok(normaliseResponse('productSelection', fixture('productSelection/page-1.json'), { url: '/x', now: NOW }));
    expect(data.products).toHaveLength(7);
    expect(data.products.map((p) => p.category)).toContain('Food');
    expect(data.products.find((p) => p.id === '1732000000000000005')!.commissionRate).toBeNull();
    expect(data.products.find((p) => p.id === '1732000000000000006')!.priceJpy).toBe(1650);
    expect(data.products.some((p) => p.id.startsWith('17320000000000000') && p.id.endsWith('7'))).toBe(false);
  });
  it('sample requests -> partial creators and products', () => {
    const data = ok(normaliseResponse('sampleRequests', fixture('sampleRequests/page-1.json'), { url: '/x', now: NOW }));
    expect(data.creators.map((c) => [c.handle, c.sampleFulfillmentRate])).toEqual([['sakura_beauty_jp', 0.9], ['gadget_sokuhou', 0.65], ['xss_probe_jp', 0.4]]);
    expect(data.products[0]).toMatchObject({ id: '1732000000000000001', priceJpy: 1980 });
    // the first creator's request came as one apply_info object, the others as apply_infos arrays
    expect(data.products.map((p) => p.id)).toEqual(['1732000000000000001', '1732000000000000002', '1732000000000000003']);
    expect(data.creators.map((c) => c.hasCollaborated)).toEqual([false, false, true]);
  });
});

describe('diagnostic hygiene', () => {
  it('masks id-like digit runs in the path', () => {
    const result = normaliseResponse('creatorProfile', { code: 1 }, { url: 'https://affiliate.tiktok.com/api/v2/creator/7494000000000000101/profile?cid=7494000000000000101', now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.diagnostic).toContain('path: /api/v2/creator/<id>/profile');
      expect(result.diagnostic).not.toContain('7494000000000000101');
    }
  });
  it('prices in another currency are unknown, not yen', () => {
    const body = { code: 0, products: [{ product_id: '1732000000000000001', title: 'x', price: { min_price: '100000', currency: 'VND' }, commission_rate: 1000 }] };
    const [p] = ok(normaliseResponse('openCollabProducts', body, { url: '/x', now: NOW })).products;
    expect([p!.priceJpy, p!.maxPriceJpy, p!.commissionRate]).toEqual([null, null, 0.1]);
  });
});
