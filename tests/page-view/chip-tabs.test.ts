import { describe, expect, it } from 'vitest';
import { buildBadgeView, buildChipView, createProductCatalogue, emptyTabView, TAB_LIMITS, withPageData, withSelectedCreator, withUrl } from '../../lib/page-view';
import { buildBenchmarkContext } from '../../lib/commission';
import { assessForBadge } from '../../lib/scoring';
import { makeCreator, makeOrder } from '../store/helpers';

const products = [
  { id: '1729000000000000001', name: 'ほうじ茶 ティーバッグ 100g', category: 'food' },
  { id: '1729000000000000002', name: '美白美容液 30ml', category: 'beauty' },
];

/** The chip's category through the path the background uses: the catalogue, with these as the tab's products. */
const categoryForRows = (rowTexts: string[], tabProducts: typeof products) => createProductCatalogue().categoriesFor([rowTexts], tabProducts)[0];

describe('category of a figure from its rows', () => {
  it('takes the innermost row naming exactly one product', () => {
    expect(categoryForRows(['12%', 'ほうじ茶 ティーバッグ 100g ¥1,280 12%'], products)).toBe('food');
    expect(categoryForRows(['ID 1729000000000000002 15%'], products)).toBe('beauty');
  });
  it('gives no category when a row names two products or none', () => {
    expect(categoryForRows(['ほうじ茶 ティーバッグ 100g / 美白美容液 30ml'], products)).toBeNull();
    expect(categoryForRows(['15%'], products)).toBeNull();
  });
});

describe('buildChipView', () => {
  it('places the rate against the category band and says so in the seller language', () => {
    const ctx = buildBenchmarkContext([], []);
    const food = ctx.benchmarkFor('food');
    const low = buildChipView('ja', Math.max(0, food.low - 0.02), 'food', ctx);
    const high = buildChipView('en', food.high + 0.05, 'food', ctx);
    expect(low.position).toBe('below');
    expect(low.shortText).toBe('低め');
    expect(high.position).toBe('above');
    expect(high.detail).toContain('–');
  });
});

describe('buildBadgeView', () => {
  it('shows the same score and verdict as assessForBadge, with a status marker only for pipeline statuses', () => {
    const creator = makeCreator('7494000000000000001', { followers: 20_000, avgViews: 120_000, medianViews: 110_000, engagementRate: 0.002 });
    const checks = assessForBadge(creator, { now: Date.UTC(2026, 10, 20) });
    const view = buildBadgeView('zh_CN', creator.id, checks, 'candidate');
    expect(view.verdict).toBe(checks.assessment.verdict);
    expect(view.marker).toBeNull();
    expect(buildBadgeView('zh_CN', creator.id, checks, 'sample_sent').marker).toBe('已寄样');
    expect(view.approx).toBe(checks.shown === 'quick');
  });
});

describe('tab views', () => {
  it('follows the page URL and keeps creators newest first, bounded', () => {
    let view = emptyTabView(3, 'https://affiliate.tiktok.com/connection/creator', 0);
    expect(view.kind).toBe('find');
    view = withUrl(view, 'https://affiliate.tiktok.com/product/order', 1);
    expect(view.kind).toBe('orders');
    const many = Array.from({ length: TAB_LIMITS.creators + 50 }, (_, i) => makeCreator(String(1000 + i)));
    view = withPageData(view, { creators: many, products: [], collaborations: [], orders: [makeOrder('o1', { creatorId: 'c1' })] }, 2);
    expect(view.creatorIds).toHaveLength(TAB_LIMITS.creators);
    view = withPageData(view, { creators: [makeCreator('9')], products: [], collaborations: [], orders: [makeOrder('o1', { creatorId: 'c1' })] }, 3);
    expect(view.creatorIds[0]).toBe('9');
    expect(view.orders).toHaveLength(1);
  });

  it('keeps a creator picked with ✎ on the same list, and follows the page to another creator or page kind', () => {
    const list = 'https://affiliate.tiktok.com/connection/creator?shop_region=JP';
    let view = withSelectedCreator(emptyTabView(4, list, 0), 'c1', 1);
    // a filter or load-more on the same list keeps the pick
    view = withUrl(view, `${list}&page=2`, 2);
    expect(view.selectedCreatorId).toBe('c1');
    // opening another creator's page shows that creator, not the one picked on the list
    view = withUrl(view, 'https://affiliate.tiktok.com/connection/creator/detail?cid=c2&shop_region=JP', 3);
    expect(view.kind).toBe('creatorDetail');
    expect(view.selectedCreatorId).toBeNull();
    view = withSelectedCreator(view, 'c2', 4);
    view = withUrl(view, 'https://affiliate.tiktok.com/connection/creator/detail?cid=c3&shop_region=JP', 5);
    expect(view.selectedCreatorId).toBeNull();
    view = withSelectedCreator(withUrl(view, list, 6), 'c1', 7);
    view = withUrl(view, 'https://affiliate.tiktok.com/product/order?shop_region=JP', 8);
    expect(view.selectedCreatorId).toBeNull();
  });
});
