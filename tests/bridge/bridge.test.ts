import { describe, expect, it } from 'vitest';
import { MAX_CAPTURE_CHARS, captureEventName, isValidSecret, parseCaptureDetail, parseJsonSafely } from '../../lib/bridge';

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
