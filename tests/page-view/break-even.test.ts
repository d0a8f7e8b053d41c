/**
 * Break-even in place (issue 17): the background's view for each commission input on collaboration create, from the
 * product's price in the page's own product answer (productSelection fixture), the seller's saved cost of goods and
 * the category band; and the page feature that renders it as text only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBenchmarkContext, pct } from '../../lib/commission';
import { buildBreakEvenView, createPageService, type TabView } from '../../lib/page-view';
import { createHandler, type Sender } from '../../lib/protocol';
import { setProductCost } from '../../lib/store';
import { t, LANGS } from '../../lib/i18n';
import { freshDb } from '../store/helpers';

const T0 = Date.UTC(2026, 10, 24);
const PICKER_URL = 'https://affiliate.tiktok.com/api/v1/affiliate/product_selection/list?shop_region=JP';
const CREATE_PAGE = 'https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=JP';
const pickerBody = fs.readFileSync(path.join(__dirname, '../fixtures/api/productSelection/page-1.json'), 'utf8');
const SHAMPOO = '1732000000000000001';
const benchmarks = buildBenchmarkContext([], []);

/**
 * Hand-worked: シャンプー ¥1,980 tax incl. (beauty, 10 % tax), cost ¥1,100. Net 1,980 ÷ 1.1 = ¥1,800; platform fee
 * 7 % of the tax-included price = ¥138.60; commission is paid on the net price. Profit at 0 % = 1,800 − 1,100 − 138.60
 * = ¥561.40, so break-even = 561.40 ÷ 1,800 = 31.19 % → "31.2%".
 */
const SHAMPOO_BREAK_EVEN = 561.4 / 1800;

describe('buildBreakEvenView', () => {
  const product = { priceJpy: 1980, category: 'Beauty & Personal Care' };
  it('shows the hand-worked break-even rate and the band, and flags a typed rate above it', () => {
    const band = benchmarks.benchmarkFor(product.category);
    const below = buildBreakEvenView('en', { product, costOfGoodsJpy: 1100, commissionRate: 0.12 }, benchmarks);
    expect(SHAMPOO_BREAK_EVEN).toBeCloseTo(0.3119, 4);
    expect(below).toMatchObject({ state: 'ok', text: `Break-even ${pct(SHAMPOO_BREAK_EVEN)}`, above: false, bandText: `Band ${pct(band.low)}–${pct(band.high)}` });
    expect(below.text).toBe('Break-even 31.2%');
    expect(buildBreakEvenView('en', { product, costOfGoodsJpy: 1100, commissionRate: 0.35 }, benchmarks).above).toBe(true);
    // never the cost itself
    expect(JSON.stringify(below)).not.toMatch(/1,?100/);
  });
  it('says so when no cost is saved, pointing to the Costs tab, in all three languages', () => {
    for (const lang of LANGS) {
      const view = buildBreakEvenView(lang, { product, costOfGoodsJpy: null, commissionRate: 0.12 }, benchmarks);
      expect(view.state).toBe('noCost');
      expect(view.text).toBe(t(lang, 'beChipNoCost'));
      expect(view.detail).toContain(t(lang, 'beChipNoCostDetail'));
    }
  });
  it('a product that loses money at 0 % and one without a price', () => {
    expect(buildBreakEvenView('ja', { product, costOfGoodsJpy: 1900, commissionRate: 0.1 }, benchmarks)).toMatchObject({ state: 'loss', above: true });
    expect(buildBreakEvenView('ja', { product: { priceJpy: null, category: null }, costOfGoodsJpy: 100, commissionRate: 0.1 }, benchmarks).state).toBe('noPrice');
  });
});

describe('page service: breakEvenChips for the create page', () => {
  async function setup() {
    const { db } = await freshDb();
    const views = new Map<number, TabView>();
    const page = createPageService({
      openDb: async () => db, now: () => T0, retryDelayMs: () => null,
      tabs: { get: async (id) => views.get(id) ?? null, set: async (v) => void views.set(v.tabId, v) },
    });
    const handle = createHandler({ openDb: async () => db, now: () => T0, page });
    const fromTab: Sender = { from: 'content', tabId: 3 };
    await handle({ type: 'capture', url: PICKER_URL, method: 'POST', status: 200, requestBody: null, body: pickerBody }, fromTab);
    return { db, handle, fromTab };
  }
  // the fixture create page's row texts: title, price, category, the input's label
  const row = (title: string) => [`${title} ¥1,980 Beauty & Personal Care 標準コミッション率 %`];

  it('finds the product the input\'s row names; no cost → "no cost saved"; with the cost → the break-even rate', async () => {
    const { db, handle, fromTab } = await setup();
    const ask = () => handle({ type: 'breakEvenChips', url: CREATE_PAGE, figures: [
      { rate: 0.12, context: row('アミノ酸シャンプー 500ml') },
      { rate: 0.12, context: ['a row naming no product'] },
    ] }, fromTab);
    const first = (await ask()) as { ok: true; data: { chips: Array<{ state: string; text: string } | null> } };
    expect(first.ok).toBe(true);
    expect(first.data.chips[0]).toMatchObject({ state: 'noCost', text: t('zh_CN', 'beChipNoCost') });
    expect(first.data.chips[1]).toBeNull();

    await setProductCost(db, SHAMPOO, 1100, '', T0);
    const second = (await ask()) as { ok: true; data: { chips: Array<{ state: string; text: string; above: boolean } | null> } };
    expect(second.data.chips[0]).toMatchObject({ state: 'ok', text: t('zh_CN', 'beChipRate', '31.2%'), above: false });
  });

  it('is a content-script request and is bounded (101 inputs refused)', async () => {
    const { handle, fromTab } = await setup();
    const figures = Array.from({ length: 101 }, () => ({ rate: 0.1, context: [] }));
    expect(await handle({ type: 'breakEvenChips', url: CREATE_PAGE, figures }, fromTab)).toMatchObject({ ok: false });
  });
});
