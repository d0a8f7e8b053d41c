/**
 * Analytics performance rows (what normaliseResponse reads from the Performance page) as the weekly review's
 * per-day AnalyticsRow (lib/model, used by lib/roi/review.ts). Only rows whose period is one day at most are
 * converted: a 7- or 28-day total cannot be put on one day without inventing how it split.
 */
import type { AnalyticsRow, PerformanceRow } from '../model';

export const ONE_DAY_MS = 24 * 60 * 60 * 1000;

export function analyticsRowsFrom(rows: readonly PerformanceRow[]): AnalyticsRow[] {
  const out: AnalyticsRow[] = [];
  for (const row of rows) {
    if (row.kind !== 'video' && row.kind !== 'creator') continue;
    const { periodStart: start, periodEnd: end } = row;
    if (start == null || end == null || end <= start || end - start > ONE_DAY_MS) continue;
    out.push({
      at: start,
      creatorId: row.creatorId,
      creatorHandle: row.creatorHandle,
      videoId: row.kind === 'video' ? row.id : null,
      videoTitle: row.kind === 'video' ? row.label : null,
      views: row.views,
      clicks: row.clicks,
      orders: row.orders,
      gmvJpy: row.gmvJpy,
    });
  }
  return out;
}
