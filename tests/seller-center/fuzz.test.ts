import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS, creatorIdFromUrl, matchApiPath, mergeCreator, normaliseResponse, pageKindOf, parseCompactCount, redactShape } from '../../lib/seller-center';
import { creatorSchema, pageDataSchema } from '../../lib/model';

const endpointIds = ENDPOINTS.map((e) => e.id);
const wrapped = (inner: fc.Arbitrary<unknown>) => fc.record({ value: inner, is_authorized: fc.boolean(), status: fc.anything() }, { requiredKeys: [] });
const leaf = fc.oneof(fc.jsonValue(), fc.double(), fc.constant(1e30), fc.string(), fc.bigInt().map(String), wrapped(fc.jsonValue()));
/** Bodies close to the real shapes, so the fuzzing reaches deep into the readers. */
const nearRealBody = fc.record({
  code: fc.oneof(fc.constant(0), fc.integer(), fc.string()),
  creator_profile_list: fc.array(fc.dictionary(fc.constantFrom('creator_oecuid', 'handle', 'follower_cnt', 'top_video_data', 'category', 'med_gmv_revenue', 'follower_genders_v2', 'video_engagement'), leaf)),
  creator_profile: fc.dictionary(fc.constantFrom('creator_oecuid', 'top_video_data', 'ec_top_video_data', 'follower_cnt', 'gpm'), fc.oneof(leaf, wrapped(fc.array(fc.dictionary(fc.constantFrom('item_id', 'play_cnt', 'release_date', 'video_products'), leaf))))),
  creator_profile_trend_data: fc.oneof(leaf, fc.array(fc.record({ stats: fc.array(fc.record({ end_timestamp: leaf, profile: fc.dictionary(fc.constant('trend_follower'), leaf) })) }))),
  data: fc.dictionary(fc.constantFrom('sku_order_list', 'invitation_list', 'invitation', 'agg_info', 'products'), fc.oneof(leaf, fc.array(fc.jsonValue()))),
  products: fc.array(fc.dictionary(fc.constantFrom('product_id', 'price', 'commission_rate', 'category_info'), leaf)),
  orders: fc.array(fc.record({ main_order_id: leaf, sku_detail: fc.array(fc.jsonValue()) })),
}, { requiredKeys: [] });

/** Generous: under a parallel run the 1,000-case properties can pass 5 s (the vitest default). */
const FUZZ_TIMEOUT_MS = 60_000;

describe('never throws', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('normaliseResponse on arbitrary JSON, near-real bodies and odd meta', () => {
    fc.assert(
      fc.property(fc.constantFrom(...endpointIds), fc.oneof(fc.jsonValue(), fc.anything(), nearRealBody, fc.string()), fc.oneof(fc.jsonValue(), fc.string()), fc.oneof(fc.integer(), fc.double()), fc.string(), (endpoint, body, requestBody, now, url) => {
        const result = normaliseResponse(endpoint, body, { url, requestBody, now });
        if (result.ok) expect(pageDataSchema.safeParse(result.data).success).toBe(true);
        else expect(typeof result.diagnostic).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
  it('url helpers, compact counts and redaction on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true })), fc.anything(), (text, anything) => {
        matchApiPath(text);
        pageKindOf(text);
        creatorIdFromUrl(text);
        const n = parseCompactCount(text);
        if (n !== null) expect(Number.isFinite(n) && n >= 0).toBe(true);
        expect(typeof redactShape(anything)).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
  it('diagnostics never contain a string value from the body', () => {
    fc.assert(
      fc.property(fc.constantFrom(...endpointIds), fc.string({ minLength: 6 }).filter((s) => /^[^{}[\]:,|×<>…\s]+$/.test(s) && !/^(string|number|boolean|null|object|array|undefined)$/.test(s)), (endpoint, secret) => {
        const body = { code: 1, message: secret, data: { list: [secret, { name: secret }] } };
        const result = normaliseResponse(endpoint, body, { url: '/api/x', now: 0 });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.diagnostic.includes(secret)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
  it('mergeCreator keeps valid creators valid', () => {
    const ok = normaliseResponse('creatorFind', { code: 0, creator_profile_list: [{ creator_oecuid: { value: '7494000000000000001', is_authorized: true, status: 0 } }] }, { url: '/', now: 0 });
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    const base = ok.data.creators[0]!;
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e9 }), fc.option(fc.string(), { nil: null }), (followers, handle) => {
      const merged = mergeCreator(base, { ...base, followers, handle });
      expect(creatorSchema.safeParse(merged).success).toBe(true);
      expect(merged.followers).toBe(followers);
    }));
  });
});
