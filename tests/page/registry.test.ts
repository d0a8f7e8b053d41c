import { describe, expect, it } from 'vitest';
import { createFeatureRunner, definePageFeature, type PageFeatureContext } from '../../components/page/registry';
import { readCaptureDetail } from '../../components/page/receive-captures';

const context = (pageKind: PageFeatureContext['pageKind']): PageFeatureContext => ({
  pageKind, url: 'https://affiliate.tiktok.com/connection/creator', hosts: { ensure: () => { throw new Error('unused'); } } as never, isValid: () => true,
});

describe('page feature runner', () => {
  it('a throwing feature is stopped and reported; the others keep running', async () => {
    const ran: string[] = [];
    const reports: Array<[string, string]> = [];
    const broken = definePageFeature({ id: 'broken', pages: ['find'], update: () => { throw new RangeError('Maximum call stack size exceeded'); } });
    const brokenAsync = definePageFeature({ id: 'broken-async', pages: ['find'], update: async () => { throw new Error('later'); } });
    const fine = definePageFeature({ id: 'fine', pages: ['find', 'orders'], update: () => void ran.push('fine') });
    const runner = createFeatureRunner([broken, brokenAsync, fine], (id, message) => reports.push([id, message]));
    await runner.run(context('find'));
    await runner.run(context('find'));
    expect(ran).toEqual(['fine', 'fine']);
    expect(reports).toEqual([['broken', 'Maximum call stack size exceeded'], ['broken-async', 'later']]);
    expect([...runner.stopped].sort()).toEqual(['broken', 'broken-async']);
  });
  it('runs a feature only on the page kinds it declares', async () => {
    const ran: string[] = [];
    const runner = createFeatureRunner([definePageFeature({ id: 'orders-only', pages: ['orders'], update: () => void ran.push('x') })], () => undefined);
    await runner.run(context('find'));
    expect(ran).toEqual([]);
    await runner.run(context('orders'));
    expect(ran).toEqual(['x']);
  });
});

describe('readCaptureDetail (isolated side of the page-reader channel)', () => {
  const ok = { url: 'https://affiliate.tiktok.com/api/v1/x', method: 'POST', status: 200, requestBody: null, body: '{}' };
  it('accepts a well-formed capture', () => {
    expect(readCaptureDetail(JSON.stringify(ok))).toEqual({ ...ok, tooLarge: null });
  });
  it('refuses anything else without throwing', () => {
    for (const bad of [null, 42, '{', '[]', JSON.stringify({ ...ok, status: 1.5 }), JSON.stringify({ ...ok, body: 7 }),
      JSON.stringify({ ...ok, url: 'x'.repeat(5000) }), JSON.stringify({ ...ok, requestBody: {} }), JSON.stringify({ ...ok, method: 'M'.repeat(17) })]) {
      expect(readCaptureDetail(bad)).toBeNull();
    }
  });
});

describe('readCaptureDetail: answers over the size bound', () => {
  it('passes the length of a too-large answer on, never its body', () => {
    const detail = JSON.stringify({ url: 'https://affiliate.tiktok.com/api/v1/x', method: 'POST', status: 200, requestBody: null, body: '', tooLarge: 9_000_000 });
    expect(readCaptureDetail(detail)).toMatchObject({ body: '', tooLarge: 9_000_000 });
  });
});
