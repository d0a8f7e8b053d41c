/**
 * Every normaliser against every real (and described) response in tests/fixtures/real, with values worked out by
 * hand from the files (see tests/fixtures/real/README.md for where each came from).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normaliseResponse, type NormaliseResult } from '../../lib/seller-center';
import { pageDataSchema, type PageData } from '../../lib/model';

const REAL = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/real');
const load = (rel: string): unknown => JSON.parse(readFileSync(join(REAL, rel), 'utf8'));
const api = (path: string, region: string) => `https://affiliate.tiktok.com${path}?aid=4331&shop_region=${region}`;

function ok(result: NormaliseResult): PageData {
  if (!result.ok) throw new Error(`expected ok, got ${result.diagnostic}`);
  expect(pageDataSchema.safeParse(result.data).success).toBe(true);
  return result.data;
}

describe('real: creator profile, VN, Feb 2025 (S5 docs/API.md, wrappers stripped by its author)', () => {
  const published = load('creatorProfile/vn-2025-02-s5-docs-api.json') as Array<{ profiles: unknown }>;
  const body = { code: 0, message: 'success', ...(published[0]!.profiles as object) };
  const now = Date.UTC(2025, 2, 1);
  const data = ok(normaliseResponse('creatorProfile', body, { url: api('/api/v1/oec/affiliate/creator/marketplace/profile', 'VN'), now }));
  const c = data.creators[0]!;

  it('reads identity and counts', () => {
    expect(data.creators).toHaveLength(1);
    expect(c.id).toBe('7495881263612856625');
    expect(c.handle).toBe('emthuythuyyy');
    expect(c.nickname).toBe('Em Thuý Thuý');
    expect(c.region).toBe('VN');
    expect(c.followers).toBe(124_062);
    expect(c.categories).toEqual(['Beauty & Personal Care', 'Shoes', 'Womenswear & Underwear']);
    expect(c.unitsSold).toBe(1263);
    expect(c.videosLast30d).toBe(72);
  });
  it('never turns đồng into yen', () => {
    expect(c.gmvJpy).toBeNull(); // {value:"133738359.53", symbol:"₫"}
    expect(c.gpmJpy).toBeNull();
    expect(c.videoGmvJpy).toBeNull();
    expect(c.liveGmvJpy).toBeNull();
    expect(c.avgOrderValueJpy).toBeNull();
  });
  it('reads medians and rates in their units', () => {
    expect(c.avgViews).toBeNull(); // video_avg_view_cnt: null
    expect(c.medianViews).toBe(2212);
    expect(c.medianLikes).toBe(36);
    expect(c.medianComments).toBe(0);
    expect(c.medianShares).toBe(0);
    expect(c.engagementRate).toBeCloseTo(0.0239, 10); // 239 = 2.39 %
    expect(c.medianCommissionRate).toBeCloseTo(0.1, 10); // 1000
    expect(c.sampleFulfillmentRate).toBeNull();
    expect(c.fulfillmentScore).toBeNull();
    expect(c.followerGenders).toEqual([]); // follower_genders_v2: null
  });
  it('reads the fields sellers value', () => {
    expect(c.videoGmvShare).toBeCloseTo(0.9911, 10);
    expect(c.liveGmvShare).toBeNull(); // content_groups lists video and showcase only
    expect(c.gmvShareByCategory).toEqual([
      { key: '601450', name: 'Beauty & Personal Care', share: 0.3905 },
      { key: '601352', name: 'Shoes', share: 0.2614 },
      { key: '601152', name: 'Womenswear & Underwear', share: 0.259 },
      { key: '-1', name: null, share: 0.0891 },
    ]);
    expect(c.brandCount).toBe(24);
    expect(c.brands).toEqual(['OLEVS', 'Làng Chài Xưa', 'JULIDO', 'MF MINI FOCUS', 'NESTY Premium Brand', 'HOBE BAR', 'Ăn Cùng Bà Tuyết', 'Vua Đèn Led', 'SD SD DESIGN', 'Celio']);
    expect(c.contactInfoAvailable).toBe(false);
    expect(c.hasCollaborated).toBe(false);
    expect(c.invitedLast90d).toBe(false);
    expect(c.audienceByRegion).toEqual([
      { key: 'HA NOI', count: 2450 }, { key: 'HO CHI MINH', count: 1387 }, { key: 'THANH HOA', count: 257 },
      { key: 'HAI PHONG', count: 251 }, { key: 'BAC GIANG', count: 228 },
    ]);
    expect(c.dataUntil).toBe(1_740_528_000_000);
  });
  it('reads both video lists, one video shared between them', () => {
    expect(c.videos.map((v) => v.id)).toEqual([
      '7472608925678849287', '7471934276007726343', '7470391232678694152', '7468624007466667272', '7467545724746599698',
    ]);
    const first = c.videos.find((v) => v.id === '7471934276007726343')!;
    expect([first.views, first.likes, first.comments, first.shares, first.postedAt, first.shoppable]).toEqual([386_894, 14_459, 0, null, 1_739_695_272_000, null]);
    expect(c.videos.find((v) => v.id === '7468624007466667272')?.shoppable).toBe(true);
  });
  it('reads the 30-day follower trend', () => {
    expect(c.followerTrend).toHaveLength(30);
    expect(c.followerTrend[0]).toEqual({ at: 1_738_108_800_000, followers: 103_545 });
    expect(c.followerTrend[29]).toEqual({ at: 1_740_614_400_000, followers: 124_062 });
  });
});

describe('real: sample requests, ID (Tokopedia), 2026 (list at the top level, apply_info one object)', () => {
  const body = load('sampleRequests/id-2026-tokopedia-doc.json');
  const data = ok(normaliseResponse('sampleRequests', body, { url: api('/api/v1/affiliate/sample/group/list', 'ID'), now: Date.UTC(2026, 10, 24) }));
  it('reads the creator with every value right', () => {
    expect(data.creators).toHaveLength(1);
    const c = data.creators[0]!;
    expect(c.id).toBe('7496211446107966143');
    expect(c.handle).toBe('warungsparepart0');
    expect(c.nickname).toBe('WARUNG SPAREPARTS');
    expect(c.followers).toBe(4726);
    expect(c.categories).toEqual(['Automotive & Motorcycle']);
    expect(c.sampleFulfillmentRate).toBe(1); // "100.00%"
    expect(c.gmvJpy).toBeNull(); // "Rp130.973.930"
    expect(c.unitsSold).toBe(426);
    expect(c.avgViews).toBe(510);
    expect(c.hasCollaborated).toBe(false);
    expect(c.videos).toEqual([]); // its one video has no item_id in the published excerpt
  });
  it('adds no product: the published request has no product_id', () => {
    expect(data.products).toEqual([]);
  });
});

describe('described shapes (prose, not captures)', () => {
  const jp = (path: string) => api(path, 'JP');
  it('empty plan list', () => {
    const data = ok(normaliseResponse('invitationSearch', load('described/invitationSearch-empty.json'), { url: jp('/api/v1/oec/affiliate/seller/invitation_group/search'), now: 0 }));
    expect(data.collaborations).toEqual([]);
  });
  it('plan list items with group_status and counts (S3)', () => {
    const data = ok(normaliseResponse('invitationSearch', load('described/invitationSearch-s3-items.json'), { url: jp('/api/v1/oec/affiliate/seller/invitation_group/search'), now: 0 }));
    expect(data.collaborations.map((p) => [p.id, p.status, p.creatorCount, p.creatorsAddedCount, p.creatorsPostedCount, p.endsAt])).toEqual([
      ['7690000000000000047', 'ongoing', 10, 3, 1, 1_791_600_000_000],
      ['7690000000000000048', 'terminated', 5, 0, 0, 1_788_600_000_000],
    ]);
  });
  it('plan detail with per-creator progress (S3, S4)', () => {
    const data = ok(normaliseResponse('invitationDetail', load('described/invitationDetail-s3-s4.json'), { url: jp('/api/v1/oec/affiliate/seller/invitation_group/detail'), now: 0 }));
    const plan = data.collaborations[0]!;
    expect(plan.creatorIds).toEqual(['7494000000000000001', '7494000000000000002']);
    expect(plan.products).toEqual([{ productId: '1732000000000000001', commissionRate: 0.15, category: null }]);
    expect(plan.creatorProgress).toEqual([
      { creatorId: '7494000000000000001', handle: 'handle_one', status: 'pending', productsAdded: 0, contentPosted: 0 },
      { creatorId: '7494000000000000002', handle: 'handle_two', status: 'creator_status_3', productsAdded: 1, contentPosted: 2 },
    ]);
  });
  it('created plan id nested one level down', () => {
    const data = ok(normaliseResponse('invitationCreate', load('described/invitationCreate-nested-id.json'), {
      url: jp('/api/v1/oec/affiliate/seller/invitation_group/create'), now: 0,
      requestBody: { invitation_group: { name: 'x', product_list: [] } },
    }));
    expect(data.collaborations[0]?.id).toBe('7690000000000000099');
  });
  it('sample list error answer stays an error with a redacted diagnostic', () => {
    const result = normaliseResponse('sampleRequests', load('described/sampleRequests-s3-error.json'), { url: jp('/api/v1/affiliate/sample/group/list'), now: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.diagnostic).toContain('error code 98001004');
      expect(result.diagnostic).not.toContain('parameter error');
    }
  });
});
