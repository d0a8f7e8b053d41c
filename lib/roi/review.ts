/**
 * 复盘: the weekly review sellers' guides ask for. Per Tokyo week (Monday start), per creator and per video: views,
 * clicks, CTR = clicks ÷ views, CVR = orders ÷ clicks and GMV from Analytics, beside the creator's ROI row for the
 * same week (from orders and costs). A ratio is null when its denominator is 0 or unknown, never 0 or Infinity.
 * KPI reference points (video CTR > 3 %, CVR > 2 %) are a third-party playbook's [S] (sailtonight/kalodata-skill,
 * skills/kalodata/references/playbooks.md) and only shown as reference.
 */
import type { AffiliateOrder, AnalyticsRow, PerformanceRow } from '../model';

export type { AnalyticsRow } from '../model';
import { computeRoi, type CostEntry, type ProductCost, type RoiOptions, type RoiRow } from './compute';
import { periodKey } from './period';

/** Longest period a row may cover and still count as one week's figures (a "last 7 days" view spans 7–8 dates). */
export const MAX_WEEKLY_PERIOD_MS = 8 * 86_400_000;

/**
 * Analytics performance rows (lib/seller-center, kind creator or video) as review rows. Only rows covering one week
 * at most are used, dated by their period start [E]: a 28-day view cannot be split into weeks honestly.
 */
export function analyticsRowsFromPerformance(rows: readonly PerformanceRow[]): AnalyticsRow[] {
  const out: AnalyticsRow[] = [];
  for (const row of rows) {
    if (row.kind !== 'creator' && row.kind !== 'video') continue;
    if (row.periodStart == null || row.periodEnd == null || row.periodEnd - row.periodStart > MAX_WEEKLY_PERIOD_MS) continue;
    out.push({
      at: row.periodStart,
      creatorId: row.kind === 'creator' ? row.id : row.creatorId,
      creatorHandle: row.kind === 'creator' ? row.label ?? row.creatorHandle : row.creatorHandle,
      videoId: row.kind === 'video' ? row.id : null,
      videoTitle: row.kind === 'video' ? row.label : null,
      views: row.views, clicks: row.clicks, orders: row.orders, gmvJpy: row.gmvJpy,
    });
  }
  return out;
}

export const REFERENCE_CTR = 0.03;
export const REFERENCE_CVR = 0.02;

export interface Funnel {
  views: number | null;
  clicks: number | null;
  orders: number | null;
  gmvJpy: number | null;
  ctr: number | null;
  cvr: number | null;
}

export interface CreatorWeek extends Funnel {
  creatorId: string;
  label: string | null;
  /** the creator's ROI row for the week (orders and costs dated in it); null without either */
  roi: RoiRow | null;
}

export interface VideoWeek extends Funnel {
  videoId: string;
  title: string | null;
  creatorId: string | null;
}

export interface WeekReview {
  /** "W2026-11-23": the Monday the Tokyo week starts */
  week: string;
  total: Funnel;
  creators: CreatorWeek[];
  videos: VideoWeek[];
  /** ROI over all orders and costs of the week */
  roiTotal: RoiRow;
}

export interface ReviewInput {
  analytics: readonly AnalyticsRow[];
  orders?: readonly AffiliateOrder[];
  costs?: readonly CostEntry[];
  products?: readonly ProductCost[];
  options?: RoiOptions;
}

interface Sums { views: number | null; clicks: number | null; orders: number | null; gmvJpy: number | null }

const add = (sum: number | null, x: number | null) => (x == null || !Number.isFinite(x) ? sum : (sum ?? 0) + x);

function accumulate(sums: Sums, row: AnalyticsRow): void {
  sums.views = add(sums.views, row.views);
  sums.clicks = add(sums.clicks, row.clicks);
  sums.orders = add(sums.orders, row.orders);
  sums.gmvJpy = add(sums.gmvJpy, row.gmvJpy);
}

const ratio = (num: number | null, den: number | null) => (num != null && den != null && den > 0 ? num / den : null);
const funnel = (s: Sums): Funnel => ({ ...s, ctr: ratio(s.clicks, s.views), cvr: ratio(s.orders, s.clicks) });
const emptySums = (): Sums => ({ views: null, clicks: null, orders: null, gmvJpy: null });

type CreatorSums = { fromVideos: Sums; fromCreatorRows: Sums; hasVideos: boolean; label: string | null };

/**
 * One review per Tokyo week that has analytics, orders or costs, newest first. A row with a videoId is a video row,
 * one without is a creator-level row; a creator's week uses their video rows when there are any (so the two kinds
 * are never added together), otherwise their creator-level rows.
 */
export function weeklyReview({ analytics, orders = [], costs = [], products = [], options }: ReviewInput): WeekReview[] {
  interface Week {
    creators: Map<string, CreatorSums>;
    /** video rows that name no creator */
    anonymous: Sums;
    videos: Map<string, Sums & { title: string | null; creatorId: string | null }>;
    orders: AffiliateOrder[];
    costs: CostEntry[];
  }
  const weeks = new Map<string, Week>();
  const weekOf = (at: number) => {
    const key = periodKey(at, 'week');
    let week = weeks.get(key);
    if (!week) weeks.set(key, (week = { creators: new Map(), anonymous: emptySums(), videos: new Map(), orders: [], costs: [] }));
    return week;
  };
  for (const row of analytics) {
    if (!Number.isFinite(row.at)) continue;
    const week = weekOf(row.at);
    if (row.videoId != null) {
      const video = week.videos.get(row.videoId) ?? { ...emptySums(), title: row.videoTitle, creatorId: row.creatorId };
      accumulate(video, row);
      week.videos.set(row.videoId, video);
    }
    if (row.creatorId == null) {
      if (row.videoId != null) accumulate(week.anonymous, row);
      continue;
    }
    const creator = week.creators.get(row.creatorId) ?? { fromVideos: emptySums(), fromCreatorRows: emptySums(), hasVideos: false, label: row.creatorHandle };
    if (row.videoId != null) {
      creator.hasVideos = true;
      accumulate(creator.fromVideos, row);
    } else {
      accumulate(creator.fromCreatorRows, row);
    }
    creator.label ??= row.creatorHandle;
    week.creators.set(row.creatorId, creator);
  }
  for (const order of orders) if (order.createdAt != null && Number.isFinite(order.createdAt)) weekOf(order.createdAt).orders.push(order);
  for (const cost of costs) if (Number.isFinite(cost.at)) weekOf(cost.at).costs.push(cost);

  const out: WeekReview[] = [];
  for (const [key, week] of weeks) {
    const roi = computeRoi({ orders: week.orders, costs: week.costs, products, groupBy: 'creator', options });
    const roiByCreator = new Map(roi.rows.map((r) => [r.key, r]));
    const total = { ...week.anonymous };
    const creatorIds = new Set([...week.creators.keys(), ...roi.rows.map((r) => r.key)]);
    const creators: CreatorWeek[] = [...creatorIds].map((creatorId) => {
      const sums = week.creators.get(creatorId);
      const chosen = sums ? (sums.hasVideos ? sums.fromVideos : sums.fromCreatorRows) : emptySums();
      total.views = add(total.views, chosen.views);
      total.clicks = add(total.clicks, chosen.clicks);
      total.orders = add(total.orders, chosen.orders);
      total.gmvJpy = add(total.gmvJpy, chosen.gmvJpy);
      const roiRow = roiByCreator.get(creatorId) ?? null;
      return { creatorId, label: sums?.label ?? roiRow?.label ?? null, ...funnel(chosen), roi: roiRow };
    });
    creators.sort((a, b) => (b.gmvJpy ?? b.roi?.gmvInclTaxJpy ?? 0) - (a.gmvJpy ?? a.roi?.gmvInclTaxJpy ?? 0));
    const videos: VideoWeek[] = [...week.videos].map(([videoId, v]) => ({ videoId, title: v.title, creatorId: v.creatorId, ...funnel(v) }));
    videos.sort((a, b) => (b.gmvJpy ?? 0) - (a.gmvJpy ?? 0) || (b.views ?? 0) - (a.views ?? 0));
    out.push({ week: key, total: funnel(total), creators, videos, roiTotal: roi.total });
  }
  return out.sort((a, b) => b.week.localeCompare(a.week));
}
