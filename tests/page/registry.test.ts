import { describe, expect, it } from 'vitest';
import { createFeatureRunner, definePageFeature, type PageFeatureContext } from '../../components/page/registry';

const context = (pageKind: PageFeatureContext['pageKind'], url = 'https://affiliate.tiktok.com/connection/creator'): PageFeatureContext => ({
  pageKind, url, hosts: { ensure: () => { throw new Error('unused'); } } as never, isValid: () => true, requestUpdate: () => undefined, freshness: 0,
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
    expect(runner.stopped().sort()).toEqual(['broken', 'broken-async']);
  });
  it('gives a stopped feature another try after in-app navigation to another page', async () => {
    let fails = true;
    const reports: string[] = [];
    const flaky = definePageFeature({ id: 'flaky', pages: ['find'], update: () => {
      if (fails) throw new Error('detached');
    } });
    const runner = createFeatureRunner([flaky], (id) => reports.push(id));
    await runner.run(context('find'));
    await runner.run(context('find'));
    expect(reports).toEqual(['flaky']);
    fails = false;
    await runner.run(context('find', 'https://affiliate.tiktok.com/connection/creator?page=2'));
    expect(runner.stopped()).toEqual([]);
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
