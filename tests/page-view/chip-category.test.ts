/**
 * A rate is placed against its product's category band wherever it appears (issue 18): an order line carries no
 * category, so the orders page must use the category the plan page (or any page) showed for the same product.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPageService, createProductCatalogue, type TabView } from '../../lib/page-view';
import { createHandler, type Sender } from '../../lib/protocol';
import { BENCHMARKS_JP, chooseBenchmark, placeRate } from '../../lib/commission';
import { freshDb } from '../store/helpers';

const API = path.join(__dirname, '../fixtures/api');
const read = (rel: string) => fs.readFileSync(path.join(API, rel), 'utf8');
const T0 = Date.UTC(2026, 10, 20);
const TEA = '国産ほうじ茶ティーバッグ 50袋';

function memoryTabs() {
  const views = new Map<number, TabView>();
  return { views, get: async (id: number) => views.get(id) ?? null, set: async (v: TabView) => void views.set(v.tabId, v) };
}

describe('product catalogue', () => {
  it('finds an order row\'s category from the same product seen on another page, by id or by title', () => {
    const catalogue = createProductCatalogue();
    catalogue.learnPage({ products: [], orders: [], collaborations: [{ products: [{ productId: '3', commissionRate: 0.1, category: 'Food & Beverages' }] }] as never });
    catalogue.learnPage({ products: [], collaborations: [], orders: [{ productId: '3', productName: TEA }] as never });
    expect(catalogue.categoriesFor([[`8.00% ${TEA} 2 ¥2,560`]], [])).toEqual(['Food & Beverages']);
    // the tab's own product without a category takes the category learned elsewhere
    expect(catalogue.categoriesFor([['row 3 8%']], [{ id: '3', name: null, category: null }])).toEqual(['Food & Beverages']);
    // a row naming two known products is not guessed
    catalogue.learnProducts([{ id: '9', name: '美白美容液 30ml', category: 'Beauty' }]);
    expect(catalogue.categoriesFor([[`${TEA} / 美白美容液 30ml`]], [])).toEqual([null]);
    expect(catalogue.categoriesFor([['nothing known 8%']], [])).toEqual([null]);
  });

  it('stays bounded, dropping the oldest product first', () => {
    const catalogue = createProductCatalogue(3);
    catalogue.learnProducts(['a', 'b', 'c', 'd'].map((id) => ({ id, name: `name-${id}`, category: 'Food' })));
    expect(catalogue.size).toBe(3);
    expect(catalogue.categoriesFor([['name-a']], [])).toEqual([null]);
    expect(catalogue.categoriesFor([['name-d']], [])).toEqual(['Food']);
  });
});

describe('orders page chips use the product\'s category band', () => {
  it('tea at 8% is placed against the food band on the orders page, as on its plan page', async () => {
    const { db } = await freshDb();
    const page = createPageService({ openDb: async () => db, now: () => T0, tabs: memoryTabs(), retryDelayMs: () => null });
    const handle = createHandler({ openDb: async () => db, now: () => T0, page });
    const planTab: Sender = { from: 'content', tabId: 1 };
    const ordersTab: Sender = { from: 'content', tabId: 2 };
    const orderRow = [`578000000000001002 2026/11/20 matcha_life ${TEA} 2 ¥2,560 8.00% ¥205`];
    const chipFor = async (tab: Sender) => {
      const reply = await handle({ type: 'commissionChips', url: 'https://affiliate.tiktok.com/product/order?shop_region=JP', figures: [{ rate: 0.08, context: orderRow }] }, tab);
      return (reply as { data: { chips: Array<{ position: string; detail: string }> } }).data.chips[0]!;
    };
    const food = placeRate(0.08, chooseBenchmark(BENCHMARKS_JP.food, null));
    const other = placeRate(0.08, chooseBenchmark(BENCHMARKS_JP.other, null));
    // the premise: the two bands place 8% differently, so the test can tell them apart
    expect(food.position).not.toBe(other.position);

    await handle({ type: 'capture', url: 'https://affiliate.tiktok.com/api/oec/pay/statement/order/seller/orders/list?shop_region=JP', method: 'POST', status: 200, requestBody: null, body: read('ordersList/page-1.json') }, ordersTab);
    expect((await chipFor(ordersTab)).position).toBe(other.position);

    await handle({
      type: 'capture', url: 'https://affiliate.tiktok.com/api/v1/oec/affiliate/seller/invitation_group/detail?shop_region=JP', method: 'POST', status: 200,
      requestBody: JSON.stringify({ invitation_group_id: '7561000000000000002' }), body: read('invitationDetail/7561000000000000002.json'),
    }, planTab);
    const chip = await chipFor(ordersTab);
    expect(chip.position).toBe(food.position);
    expect(chip.detail).toContain(BENCHMARKS_JP.food.name.zh_CN);
  });
});
