import { describe, expect, it } from 'vitest';
import type { PerformanceRow } from '../../lib/model';
import { analyticsRowsFromPerformance, costEntriesFromRecords, productCostsForRoi, weeklyReview, type AnalyticsRow } from '../../lib/roi';
import { DAY, MONDAY, NOTES, ORDERS, PRODUCT_COSTS, PRODUCTS } from '../fixtures/followup/week';

const row = (at: number, creatorId: string | null, videoId: string | null, views: number | null, clicks: number | null, orders: number | null, gmvJpy: number | null): AnalyticsRow => ({
  at, creatorId, creatorHandle: creatorId ? `@${creatorId}` : null, videoId, videoTitle: videoId ? `video ${videoId}` : null, views, clicks, orders, gmvJpy,
});

// Week of Mon 23 Nov 2026 (Tokyo):
//   A, video v1: Mon 10,000 views / 300 clicks / 6 orders / ¥19,800; Wed 5,000 / 100 / 4 / ¥13,200
//     → 15,000 views, 400 clicks, 10 orders, ¥33,000; CTR 400 ÷ 15,000 = 2.67 %; CVR 10 ÷ 400 = 2.5 %.
//     A's creator-level row (99,999 views) is not added on top of the video rows.
//   C, creator-level only: 8,000 / 160 / 6 / ¥17,600 → CTR 2 %, CVR 3.75 %.
//   B: no analytics; orders only → funnel unknown, ROI row present.
//   Week total: 23,000 views, 560 clicks, 16 orders, ¥50,600.
// Week of Mon 16 Nov: v1 1,000 views, clicks unknown → CTR unknown, not 0.
const analytics = [
  row(MONDAY + 3_600_000, 'A', 'v1', 10_000, 300, 6, 19_800),
  row(MONDAY + 2 * DAY, 'A', 'v1', 5_000, 100, 4, 13_200),
  row(MONDAY + 2 * DAY, 'A', null, 99_999, 999, 99, 999_999),
  row(MONDAY + 4 * DAY, 'C', null, 8_000, 160, 6, 17_600),
  row(MONDAY - 3 * DAY, 'A', 'v1', 1_000, null, null, null),
];

describe('weeklyReview (复盘)', () => {
  const weeks = weeklyReview({
    analytics, orders: ORDERS, costs: costEntriesFromRecords({ notes: NOTES }), products: productCostsForRoi(PRODUCT_COSTS, PRODUCTS),
  });
  it('one review per Tokyo week, newest first', () => {
    // 16 Nov: analytics; 9 Nov: A's sample (Sun 15 Nov); 2 Nov: B's sample (Tue 3 Nov)
    expect(weeks.map((w) => w.week)).toEqual(['W2026-11-23', 'W2026-11-16', 'W2026-11-09', 'W2026-11-02']);
  });
  it('per creator: views, clicks, CTR, CVR and GMV beside the week\'s ROI', () => {
    const [week] = weeks;
    const byId = Object.fromEntries(week!.creators.map((c) => [c.creatorId, c]));
    expect(byId.A).toMatchObject({ views: 15_000, clicks: 400, orders: 10, gmvJpy: 33_000 });
    expect(byId.A!.ctr).toBeCloseTo(400 / 15_000, 12);
    expect(byId.A!.cvr).toBeCloseTo(0.025, 12);
    expect(byId.C).toMatchObject({ views: 8_000, clicks: 160, gmvJpy: 17_600, ctr: 0.02 });
    expect(byId.C!.cvr).toBeCloseTo(0.0375, 12);
    expect(byId.B).toMatchObject({ views: null, ctr: null, cvr: null });
    // ROI beside: the week's orders; A's sample (15 Nov) belongs to the week it was sent
    expect(byId.A!.roi!.netProfitJpy).toBeCloseTo(13_650, 6);
    expect(byId.B!.roi!.gmvInclTaxJpy).toBe(6_600);
    expect(week!.total).toMatchObject({ views: 23_000, clicks: 560, orders: 16, gmvJpy: 50_600 });
    expect(week!.total.cvr).toBeCloseTo(16 / 560, 12);
  });
  it('per video, and unknown clicks give an unknown CTR', () => {
    expect(weeks[0]!.videos).toEqual([{ videoId: 'v1', title: 'video v1', creatorId: 'A', views: 15_000, clicks: 400, orders: 10, gmvJpy: 33_000, ctr: 400 / 15_000, cvr: 0.025 }]);
    expect(weeks[1]!.videos[0]).toMatchObject({ views: 1_000, clicks: null, ctr: null });
    // the weeks of 9 and 2 Nov hold only A's and B's sample costs (¥1,800 + ¥600): a loss in ROI, no analytics
    expect(weeks[2]!.creators.map((c) => [c.creatorId, c.views, c.roi?.netProfitJpy])).toEqual([['A', null, -2_400]]);
    expect(weeks[3]!.creators.map((c) => [c.creatorId, c.views, c.roi?.netProfitJpy])).toEqual([['B', null, -2_400]]);
  });
});

describe('analyticsRowsFromPerformance', () => {
  const perf = (over: Partial<PerformanceRow>): PerformanceRow => ({
    kind: 'video', id: 'v1', label: 'video v1', creatorId: 'A', creatorHandle: '@A', periodStart: MONDAY, periodEnd: MONDAY + 7 * DAY - 1,
    gmvJpy: 33_000, commissionJpy: null, unitsSold: null, orders: 10, avgOrderValueJpy: null, views: 15_000, impressions: null,
    clicks: 400, ctr: null, finishRate: null, ...over,
  });
  it('video and creator rows of one week become review rows; longer or unknown periods and product/LIVE rows are left out', () => {
    const rows = analyticsRowsFromPerformance([
      perf({}),
      perf({ kind: 'creator', id: 'C', label: '@C', creatorId: null, creatorHandle: null, views: 8_000 }),
      perf({ id: 'v2', periodEnd: MONDAY + 28 * DAY }),
      perf({ id: 'v3', periodStart: null, periodEnd: null }),
      perf({ id: 'v4', periodEnd: null }),
      perf({ kind: 'product', id: 'P' }),
      perf({ kind: 'live', id: 'room' }),
    ]);
    expect(rows).toEqual([
      { at: MONDAY, creatorId: 'A', creatorHandle: '@A', videoId: 'v1', videoTitle: 'video v1', views: 15_000, clicks: 400, orders: 10, gmvJpy: 33_000 },
      { at: MONDAY, creatorId: 'C', creatorHandle: '@C', videoId: null, videoTitle: null, views: 8_000, clicks: 400, orders: 10, gmvJpy: 33_000 },
    ]);
  });
});
