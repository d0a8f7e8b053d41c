/**
 * One test per tolerance rule of issue 12: where lists sit, one-or-many, empty answers, nested ids, alternative
 * field names, number encodings, and money read as yen only when the answer says yen.
 */
import { describe, expect, it } from 'vitest';
import { normaliseResponse, type NormaliseResult } from '../../lib/seller-center';
import { bareAmountsAreYen } from '../../lib/seller-center/read-response';
import {
  currencyHint, listOrEmpty, parseYenText, toCount, toList, toRateX100, toYen,
} from '../../lib/seller-center/values';
import { pageDataSchema, type PageData } from '../../lib/model';

const NOW = Date.UTC(2026, 10, 24);
const JP = '?shop_region=JP';
const SAMPLES = `https://affiliate.tiktok.com/api/v1/affiliate/sample/group/list${JP}`;
const SEARCH = `https://affiliate.tiktok.com/api/v1/oec/affiliate/seller/invitation_group/search${JP}`;
const DETAIL = `https://affiliate.tiktok.com/api/v1/oec/affiliate/seller/invitation_group/detail${JP}`;
const CREATE = `https://affiliate.tiktok.com/api/v1/oec/affiliate/seller/invitation_group/create${JP}`;
const FIND = `https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find${JP}`;

function ok(result: NormaliseResult): PageData {
  if (!result.ok) throw new Error(`expected ok, got ${result.diagnostic}`);
  expect(pageDataSchema.safeParse(result.data).success).toBe(true);
  return result.data;
}

const sampleGroup = (creatorId: string, apply: Record<string, unknown>) => ({
  apply_group: { creator_info: { creator_id: creatorId, name: `h${creatorId.slice(-2)}`, follower_num: '1200' } },
  apply_deatil: apply,
});

describe('a list under data or at the top level', () => {
  it('reads agg_info at the top level and under data alike', () => {
    const groups = [sampleGroup('7494000000000000001', { apply_infos: [{ apply_id: '1', product_id: '1732000000000000001' }] })];
    const top = ok(normaliseResponse('sampleRequests', { code: 0, agg_info: groups, has_more: false, total_count: 1 }, { url: SAMPLES, now: NOW }));
    const nested = ok(normaliseResponse('sampleRequests', { code: 0, data: { agg_info: groups } }, { url: SAMPLES, now: NOW }));
    expect(top.creators.map((c) => c.id)).toEqual(['7494000000000000001']);
    expect(nested).toEqual(top);
  });
  it('reads creator_profile_list under data too', () => {
    const body = { code: 0, data: { creator_profile_list: [{ creator_oecuid: { value: '7494000000000000009', is_authorized: true, status: 0 } }] } };
    expect(ok(normaliseResponse('creatorFind', body, { url: FIND, now: NOW })).creators.map((c) => c.id)).toEqual(['7494000000000000009']);
  });
  it('finds a list under data.response (S3 notes that nesting)', () => {
    expect(listOrEmpty({ code: 0, data: { response: { agg_info: [1, 2] } } }, 'agg_info')).toEqual([1, 2]);
  });
});

describe('one object or an array', () => {
  it('reads apply_info (one object) like apply_infos (an array)', () => {
    const one = sampleGroup('7494000000000000001', { apply_info: { apply_id: '1', product_id: '1732000000000000001', commission_rate: '1000' } });
    const many = sampleGroup('7494000000000000001', { apply_infos: [{ apply_id: '1', product_id: '1732000000000000001', commission_rate: '1000' }] });
    const a = ok(normaliseResponse('sampleRequests', { code: 0, agg_info: [one] }, { url: SAMPLES, now: NOW }));
    const b = ok(normaliseResponse('sampleRequests', { code: 0, agg_info: [many] }, { url: SAMPLES, now: NOW }));
    expect(a.products).toEqual([{ id: '1732000000000000001', name: null, priceJpy: null, maxPriceJpy: null, category: null, commissionRate: 0.1 }]);
    expect(b.products).toEqual(a.products);
  });
  it('toList wraps an object, keeps an array, drops anything else', () => {
    expect(toList({ a: 1 })).toEqual([{ a: 1 }]);
    expect(toList([1, 2])).toEqual([1, 2]);
    expect(toList('x')).toEqual([]);
    expect(toList(null)).toEqual([]);
  });
});

describe('an answer without its list is empty, not unreadable', () => {
  it('reads {code:0, data:{has_more:false}} as zero plans', () => {
    const data = ok(normaliseResponse('invitationSearch', { code: 0, data: { has_more: false } }, { url: SEARCH, now: NOW }));
    expect(data.collaborations).toEqual([]);
  });
  it('reads a zero total or an empty payload as empty', () => {
    expect(listOrEmpty({ code: 0, total_count: 0 }, 'agg_info')).toEqual([]);
    expect(listOrEmpty({ code: 0, data: {} }, 'agg_info')).toEqual([]);
    expect(listOrEmpty({ code: 0, data: { agg_info: null } }, 'agg_info')).toEqual([]);
  });
  it('still calls an answer with other content but no list unreadable', () => {
    expect(listOrEmpty({ code: 0, data: { has_more: true, something_else: [] } }, 'invitation_list')).toBeNull();
    const result = normaliseResponse('invitationSearch', { code: 0, data: { groups: [{ id: '1' }] } }, { url: SEARCH, now: NOW });
    expect(result.ok).toBe(false);
  });
});

describe('ids nested one level down', () => {
  const request = { invitation_group: { name: 'plan', product_list: [{ product_id: '1732000000000000001', target_commission: 1500 }] } };
  it('takes the created plan id from data.invitation.id', () => {
    const data = ok(normaliseResponse('invitationCreate', { code: 0, data: { invitation: { id: '7690000000000000099' } } }, { url: CREATE, now: NOW, requestBody: request }));
    expect(data.collaborations[0]?.id).toBe('7690000000000000099');
  });
  it('still takes a flat data.invitation_group_id, and says draft only when no id came back', () => {
    const flat = ok(normaliseResponse('invitationCreate', { code: 0, data: { invitation_group_id: '7690000000000000098' } }, { url: CREATE, now: NOW, requestBody: request }));
    expect(flat.collaborations[0]?.id).toBe('7690000000000000098');
    const none = ok(normaliseResponse('invitationCreate', { code: 0, data: {} }, { url: CREATE, now: NOW, requestBody: request }));
    expect(none.collaborations[0]?.id).toBe('draft');
  });
});

describe('alternative field names', () => {
  it('reads group_status on items (2 = ongoing, 4 = terminated)', () => {
    const body = { code: 0, data: { invitation_list: [{ id: '1', group_status: 2 }, { id: '2', group_status: 4 }, { id: '3', group_status: 9 }] } };
    const data = ok(normaliseResponse('invitationSearch', body, { url: SEARCH, now: NOW }));
    expect(data.collaborations.map((c) => c.status)).toEqual(['ongoing', 'terminated', 'group_status_9']);
  });
  it('falls back to invitation_group_status on the item, then to the tab the request asked for', () => {
    const body = { code: 0, data: { invitation_list: [{ id: '1', invitation_group_status: 4 }, { id: '2' }] } };
    const data = ok(normaliseResponse('invitationSearch', body, { url: SEARCH, now: NOW, requestBody: { invitation_group_status: 2 } }));
    expect(data.collaborations.map((c) => c.status)).toEqual(['completed', 'expiring']);
  });
  it('reads the detail under data.invitation_group as well as data.invitation', () => {
    const data = ok(normaliseResponse('invitationDetail', { code: 0, data: { invitation_group: { id: '5', name: 'p' } } }, { url: DETAIL, now: NOW }));
    expect(data.collaborations[0]?.name).toBe('p');
  });
});

describe('strings vs numbers, "13%" strings, ×100 rates', () => {
  it('reads counts as strings or numbers', () => {
    expect(toCount('1263')).toBe(1263);
    expect(toCount(1263)).toBe(1263);
    expect(toCount('1,263')).toBe(1263);
  });
  it('reads rates as ×100 integers, ×100 strings or percent text', () => {
    expect(toRateX100(1300)).toBe(0.13);
    expect(toRateX100('1300')).toBe(0.13);
    expect(toRateX100('13%')).toBe(0.13);
    expect(toRateX100('100.00%')).toBe(1);
    expect(toRateX100('90.82%')).toBeCloseTo(0.9082, 6);
  });
});

describe('money is yen only when the answer says yen', () => {
  it('refuses a value in another currency', () => {
    expect(toYen({ value: '133738359.53', symbol: '₫', format: '133.7M₫' })).toBeNull();
    expect(toYen({ price: '455000', currency: 'IDR' })).toBeNull();
    expect(toYen('Rp130.973.930')).toBeNull();
    expect(toYen({ formatted_price: 'Rp455.000' })).toBeNull();
  });
  it('accepts yen by code, symbol or format', () => {
    expect(toYen({ value: '1523400', symbol: '¥' })).toBe(1_523_400);
    expect(toYen({ value: '1523400', symbol: '円' })).toBe(1_523_400);
    expect(toYen({ price: '777', currency: 'jpy' })).toBe(777);
    expect(toYen({ value: '980', format: '980円' })).toBe(980);
  });
  it('reads bare amounts as yen only on a JP (or region-less) page', () => {
    expect(toYen({ amount: '3837' }, true)).toBe(3837);
    expect(toYen({ amount: '3837' }, false)).toBeNull();
    expect(toYen({ amount: '3837', currency: 'JPY' }, false)).toBe(3837);
    expect(bareAmountsAreYen('https://x/api?shop_region=JP')).toBe(true);
    expect(bareAmountsAreYen('https://x/api?aid=4331')).toBe(true);
    expect(bareAmountsAreYen('https://x/api?shop_region=VN')).toBe(false);
  });
  it('names the currency a value carries', () => {
    expect(currencyHint({ symbol: '₫' })).toBe('other');
    expect(currencyHint({ currency: 'LOCAL', format: '¥1K' })).toBe('yen');
    expect(currencyHint({ amount: '1' })).toBe('none');
  });
  it('a creator list row on a VN page gets no yen figures', () => {
    const w = (value: unknown) => ({ value, is_authorized: true, status: 0 });
    const body = { code: 0, creator_profile_list: [{ creator_oecuid: w('7494000000000000001'), med_gmv_revenue: w({ value: '133738359.53', symbol: '₫' }), gpm: w({ value: '59503.68' }) }] };
    const data = ok(normaliseResponse('creatorFind', body, { url: 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find?shop_region=VN', now: NOW }));
    expect(data.creators[0]?.gmvJpy).toBeNull();
    expect(data.creators[0]?.gpmJpy).toBeNull();
  });
});

describe('yen the way JP pages write it', () => {
  it.each([
    ['35,837円', 35_837], ['¥2,033,024', 2_033_024], ['¥4.97K', 4_970], ['￥１，２００', 1_200], ['0円', 0],
    ['¥1.5M', 1_500_000], ['1.2万円', 12_000], ['JPY 500', 500],
  ])('reads %s as %d yen', (text, yen) => {
    expect(parseYenText(text)).toBe(yen);
    expect(toYen(text)).toBe(yen);
  });
  it.each(['4.97K', '133.7M₫', 'Rp455.000', '¥abc', '¥¥1', '', '¥-5'])('does not read %j', (text) => {
    expect(parseYenText(text)).toBeNull();
  });
});
