import { describe, expect, it } from 'vitest';
import { isAffiliateHost } from '../../lib/bridge/page-reader';
import { MAX_CAPTURE_CHARS, isAffiliateUrl, captureEventName, isValidSecret, readCaptureDetail, parseJsonSafely, encodeCaptureDetail, type CaptureDetail } from '../../lib/bridge';

/** The detail as the page reader sends it: header line of JSON, newline, body as received. */
const detailOf = (capture: Record<string, unknown>) => encodeCaptureDetail(JSON.stringify, { tooLarge: null, ...capture } as unknown as CaptureDetail);

const valid = { url: 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find', method: 'POST', status: 200, requestBody: '{}', body: '{"code":0}\n{"second":"line"}', tooLarge: null };

describe('page-reader hand-over', () => {
  it('accepts a well-formed capture given as a JSON string', () => {
    expect(readCaptureDetail(detailOf(valid))).toEqual(valid);
  });

  it('refuses objects, wrong shapes, bad JSON and oversized bodies', () => {
    expect(readCaptureDetail(valid)).toBeNull();
    expect(readCaptureDetail('{')).toBeNull();
    expect(readCaptureDetail(JSON.stringify(valid))).toBeNull();
    expect(readCaptureDetail(`${JSON.stringify({ ...valid, body: undefined })}`)).toBeNull();
    expect(readCaptureDetail(detailOf({ ...valid, status: 'ok' }))).toBeNull();
    expect(readCaptureDetail(detailOf({ ...valid, body: 'x'.repeat(MAX_CAPTURE_CHARS + 1) }))).toBeNull();
    expect(readCaptureDetail(detailOf({ ...valid, url: 42 }))).toBeNull();
  });

  it('refuses answers that do not come from an affiliate host over https', () => {
    for (const url of [
      'https://evil.example/api/v1/oec/affiliate/creator/marketplace/find',
      'http://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find',
      'blob:https://affiliate.tiktok.com/0b7c',
      'https://affiliate.tiktok.com.evil.example/api',
      '/api/v1/oec/affiliate/creator/marketplace/find',
    ]) {
      expect(isAffiliateUrl(url), url).toBe(false);
      expect(readCaptureDetail(detailOf({ ...valid, url }))).toBeNull();
    }
    expect(isAffiliateUrl('https://affiliate.tiktokshopglobalselling.com/api/x')).toBe(true);
    expect(isAffiliateHost('affiliate.tiktok.com')).toBe(true);
    expect(isAffiliateHost('seller-jp.tiktok.com')).toBe(false);
    expect(isAffiliateHost(new String('affiliate.tiktok.com'))).toBe(false);
  });

  it('accepts the size of an answer too big to copy, so the seller can be told', () => {
    const tooLarge = { ...valid, body: '', tooLarge: MAX_CAPTURE_CHARS + 5 };
    expect(readCaptureDetail(detailOf(tooLarge))).toEqual(tooLarge);
    expect(readCaptureDetail(detailOf({ ...tooLarge, tooLarge: -1 }))).toBeNull();
  });

  it('only takes 128-bit hex secrets and names events after them', () => {
    expect(isValidSecret('0123456789abcdef0123456789abcdef')).toBe(true);
    expect(isValidSecret('0123')).toBe(false);
    expect(isValidSecret('0123456789ABCDEF0123456789ABCDEF')).toBe(false);
    expect(captureEventName('ab')).toBe('mitate:capture:ab');
  });

  it('parses JSON text without throwing', () => {
    expect(parseJsonSafely('{"a":1}')).toEqual({ a: 1 });
    expect(parseJsonSafely('<html>')).toBeUndefined();
    expect(parseJsonSafely(null)).toBeUndefined();
  });
});
