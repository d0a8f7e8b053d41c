/** Analytics performance tables, Affiliate Center "Performance" page (S4 analytics.py; row encodings [G]). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchApiPath, normaliseResponse, pageKindOf, type NormaliseResult } from '../../lib/seller-center';
import { UNREAD_PATHS } from '../../lib/seller-center/endpoints';
import { pageDataSchema, type PageData } from '../../lib/model';

const REAL = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/real');
const URL = 'https://affiliate.tiktok.com/api/v1/oec/affiliate/compass/transaction/detail_list/get?shop_region=JP';
const NOW = Date.UTC(2026, 10, 24);

function ok(result: NormaliseResult): PageData {
  if (!result.ok) throw new Error(`expected ok, got ${result.diagnostic}`);
  expect(pageDataSchema.safeParse(result.data).success).toBe(true);
  return result.data;
}

describe('analyticsDetailList', () => {
  it('is matched by path and its page is the analytics route', () => {
    expect(matchApiPath(URL)).toBe('analyticsDetailList');
    expect(pageKindOf('https://affiliate.tiktok.com/insights/transaction-analysis?shop_region=JP')).toBe('analytics');
  });
  it('reads the creator tab with the period from the request', () => {
    const body = JSON.parse(readFileSync(join(REAL, 'described/analyticsDetailList-creator-s4.json'), 'utf8'));
    const request = { params: { detail_list_type: 1, creator_list_params: [{ time_descriptor: { start_time: 1789000000, end_time: 1791600000 } }] }, module_type: 103 };
    const data = ok(normaliseResponse('analyticsDetailList', body, { url: URL, now: NOW, requestBody: request }));
    expect(data.performance).toEqual([
      {
        kind: 'creator', id: '7494000000000000001', label: 'handle_one', creatorId: '7494000000000000001', creatorHandle: 'handle_one',
        periodStart: 1_789_000_000_000, periodEnd: 1_791_600_000_000, gmvJpy: 152_340, commissionJpy: 15_234, unitsSold: 42,
        orders: 40, avgOrderValueJpy: 3627, views: 120_000, impressions: 5000, clicks: null, ctr: 0.035, finishRate: null,
      },
      {
        kind: 'creator', id: '7494000000000000002', label: 'handle_two', creatorId: '7494000000000000002', creatorHandle: 'handle_two',
        periodStart: 1_789_000_000_000, periodEnd: 1_791_600_000_000, gmvJpy: null, commissionJpy: null, unitsSold: null,
        orders: null, avgOrderValueJpy: null, views: null, impressions: null, clicks: null, ctr: null, finishRate: null,
      },
    ]);
  });
  it('reads the video and LIVE tabs (views, clicks, finish rate)', () => {
    const body = {
      code: 0,
      data: {
        video_list_segments_v2: [{ total: 1, video_performances: [{
          video_info: { item_id: '7540000000000000001', title: '朝のルーティン' }, creator_base: { oec_id: '7494000000000000001', handle_name: 'h1' },
          video_metrics: { video_gmv: '¥4.97K', video_views_cnt: '30530', video_product_clicks_cnt: 120, video_finish_rate: 2450, video_distinct_product_ctr: 0.021 },
        }] }],
        live_list_segments_v2: [{ live_performances: [{ live_info: { room_id: '7600000000000000001', title: '' }, creator_base: { handle_name: 'h2' }, live_metrics: { live_gmv: '35,837円' } }] }],
      },
    };
    const rows = ok(normaliseResponse('analyticsDetailList', body, { url: URL, now: NOW })).performance ?? [];
    expect(rows.map((r) => [r.kind, r.id, r.label, r.gmvJpy, r.views, r.clicks, r.finishRate, r.ctr])).toEqual([
      ['video', '7540000000000000001', '朝のルーティン', 4970, 30_530, 120, 0.245, 0.021],
      ['live', '7600000000000000001', 'h2', 35_837, null, null, null, null],
    ]);
  });
  it('an answer with no table is unreadable; an empty success is empty', () => {
    expect(normaliseResponse('analyticsDetailList', { code: 0, data: { rows: [1] } }, { url: URL, now: NOW }).ok).toBe(false);
    expect(ok(normaliseResponse('analyticsDetailList', { code: 0, data: {} }, { url: URL, now: NOW })).performance).toEqual([]);
  });
});

describe('creator lists from other paths', () => {
  it.each(['creatorSearch', 'creatorRecommendation'] as const)('%s reads rows at the top level or under data', (endpoint) => {
    const row = { creator_oecuid: { value: '7494000000000000003', is_authorized: true, status: 0 }, handle: { value: 'h3', is_authorized: true, status: 0 } };
    const url = `https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/${endpoint === 'creatorSearch' ? 'search' : 'recommendation'}`;
    expect(matchApiPath(url)).toBe(endpoint);
    const top = ok(normaliseResponse(endpoint, { code: 0, creator_profile_list: [row] }, { url, now: NOW }));
    const nested = ok(normaliseResponse(endpoint, { code: 0, data: { creator_profile_list: [row] } }, { url, now: NOW }));
    expect(top.creators.map((c) => c.handle)).toEqual(['h3']);
    expect(nested).toEqual(top);
  });
});

describe('paths seen but not read', () => {
  it('lists the commission suggestion paths, marked as guesses', () => {
    const paths = UNREAD_PATHS.map((p) => p.path);
    expect(paths).toContain('/api/v1/affiliate/recommend_commission/get');
    expect(paths).toContain('/api/v1/affiliate/plan/recommend_commissions/list');
    expect(UNREAD_PATHS.filter((p) => p.path.includes('commission')).every((p) => p.guess)).toBe(true);
  });
});
