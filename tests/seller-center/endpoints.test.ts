import { describe, expect, it } from 'vitest';
import { ENDPOINTS, ROUTES, creatorIdFromUrl, matchApiPath, pageKindOf } from '../../lib/seller-center';

describe('matchApiPath', () => {
  it('matches every catalogued path on any host, ignoring the query string', () => {
    for (const e of ENDPOINTS) {
      expect(matchApiPath(`https://affiliate.tiktok.com${e.path}?aid=4331&msToken=abc&X-Bogus=x`)).toBe(e.id);
      expect(matchApiPath(`https://affiliate.tiktokshopglobalselling.com${e.path}`)).toBe(e.id);
      expect(matchApiPath(e.path)).toBe(e.id);
    }
  });
  it('names the real paths', () => {
    expect(matchApiPath('https://x.example/api/v1/oec/affiliate/creator/marketplace/find?shop_region=JP')).toBe('creatorFind');
    expect(matchApiPath('/api/v1/oec/affiliate/creator/marketplace/profile/')).toBe('creatorProfile');
    expect(matchApiPath('/api/oec/pay/statement/order/seller/orders/list')).toBe('ordersList');
    expect(matchApiPath('/api/v1/affiliate/orders')).toBe('ordersListLegacy');
    expect(matchApiPath('/api/v1/oec/affiliate/seller/invitation_group/detail')).toBe('invitationDetail');
    expect(matchApiPath('/api/v1/affiliate/sample/group/list')).toBe('sampleRequests');
  });
  it('rejects lookalikes and junk', () => {
    expect(matchApiPath('/api/v1/oec/affiliate/creator/marketplace/find/extra')).toBeNull();
    expect(matchApiPath('/api/v1/oec/affiliate/creator/marketplace/option')).toBeNull();
    expect(matchApiPath('https://x.example/?u=/api/v1/affiliate/orders')).toBeNull();
    expect(matchApiPath('')).toBeNull();
    expect(matchApiPath('http://[bad')).toBeNull();
  });
  it('has one entry per endpoint id', () => {
    expect(new Set(ENDPOINTS.map((e) => e.id)).size).toBe(13);
    expect(new Set(ENDPOINTS.map((e) => e.path)).size).toBe(13);
  });
});

describe('pageKindOf', () => {
  const cases: Array<[string, string]> = [
    ['https://affiliate.tiktok.com/connection/creator?shop_region=JP', 'find'],
    ['https://affiliate.tiktok.com/connection/creator/?shop_region=JP', 'find'],
    ['https://affiliate.tiktok.com/affiliate/creator?source_from=seller_affiliate_landing&shop_region=JP&route_migration=1', 'find'],
    ['https://affiliate.tiktok.com/affiliate/creator/marketplace?shop_region=JP', 'find'],
    ['https://affiliate.tiktok.com/affiliate/creator/search', 'find'],
    ['https://affiliate.tiktok.com/connection/creator-marketplace', 'find'],
    ['https://affiliate.tiktok.com/connection/creator/detail?cid=7494000000000000101&shop_region=JP', 'creatorDetail'],
    ['https://affiliate.tiktokshopglobalselling.com/affiliate/creator/detail?cid=7494000000000000101', 'creatorDetail'],
    ['https://affiliate.tiktok.com/affiliate/collaboration/target-invitation?tab=1', 'targetCollab'],
    ['https://affiliate.tiktok.com/affiliate/collaboration/target-invitation/detail', 'targetCollab'],
    ['https://affiliate.tiktok.com/connection/target-invitation/create?enter_from=target_invitation_list', 'targetCollabCreate'],
    ['https://affiliate.tiktok.com/affiliate/collaboration/target-invitation/create', 'targetCollabCreate'],
    ['https://affiliate.tiktok.com/affiliate/collaboration/open-collaboration', 'openCollab'],
    ['https://affiliate.tiktok.com/product/order?shop_region=JP', 'orders'],
    ['https://affiliate.tiktok.com/affiliate/sample/sample-request', 'sampleRequests'],
    ['https://affiliate.tiktokshopglobalselling.com/product/sample-request', 'sampleRequests'],
    ['https://affiliate.tiktok.com/affiliate/creator/rankings', 'other'],
    ['https://affiliate.tiktok.com/connection/creatorx', 'other'],
    ['https://affiliate.tiktok.com/', 'other'],
    ['not a url at all \u0000', 'other'],
  ];
  it.each(cases)('%s -> %s', (url, kind) => {
    expect(pageKindOf(url)).toBe(kind);
  });
  it('every route example resolves to its own kind', () => {
    for (const route of ROUTES) expect(pageKindOf(`https://affiliate.tiktok.com${route.example}`)).toBe(route.kind);
  });
});

describe('creatorIdFromUrl', () => {
  it('reads the cid parameter', () => {
    expect(creatorIdFromUrl('https://affiliate.tiktok.com/connection/creator/detail?cid=7494000000000000101&shop_region=JP')).toBe('7494000000000000101');
    expect(creatorIdFromUrl('/affiliate/creator/detail?pair_source=authorized&cid=7494000000000000102')).toBe('7494000000000000102');
  });
  it('returns null when missing or not an id', () => {
    expect(creatorIdFromUrl('https://affiliate.tiktok.com/connection/creator/detail')).toBeNull();
    expect(creatorIdFromUrl('/x?cid=<script>')).toBeNull();
    expect(creatorIdFromUrl('/x?cid=')).toBeNull();
    expect(creatorIdFromUrl('')).toBeNull();
  });
});
