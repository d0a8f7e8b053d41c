import { describe, expect, it } from 'vitest';
import { isAffiliateHost } from '../../lib/bridge/page-reader';
import { MAX_CAPTURE_CHARS, isAffiliateUrl, captureEventName, isValidSecret, parseCaptureDetail, parseJsonSafely } from '../../lib/bridge';

const valid = { url: 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find', method: 'POST', status: 200, requestBody: '{}', body: '{"code":0}' };

describe('page-reader hand-over', () => {
  it('accepts a well-formed capture given as a JSON string', () => {
    expect(parseCaptureDetail(JSON.stringify(valid))).toEqual(valid);
  });

  it('refuses objects, wrong shapes, bad JSON and oversized bodies', () => {
    expect(parseCaptureDetail(valid)).toBeNull();
    expect(parseCaptureDetail('{')).toBeNull();
    expect(parseCaptureDetail(JSON.stringify({ ...valid, status: 'ok' }))).toBeNull();
    expect(parseCaptureDetail(JSON.stringify({ ...valid, body: 'x'.repeat(MAX_CAPTURE_CHARS + 1) }))).toBeNull();
    expect(parseCaptureDetail(JSON.stringify({ ...valid, url: 42 }))).toBeNull();
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
      expect(parseCaptureDetail(JSON.stringify({ ...valid, url }))).toBeNull();
    }
    expect(isAffiliateUrl('https://affiliate.tiktokshopglobalselling.com/api/x')).toBe(true);
    expect(isAffiliateHost('affiliate.tiktok.com')).toBe(true);
    expect(isAffiliateHost('seller-jp.tiktok.com')).toBe(false);
    expect(isAffiliateHost(new String('affiliate.tiktok.com'))).toBe(false);
  });

  it('accepts the size of an answer too big to copy, so the seller can be told', () => {
    const tooLarge = { ...valid, body: '', tooLarge: MAX_CAPTURE_CHARS + 5 };
    expect(parseCaptureDetail(JSON.stringify(tooLarge))).toEqual(tooLarge);
    expect(parseCaptureDetail(JSON.stringify({ ...tooLarge, tooLarge: -1 }))).toBeNull();
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
