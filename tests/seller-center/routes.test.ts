import { describe, expect, it } from 'vitest';
import { fixtureResponse, SAMPLE_SCRIPT_PATH } from '../fixtures/routes';
import { normaliseResponse, matchApiPath } from '../../lib/seller-center';

const HOST = 'https://affiliate.tiktok.com';
const post = (path: string, body: unknown) => fixtureResponse(`${HOST}${path}?aid=4331&msToken=x`, 'POST', JSON.stringify(body));
const parse = (r: ReturnType<typeof fixtureResponse>) => JSON.parse(r!.body) as Record<string, any>;

describe('fixtureResponse: pages', () => {
  it('serves the sample app for page routes on every known host', () => {
    for (const url of [
      `${HOST}/connection/creator?shop_region=JP`,
      `${HOST}/affiliate/creator/detail?cid=7494000000000000101`,
      'https://affiliate.tiktokshopglobalselling.com/affiliate/creator?shop_region=JP',
      'https://seller-jp.tiktok.com/affiliate/landing',
      `${HOST}/product/order`,
    ]) {
      const r = fixtureResponse(url, 'GET', null);
      expect(r?.status).toBe(200);
      expect(r?.contentType).toMatch(/text\/html/);
      expect(r?.body).toContain(SAMPLE_SCRIPT_PATH);
    }
  });
  it('serves the app script and nothing for unknown hosts or paths', () => {
    expect(fixtureResponse(`${HOST}${SAMPLE_SCRIPT_PATH}`, 'GET', null)?.contentType).toMatch(/javascript/);
    expect(fixtureResponse('https://example.com/connection/creator', 'GET', null)).toBeNull();
    expect(fixtureResponse('http://affiliate.tiktok.com/connection/creator', 'GET', null)).toBeNull();
    expect(fixtureResponse(`${HOST}/api/v1/unknown/thing`, 'POST', '{}')).toBeNull();
    expect(fixtureResponse('not a url', 'GET', null)).toBeNull();
  });
  it('the sample page loads no external resources', () => {
    const html = fixtureResponse(`${HOST}/connection/creator`, 'GET', null)!.body;
    const js = fixtureResponse(`${HOST}${SAMPLE_SCRIPT_PATH}`, 'GET', null)!.body;
    expect(html).not.toMatch(/(src|href)=["']https?:/);
    expect(js).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(js).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
  });
});

describe('fixtureResponse: API', () => {
  it('find: page 0 and 1 by body, empty after', () => {
    const p0 = parse(post('/api/v1/oec/affiliate/creator/marketplace/find', { pagination: { size: 12, page: 0 } }));
    const p1 = parse(post('/api/v1/oec/affiliate/creator/marketplace/find', { pagination: { size: 12, page: 1, search_key: 'x' } }));
    const p2 = parse(post('/api/v1/oec/affiliate/creator/marketplace/find', { pagination: { size: 12, page: 2 } }));
    expect([p0.creator_profile_list.length, p0.next_pagination.has_more]).toEqual([12, true]);
    expect([p1.creator_profile_list.length, p1.next_pagination.has_more]).toEqual([12, false]);
    expect(p2.creator_profile_list).toEqual([]);
    expect(p0.creator_profile_list[0].creator_oecuid.value).not.toBe(p1.creator_profile_list[0].creator_oecuid.value);
  });
  it('profile: one response per profile_type, keyed by creator_oec_id', () => {
    const id = '7494000000000000104';
    const t1 = parse(post('/api/v1/oec/affiliate/creator/marketplace/profile', { creator_oec_id: id, profile_types: [1] }));
    const t2 = parse(post('/api/v1/oec/affiliate/creator/marketplace/profile', { creator_oec_id: id, profile_types: [2] }));
    const t5 = parse(post('/api/v1/oec/affiliate/creator/marketplace/profile', { creator_oec_id: id, profile_types: [5] }));
    expect(t1.creator_profile.handle.value).toBe('gadget_sokuhou');
    expect(t1.creator_profile.top_video_data).toBeUndefined();
    expect(t2.creator_profile.top_video_data.value.length).toBeGreaterThanOrEqual(8);
    expect(t2.creator_profile.handle).toBeUndefined();
    expect(t5).toEqual({ code: 0, message: 'success', creator_profile: {} });
    const all = parse(post('/api/v1/oec/affiliate/creator/marketplace/profile', { creator_oec_id: id, profile_types: [1, 2, 3] }));
    expect(all.creator_profile.handle.value).toBe('gadget_sokuhou');
    expect(all.creator_profile.follower_genders_v2).toBeDefined();
    expect(all.creator_profile_trend_data[0].stats).toHaveLength(30);
  });
  it('profile of an unknown creator or a path-like id is an error envelope', () => {
    expect(parse(post('/api/v1/oec/affiliate/creator/marketplace/profile', { creator_oec_id: '1', profile_types: [1] })).code).toBe(98001004);
    expect(parse(post('/api/v1/oec/affiliate/creator/marketplace/profile', { creator_oec_id: '../../routes', profile_types: [1] })).code).toBe(98001004);
  });
  it('invitation detail by id', () => {
    const r = parse(post('/api/v1/oec/affiliate/seller/invitation_group/detail', { invitation_group_id: '7561000000000000003' }));
    expect(r.data.invitation.name).toBe('収納グッズ 夏');
    expect(parse(post('/api/v1/oec/affiliate/seller/invitation_group/detail', { invitation_group_id: '9' })).code).toBe(98001004);
  });
  it('every endpoint answers POST with JSON the normaliser accepts', () => {
    const bodies: Record<string, unknown> = {
      '/api/v1/oec/affiliate/creator/marketplace/find': { pagination: { page: 0 } },
      '/api/v1/oec/affiliate/creator/marketplace/profile': { creator_oec_id: '7494000000000000101', profile_types: [2] },
      '/api/oec/pay/statement/order/seller/orders/list': { page_size: 50 },
      '/api/v1/affiliate/orders': { page: 1 },
      '/api/v1/oec/affiliate/seller/invitation_group/search': { cur_page: 1 },
      '/api/v1/oec/affiliate/seller/invitation_group/detail': { invitation_group_id: '7561000000000000001' },
      '/api/v1/oec/affiliate/seller/invitation_group/create': { invitation_group: { name: 'x', product_list: [{ product_id: '1732000000000000001', target_commission: 1500 }] } },
      '/api/v1/affiliate/open_collaboration/promote_products/list': { cur_page: 1 },
      '/api/v1/affiliate/product_selection/list': { cur_page: 1 },
      '/api/v1/affiliate/sample/group/list': { tab: 1 },
    };
    for (const [path, body] of Object.entries(bodies)) {
      const r = post(path, body);
      expect(r?.status, path).toBe(200);
      const endpoint = matchApiPath(path)!;
      const result = normaliseResponse(endpoint, JSON.parse(r!.body), { url: `${HOST}${path}`, requestBody: body, now: Date.UTC(2026, 10, 24) });
      expect(result.ok, path).toBe(true);
    }
  });
  it('GET on an API path is refused; test hooks give error and unknown format', () => {
    expect(fixtureResponse(`${HOST}/api/v1/affiliate/orders`, 'GET', null)?.status).toBe(405);
    const error = fixtureResponse(`${HOST}/api/v1/affiliate/orders?mitate_fixture=error`, 'POST', '{}');
    expect(JSON.parse(error!.body).code).toBe(98001004);
    const garbled = fixtureResponse(`${HOST}/api/v1/oec/affiliate/creator/marketplace/find?mitate_fixture=garbled`, 'POST', '{}');
    expect(normaliseResponse('creatorFind', JSON.parse(garbled!.body), { url: '/x', now: 0 }).ok).toBe(false);
  });
  it('tolerates junk post data', () => {
    const r = fixtureResponse(`${HOST}/api/v1/oec/affiliate/creator/marketplace/find`, 'POST', '{not json');
    expect(parse(r).creator_profile_list).toHaveLength(12);
  });
});
