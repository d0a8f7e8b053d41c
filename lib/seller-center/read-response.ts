/**
 * Raw Affiliate Center responses -> Mitate's model (lib/model). Pure; never throws: anything unrecognised becomes
 * `{ ok: false, diagnostic }`, where the diagnostic names the endpoint and path and shows the JSON structure with
 * every value replaced by its type, so a seller can paste it into a bug report without leaking data.
 */
import type * as z from 'zod/mini';
import {
  emptyCreator, type Collaboration, type Creator, type CreatorVideo, type PageData, type PerformanceRow, type Product,
} from '../model';
import { endpointInfo, type EndpointId } from './endpoints';
import {
  envelopeSchema, rawCreatorProfileSchema, rawInvitationCreateRequestSchema,
  rawInvitationProductSchema, rawInvitationSchema,
  rawLegacyOrderSchema, rawLegacyOrdersSchema, rawLegacySkuSchema, rawOrdersResponseSchema, rawProductListSchema,
  rawProductSchema, rawProfileResponseSchema, rawSampleApplySchema, rawSampleGroupSchema,
  rawSkuOrderSchema, rawTopVideoSchema,
} from './raw';
import {
  isRecord, listOrEmpty, payloadLevels, toArray, toBoolean, toCount, toEpochMs, toFraction, toId, toList, toNumber, toRateX100,
  toRecord, toText, toYen, toYenMax, unwrap, type JsonRecord,
} from './values';
import { redactShape } from './redact';
import { unreadableReport, type UnreadableReport } from './format-report';

export interface NormaliseMeta {
  url: string;
  requestBody?: unknown;
  now: number;
  /**
   * Whether amounts that name no currency (bare numbers, `{amount}`) are yen. Set by normaliseResponse from the
   * API URL's `shop_region`: true when it is JP or absent (a JP seller's page), false for any other region.
   */
  bareIsYen?: boolean;
}
/**
 * `format` is set when the answer was a success whose shape Mitate does not know (not for error envelopes): the
 * background passes it to recordUnreadableFormat (lib/store) for the Page formats view.
 */
export type NormaliseResult = { ok: true; data: PageData } | { ok: false; diagnostic: string; format?: UnreadableReport };

/** A video "posted" more than this after `now` has a broken timestamp. */
export const FUTURE_TOLERANCE_MS = 2 * 24 * 60 * 60 * 1000;
/** Per-creator lists (brands, regions) are cut here; the page shows far fewer. */
export const MAX_LIST_ITEMS = 100;
/** Analytics pages ask for at most 100 rows (S4 MAX_PAGE_SIZE); more is not a real answer. */
export const MAX_TABLE_ROWS = 500;

/**
 * Invitation status codes (S4 invitations.py `invitation_group_status`); order settlement codes are [G]:
 * the §10.3 example pairs 1 with zero actual commission, so 1 = pending, 2 = settled, 3 = ineligible.
 */
export const INVITATION_STATUS: Record<number, string> = { 1: 'ongoing', 2: 'expiring', 3: 'canceling', 4: 'completed' };
/**
 * `group_status` on invitation items (what the list and detail answers carry; `invitation_group_status` is the
 * search request's tab filter). S3 tk01_im_track.py, measured: 2 = ongoing, 4 = terminated; 1 not started and
 * 3 ended are that file's labels, unmeasured [G].
 */
export const GROUP_STATUS: Record<number, string> = { 1: 'not_started', 2: 'ongoing', 3: 'ended', 4: 'terminated' };
/** `group_creator_status` per invited creator: 0 = awaiting acceptance (S3, 10 of 10 measured); others kept raw. */
export const GROUP_CREATOR_STATUS: Record<number, string> = { 0: 'pending' };
export const SETTLEMENT_STATUS: Record<number, { status: string; settled: boolean | null }> = {
  1: { status: 'pending', settled: false },
  2: { status: 'settled', settled: true },
  3: { status: 'ineligible', settled: null },
};
/** Sample request `curr_status` (S4 samples.py). */
export const SAMPLE_STATUS: Record<number, string> = {
  10: 'to_review', 40: 'content_pending', 51: 'rejected', 52: 'expired', 53: 'overdue', 55: 'canceled', 56: 'canceled', 100: 'completed',
};

/**
 * The status word of one request: `curr_status` when stated; else `can_be_approved: true` (the real ID answer, which
 * has no curr_status) means it waits for the seller's review [G]; else unknown.
 */
function sampleStatusOf(currStatus: unknown, canBeApproved: unknown): string | null {
  const code = toNumber(unwrap(currStatus));
  if (code !== null) return SAMPLE_STATUS[code] ?? `status_${code}`.slice(0, 50);
  return toBoolean(canBeApproved) === true ? 'to_review' : null;
}

export function emptyPageData(): PageData {
  return { creators: [], products: [], collaborations: [], orders: [] };
}


// ---------------------------------------------------------------- helpers

function parsed<T extends z.ZodMiniType>(schema: T, value: unknown): z.infer<T> | null {
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}

function parseJsonMaybe(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** Long digit runs in a path could be ids: the diagnostic shows them as <id>. */
function pathOf(url: string): string {
  try {
    return new URL(url, 'https://mitate.invalid').pathname.replace(/\d{6,}/g, '<id>').slice(0, 300);
  } catch {
    return '(unparseable url)';
  }
}

function diagnostic(endpoint: EndpointId, url: string, reason: string, body: unknown): string {
  return `endpoint: ${endpoint}\npath: ${pathOf(url)}\nexpected: ${endpointInfo(endpoint).path}\nreason: ${reason}\nshape: ${redactShape(body)}`;
}

/** JP or no region in the API URL: bare amounts are yen. Another region: only amounts marked yen are. */
export function bareAmountsAreYen(url: string): boolean {
  try {
    const params = new URL(url, 'https://mitate.invalid').searchParams;
    const region = (params.get('shop_region') ?? params.get('oec_region') ?? params.get('region') ?? '').trim().toUpperCase();
    return region === '' || region === 'JP';
  } catch {
    return true;
  }
}

function notPast(now: number, at: number | null): number | null {
  if (at === null) return null;
  return Number.isFinite(now) && at > now + FUTURE_TOLERANCE_MS ? null : at;
}

function firstKnown<T>(...values: Array<T | null>): T | null {
  for (const v of values) if (v !== null) return v;
  return null;
}

// ---------------------------------------------------------------- creators

function distribution(field: unknown, unit: 'fraction' | 'x100') {
  const out: Creator['followerGenders'] = [];
  for (const item of toArray(field)) {
    if (!isRecord(item)) continue;
    const key = toText(item.key);
    const share = unit === 'fraction' ? toFraction(item.value) : toRateX100(item.value);
    if (key === null || share === null) continue;
    out.push({ key: key.toLowerCase(), name: toText(item.name), share });
  }
  return out;
}

function categories(field: unknown): string[] {
  const names: string[] = [];
  for (const item of toArray(field)) {
    const name = isRecord(item) ? toText(item.name) : toText(item);
    if (name !== null && !names.includes(name)) names.push(name);
  }
  return names;
}

function videos(field: unknown, shoppableList: boolean, now: number): CreatorVideo[] {
  const out: CreatorVideo[] = [];
  for (const item of toArray(field)) {
    const raw = parsed(rawTopVideoSchema, item);
    if (!raw) continue;
    const id = toId(raw.item_id);
    if (id === null) continue;
    const hasProducts = toArray(raw.video_products).length > 0;
    out.push({
      id,
      caption: toText(raw.name),
      postedAt: notPast(now, toEpochMs(raw.release_date)),
      views: toCount(raw.play_cnt),
      likes: toCount(raw.like_cnt),
      comments: toCount(raw.comment_cnt),
      // there is no per-video share count in 2026 builds [C] S5; read it if it ever appears
      shares: toCount(raw.share_cnt),
      shoppable: shoppableList || hasProducts ? true : null,
    });
  }
  return out;
}

function followerTrend(trendData: unknown): Creator['followerTrend'] {
  const points = new Map<number, number>();
  for (const series of toArray(trendData)) {
    if (!isRecord(series)) continue;
    for (const bucket of toArray(series.stats)) {
      if (!isRecord(bucket)) continue;
      const at = firstKnown(toEpochMs(bucket.end_timestamp), toEpochMs(bucket.start_timestamp));
      const profile = toRecord(bucket.profile);
      const followers = profile ? toCount(profile.trend_follower) : null;
      if (at !== null && followers !== null) points.set(at, followers);
    }
  }
  return [...points].sort((a, b) => a[0] - b[0]).map(([at, followers]) => ({ at, followers }));
}

/** One creator from a find row or a profile object; `fallbackId` when the object lacks creator_oecuid. */
export function creatorFromProfile(
  raw: JsonRecord, fallbackId: string | null, now: number, trendData?: unknown, bareIsYen = true,
): Creator | null {
  const p = parsed(rawCreatorProfileSchema, raw);
  if (!p) return null;
  const id = toId(p.creator_oecuid) ?? fallbackId;
  if (id === null) return null;
  // Likes/comments/shares and views must come from the same family (all videos vs shoppable videos), or
  // like/view ratios mix populations: use the all-videos medians when known, else the e-commerce ones.
  const plainLikes = toCount(p.video_med_like_cnt);
  const ecLikes = toCount(p.ec_video_med_like_cnt);
  const useEc = plainLikes === null && ecLikes !== null;
  const genders = distribution(p.follower_genders_v2, 'fraction');
  const ages = distribution(p.follower_ages_v2, 'fraction');
  const allVideos = [...videos(p.top_video_data, false, now), ...videos(p.ec_top_video_data, true, now)];
  return {
    id,
    handle: toText(p.handle),
    nickname: toText(p.nickname),
    bio: toText(p.bio),
    region: toText(p.selection_region),
    followers: toCount(p.follower_cnt),
    categories: categories(p.category),
    gmvJpy: toYen(p.med_gmv_revenue, bareIsYen),
    gpmJpy: firstKnown(toYen(p.gpm, bareIsYen), toYen(p.ec_video_gpm, bareIsYen)),
    unitsSold: toCount(p.units_sold),
    avgViews: toCount(p.video_avg_view_cnt),
    medianViews: useEc ? toCount(p.ec_video_med_view_cnt) : firstKnown(toCount(p.video_med_view_cnt), toCount(p.video_play_cnt_med)),
    medianLikes: useEc ? ecLikes : plainLikes,
    medianComments: toCount(useEc ? p.ec_video_med_comment_cnt : p.video_med_comment_cnt),
    medianShares: toCount(useEc ? p.ec_video_med_share_cnt : p.video_med_share_cnt),
    engagementRate: toRateX100(p.video_engagement),
    medianCommissionRate: toRateX100(p.med_commission_rate),
    sampleFulfillmentRate: toRateX100(p.sample_fulfillment_rate),
    fulfillmentScore: toCount(p.creator_fulfillment_score_90d),
    videosLast30d: toCount(p.video_publish_cnt_30d),
    // list rows carry only the top gender/age as percent×100 strings [C] S1
    followerGenders: genders.length > 0 ? genders : distribution(p.top_follower_gender, 'x100'),
    followerAges: ages.length > 0 ? ages : distribution(p.top_follower_ages, 'x100'),
    videos: mergeVideos([], allVideos),
    followerTrend: followerTrend(trendData),
    videoGmvJpy: toYen(p.video_gmv, bareIsYen),
    liveGmvJpy: toYen(p.live_gmv, bareIsYen),
    videoGmvShare: shareOf(p.content_groups, 'video_gmv'),
    liveGmvShare: shareOf(p.content_groups, 'live_gmv'),
    gmvShareByCategory: distribution(p.industry_groups, 'fraction'),
    avgOrderValueJpy: toYen(p.avg_revenue_per_buyer, bareIsYen),
    brands: brandNames(p.partnered_brand),
    brandCount: toCount(p.collaborated_brands_num),
    contactInfoAvailable: toBoolean(p.contact_info_available),
    hasCollaborated: toBoolean(p.has_collaborated),
    invitedLast90d: toBoolean(p.has_invited_before_90d),
    audienceByRegion: regionCounts(p.follower_state_location),
    dataUntil: notPast(now, toEpochMs(p.sales_performance_end_time)),
  };
}

/** The share of one key in a {key, value} distribution (content_groups), or null when not listed. */
function shareOf(field: unknown, key: string): number | null {
  for (const item of toArray(field)) {
    if (isRecord(item) && toText(item.key) === key) return toFraction(item.value);
  }
  return null;
}

/** Brand names from `partnered_brand` ({brand:[{id,name}], value:[…]} or a plain list). Bounded. */
function brandNames(field: unknown): string[] {
  const value = unwrap(field);
  const list = isRecord(value) ? toArray(value.brand ?? value.value) : toArray(value);
  const names: string[] = [];
  for (const item of list.slice(0, MAX_LIST_ITEMS)) {
    const name = isRecord(item) ? toText(item.name) : toText(item);
    if (name !== null && !names.includes(name)) names.push(name);
  }
  return names;
}

/** Followers per region: `follower_state_location` values are counts [C] S5. Bounded, largest first. */
function regionCounts(field: unknown): Array<{ key: string; count: number }> {
  const out: Array<{ key: string; count: number }> = [];
  for (const item of toArray(field).slice(0, MAX_LIST_ITEMS)) {
    if (!isRecord(item)) continue;
    const key = toText(item.key);
    const count = toCount(item.value);
    if (key !== null && count !== null) out.push({ key, count });
  }
  return out.sort((a, b) => b.count - a.count);
}

function mergeVideo(a: CreatorVideo, b: CreatorVideo): CreatorVideo {
  return {
    id: a.id,
    caption: b.caption ?? a.caption,
    postedAt: b.postedAt ?? a.postedAt,
    views: b.views ?? a.views,
    likes: b.likes ?? a.likes,
    comments: b.comments ?? a.comments,
    shares: b.shares ?? a.shares,
    shoppable: b.shoppable ?? a.shoppable,
  };
}

/** Union by id; `newer` wins field by field where it knows the value. Newest posts first. */
function mergeVideos(older: CreatorVideo[], newer: CreatorVideo[]): CreatorVideo[] {
  const byId = new Map<string, CreatorVideo>();
  for (const video of [...older, ...newer]) {
    const existing = byId.get(video.id);
    byId.set(video.id, existing ? mergeVideo(existing, video) : video);
  }
  return [...byId.values()].sort((x, y) => (y.postedAt ?? -Infinity) - (x.postedAt ?? -Infinity));
}

/** The newest videos and trend points a merged creator keeps. */
export const MAX_MERGED_VIDEOS = 100;
export const MAX_MERGED_TREND_POINTS = 400;

/**
 * The one merge rule for a creator, used by the background's page state and by the store alike.
 * Combines two readings of one creator (the detail page sends one profile response per profile_type; lists and
 * detail pages overlap). `b` is the newer: it wins where it knows a value, `a` fills its unknowns.
 */
export function mergeCreator(a: Creator, b: Creator): Creator {
  const pick = <K extends keyof Creator>(key: K): Creator[K] => (b[key] ?? a[key]) as Creator[K];
  const trend = new Map<number, number>();
  for (const point of [...a.followerTrend, ...b.followerTrend]) trend.set(point.at, point.followers);
  return {
    id: a.id || b.id,
    handle: pick('handle'),
    nickname: pick('nickname'),
    bio: pick('bio'),
    region: pick('region'),
    followers: pick('followers'),
    categories: [...new Set([...b.categories, ...a.categories])],
    gmvJpy: pick('gmvJpy'),
    gpmJpy: pick('gpmJpy'),
    unitsSold: pick('unitsSold'),
    avgViews: pick('avgViews'),
    medianViews: pick('medianViews'),
    medianLikes: pick('medianLikes'),
    medianComments: pick('medianComments'),
    medianShares: pick('medianShares'),
    engagementRate: pick('engagementRate'),
    medianCommissionRate: pick('medianCommissionRate'),
    sampleFulfillmentRate: pick('sampleFulfillmentRate'),
    fulfillmentScore: pick('fulfillmentScore'),
    videosLast30d: pick('videosLast30d'),
    // a full distribution beats a top-1 entry from a list row
    followerGenders: b.followerGenders.length >= a.followerGenders.length ? (b.followerGenders.length > 0 ? b.followerGenders : a.followerGenders) : a.followerGenders,
    followerAges: b.followerAges.length >= a.followerAges.length ? (b.followerAges.length > 0 ? b.followerAges : a.followerAges) : a.followerAges,
    // bounded: repeated visits (or a page forging video ids) must not grow a stored creator without end
    videos: mergeVideos(a.videos, b.videos).slice(0, MAX_MERGED_VIDEOS),
    followerTrend: [...trend].sort((x, y) => x[0] - y[0]).slice(-MAX_MERGED_TREND_POINTS).map(([at, followers]) => ({ at, followers })),
    videoGmvJpy: pick('videoGmvJpy'),
    liveGmvJpy: pick('liveGmvJpy'),
    videoGmvShare: pick('videoGmvShare'),
    liveGmvShare: pick('liveGmvShare'),
    gmvShareByCategory: longer(a.gmvShareByCategory, b.gmvShareByCategory),
    avgOrderValueJpy: pick('avgOrderValueJpy'),
    brands: longer(a.brands, b.brands),
    brandCount: pick('brandCount'),
    contactInfoAvailable: pick('contactInfoAvailable'),
    hasCollaborated: pick('hasCollaborated'),
    invitedLast90d: pick('invitedLast90d'),
    audienceByRegion: longer(a.audienceByRegion, b.audienceByRegion),
    dataUntil: pick('dataUntil'),
  };
}

/** The newer list when it has anything, else the older (a later partial reading must not wipe a list). */
function longer<T>(older: T[] | undefined, newer: T[] | undefined): T[] {
  return newer && newer.length > 0 ? newer : older ?? [];
}

// ---------------------------------------------------------------- per endpoint

type Reader = (body: JsonRecord, meta: NormaliseMeta, request: JsonRecord | null) => PageData | string;

/** Creator lists: marketplace find, and (same rows [G]) search and recommendation; top level or under `data`. */
const readFind: Reader = (body, meta) => {
  const rows = listOrEmpty(body, 'creator_profile_list', 'creator_list');
  if (!rows) return 'creator_profile_list missing';
  const data = emptyPageData();
  for (const row of rows) {
    if (!isRecord(row)) continue;
    const creator = creatorFromProfile(row, null, meta.now, undefined, meta.bareIsYen);
    if (creator) data.creators.push(creator);
  }
  return data;
};

const readProfile: Reader = (body, meta, request) => {
  const raw = parsed(rawProfileResponseSchema, body) ?? parsed(rawProfileResponseSchema, body.data);
  if (!raw) return 'creator_profile missing';
  const connect = toRecord(raw.creator_connect_info);
  const fallbackId = firstKnown(request ? toId(request.creator_oec_id) : null, connect ? toId(connect.creator_id) : null);
  const creator = creatorFromProfile(raw.creator_profile, fallbackId, meta.now, raw.creator_profile_trend_data, meta.bareIsYen);
  if (!creator) return 'creator id missing';
  return { ...emptyPageData(), creators: [creator] };
};

const readOrders: Reader = (body, meta, request) => {
  const raw = parsed(rawOrdersResponseSchema, body);
  if (!raw) return 'data.sku_order_list missing';
  const condition = request ? toRecord(request.affiliate_seller_search_condition) : null;
  // `promotion_id` is not the invitation id [C] S4; the page filters by plan_id, so the request tells us the plan.
  const planId = condition ? toId(condition.plan_id) : null;
  const data = emptyPageData();
  for (const line of raw.data.sku_order_list) {
    const sku = parsed(rawSkuOrderSchema, line);
    if (!sku) continue;
    const base = sku.sku_order_base_info_for_affiliate_seller;
    const info = base.sku_order_info;
    const orderId = toId(info.main_order_id);
    if (orderId === null) continue;
    const commission = sku.sku_order_commission_info_for_affiliate_seller;
    const settlementCode = toCount(info.settlement_status);
    const settlement = settlementCode === null ? null : SETTLEMENT_STATUS[settlementCode] ?? null;
    data.orders.push({
      orderId,
      skuId: toId(info.sku_id),
      creatorId: toId(base.creator_info?.creator_oec_id),
      creatorHandle: toText(base.creator_info?.creator_username),
      productId: toId(base.product_info?.product_id),
      productName: toText(base.product_info?.product_name),
      quantity: toCount(info.sale_quantity),
      amountJpy: toYen(info.sale_price, meta.bareIsYen),
      // standard_cos_ratio ×100 is [G] by analogy with the other rate fields (§10.3)
      commissionRate: toRateX100(commission?.standard_cos_ratio),
      commissionEstimatedJpy: toYen(commission?.est_standard_commission, meta.bareIsYen),
      commissionActualJpy: toYen(commission?.actual_standard_commission, meta.bareIsYen),
      refundedUnits: toCount(info.refund_number),
      returnedUnits: toCount(info.return_number),
      status: settlement?.status ?? (settlementCode === null ? null : `settlement_${settlementCode}`),
      settled: settlement?.settled ?? null,
      createdAt: notPast(meta.now, toEpochMs(info.create_time)),
      collaborationId: planId,
    });
  }
  return data;
};

const readLegacyOrders: Reader = (body, meta) => {
  const raw = parsed(rawLegacyOrdersSchema, body) ?? parsed(rawLegacyOrdersSchema, body.data);
  if (!raw) return 'orders missing';
  const data = emptyPageData();
  for (const item of raw.orders) {
    const order = parsed(rawLegacyOrderSchema, item);
    if (!order) continue;
    const orderId = toId(order.main_order_id);
    if (orderId === null) continue;
    for (const skuItem of order.sku_detail) {
      const sku = parsed(rawLegacySkuSchema, skuItem);
      if (!sku) continue;
      const settlementCode = toCount(sku.settlement_status);
      const settlement = settlementCode === null ? null : SETTLEMENT_STATUS[settlementCode] ?? null;
      // field names beyond creator_*, cos_ratio and estimated_cos_fee are [G] (§6b)
      data.orders.push({
        orderId,
        skuId: toId(sku.sku_id),
        creatorId: toId(sku.creator_id),
        creatorHandle: toText(sku.creator_username),
        productId: toId(sku.product_id),
        productName: toText(sku.product_name),
        quantity: toCount(sku.quantity),
        amountJpy: toYen(sku.payment_amount, meta.bareIsYen),
        commissionRate: toRateX100(sku.cos_ratio),
        commissionEstimatedJpy: toYen(sku.estimated_cos_fee, meta.bareIsYen),
        commissionActualJpy: toYen(sku.actual_cos_fee, meta.bareIsYen),
        refundedUnits: toCount(sku.refund_quantity),
        returnedUnits: toCount(sku.return_quantity),
        status: settlement?.status ?? toText(sku.order_status),
        settled: settlement?.settled ?? null,
        createdAt: notPast(meta.now, toEpochMs(order.create_time)),
        collaborationId: null,
      });
    }
  }
  return data;
};

function invitationProducts(field: unknown): Collaboration['products'] {
  const out: Collaboration['products'] = [];
  for (const item of toArray(field)) {
    const p = parsed(rawInvitationProductSchema, item);
    if (!p) continue;
    const productId = toId(p.product_id);
    if (productId === null) continue;
    out.push({ productId, commissionRate: toRateX100(p.target_commission), category: toText(p.category_name ?? p.category) });
  }
  return out;
}

function invitationCreatorIds(field: unknown): string[] {
  const ids: string[] = [];
  for (const item of toArray(field)) {
    if (!isRecord(item)) continue;
    const base = toRecord(item.base_info) ?? item;
    const id = firstKnown(toId(base.creator_oec_id), toId(base.creator_id));
    if (id !== null && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * A plan's status. Items carry `group_status` (S3, measured); `invitation_group_status` is the search filter (S4),
 * so an item without a status of its own takes the tab it was asked for. A text status is kept as it is.
 */
function invitationStatus(inv: JsonRecord, requestedTab: number | null): string | null {
  const groupCode = toCount(inv.group_status);
  if (groupCode !== null) return GROUP_STATUS[groupCode] ?? `group_status_${groupCode}`;
  const tabCode = toCount(inv.invitation_group_status) ?? toCount(inv.status) ?? requestedTab;
  if (tabCode !== null) return INVITATION_STATUS[tabCode] ?? `status_${tabCode}`;
  return toText(inv.status);
}

function creatorProgress(field: unknown): NonNullable<Collaboration['creatorProgress']> {
  const out: NonNullable<Collaboration['creatorProgress']> = [];
  for (const item of toArray(field)) {
    if (!isRecord(item)) continue;
    const base = toRecord(item.base_info) ?? item;
    const creatorId = firstKnown(toId(base.creator_oec_id), toId(base.creator_id));
    if (creatorId === null || out.some((c) => c.creatorId === creatorId)) continue;
    const code = toCount(item.group_creator_status);
    out.push({
      creatorId,
      handle: toText(base.user_name ?? base.handle),
      status: code === null ? null : GROUP_CREATOR_STATUS[code] ?? `creator_status_${code}`,
      productsAdded: toCount(item.product_add_cnt),
      contentPosted: toCount(item.content_posted_cnt ?? item.content_cnt),
    });
  }
  return out;
}

function collaborationFromInvitation(item: unknown, fallbackId: string | null, requestedTab: number | null = null): Collaboration | null {
  const inv = parsed(rawInvitationSchema, item);
  if (!inv) return null;
  const id = firstKnown(toId(inv.invitation_group_id), toId(inv.id), fallbackId);
  if (id === null) return null;
  return {
    id,
    kind: 'target',
    name: toText(inv.name),
    status: invitationStatus(inv, requestedTab),
    creatorIds: invitationCreatorIds(inv.creator_id_list),
    products: invitationProducts(inv.product_list),
    endsAt: toEpochMs(inv.end_time),
    creatorCount: toCount(inv.creator_cnt),
    creatorsAddedCount: toCount(inv.creator_added_cnt),
    creatorsPostedCount: toCount(inv.creator_posted_cnt),
    creatorProgress: creatorProgress(inv.creator_id_list),
  };
}

const readInvitationSearch: Reader = (body, _meta, request) => {
  const items = listOrEmpty(body, 'invitation_list');
  if (!items) return 'data.invitation_list missing';
  const requestedTab = request ? toCount(request.invitation_group_status) : null;
  const data = emptyPageData();
  for (const item of items) {
    const collaboration = collaborationFromInvitation(item, null, requestedTab);
    if (collaboration) data.collaborations.push(collaboration);
  }
  return data;
};

/** The invitation object of a detail answer: `data.invitation` (S3, S4), `invitation_group` [G], or top level [G]. */
function detailInvitation(body: JsonRecord): JsonRecord | null {
  for (const level of payloadLevels(body)) {
    const found = toRecord(level.invitation) ?? toRecord(level.invitation_group);
    if (found) return found;
  }
  return null;
}

const readInvitationDetail: Reader = (body, _meta, request) => {
  const invitation = detailInvitation(body);
  if (!invitation) return 'data.invitation missing';
  const requestedId = request ? firstKnown(toId(request.invitation_group_id), toId(request.invitation_id)) : null;
  const collaboration = collaborationFromInvitation(invitation, requestedId);
  if (!collaboration) return 'invitation id missing';
  return { ...emptyPageData(), collaborations: [collaboration] };
};

/** The create response carries little [G]; the seller's chosen rates are in the request body. */
const readInvitationCreate: Reader = (body, _meta, request) => {
  const req = request ? parsed(rawInvitationCreateRequestSchema, request) : null;
  if (!req) return 'request body invitation_group missing';
  // the new plan's id: nested one level down (data.invitation.id, seen in a real answer per issue 12) or flat [G]
  const response = toRecord(body.data);
  const nested = response ? detailInvitation(response) : null;
  const createdId = firstKnown(
    nested ? firstKnown(toId(nested.id), toId(nested.invitation_group_id)) : null,
    response ? firstKnown(toId(response.invitation_group_id), toId(response.invitation_id), toId(response.id)) : null,
  );
  const collaboration = collaborationFromInvitation(req.invitation_group, createdId ?? 'draft');
  if (!collaboration) return 'invitation_group unreadable';
  return { ...emptyPageData(), collaborations: [collaboration] };
};

function productCategory(p: z.infer<typeof rawProductSchema>): string | null {
  // category_info is a path of levels [C] S4; the top level is what sellers and benchmarks talk about [G]
  const levels = toArray(p.category_info);
  const first = levels[0];
  if (isRecord(first)) return toText(first.name) ?? toText(first.category_name);
  const category = unwrap(p.category);
  if (isRecord(category)) return toText(category.name);
  return toText(category);
}

function productFrom(item: unknown): Product | null {
  const p = parsed(rawProductSchema, item);
  if (!p) return null;
  const id = firstKnown(toId(p.product_id), toId(p.id));
  if (id === null) return null;
  const price = toRecord(p.price);
  const commission = toRecord(p.commission);
  // a price in another currency is not a yen price (the JP shop should never show one)
  if (price && typeof price.currency === 'string' && price.currency.trim().toUpperCase() !== 'JPY') {
    return { id, name: toText(p.title ?? p.product_name ?? p.name), priceJpy: null, maxPriceJpy: null, category: productCategory(p), commissionRate: firstKnown(toRateX100(p.commission_rate), commission ? toRateX100(commission.rate) : null) };
  }
  return {
    id,
    name: toText(p.title ?? p.product_name ?? p.name),
    // price objects: {min_price, max_price, min_price_format, …} [C] S4 names the *_format keys; numbers [G]
    priceJpy: price ? firstKnown(toYen(price.min_price), toYen(price.sale_price), toYen(price)) : toYen(p.price),
    maxPriceJpy: price ? firstKnown(toYen(price.max_price), toYenMax(price)) : toYen(p.price),
    category: productCategory(p),
    commissionRate: firstKnown(toRateX100(p.commission_rate), commission ? toRateX100(commission.rate) : null),
  };
}

function readProductList(body: JsonRecord): Product[] | null {
  const raw = parsed(rawProductListSchema, body) ?? parsed(rawProductListSchema, body.data);
  if (!raw) return null;
  const out: Product[] = [];
  for (const item of raw.products) {
    const product = productFrom(item);
    if (product) out.push(product);
  }
  return out;
}

const readOpenCollab: Reader = (body) => {
  const products = readProductList(body);
  if (!products) return 'products missing';
  // The shop's open collaboration is one standing plan; each product carries its public rate.
  const collaboration: Collaboration = {
    id: 'open',
    kind: 'open',
    name: null,
    status: null,
    creatorIds: [],
    products: products.map((p) => ({ productId: p.id, commissionRate: p.commissionRate, category: p.category })),
    endsAt: null,
  };
  return { ...emptyPageData(), products, collaborations: products.length > 0 ? [collaboration] : [] };
};

const readProductSelection: Reader = (body) => {
  const products = readProductList(body);
  if (!products) return 'products missing';
  return { ...emptyPageData(), products };
};

/**
 * Sample requests: `agg_info[]` at the top level (real ID answer, 2026) or under `data` (S4); each entry's requests
 * as `apply_deatil.apply_infos[]` (S4) or one `apply_info` object (real ID answer). TikTok spells `apply_deatil`.
 */
const readSamples: Reader = (body, meta) => {
  const groups = listOrEmpty(body, 'agg_info');
  if (!groups) return 'agg_info missing';
  const data: PageData = { ...emptyPageData(), sampleRequests: [] };
  for (const item of groups) {
    const group = parsed(rawSampleGroupSchema, item);
    if (!group) continue;
    const info = group.apply_group?.creator_info;
    const creatorId = info ? toId(info.creator_id) : null;
    if (info && creatorId !== null) {
      data.creators.push({
        ...emptyCreator(creatorId),
        handle: toText(info.name),
        nickname: toText(info.nick_name),
        followers: toCount(info.follower_num),
        categories: categories(info.categories),
        // "100.00%" in the real ID answer; a bare number would be ×100 like sample_fulfillment_rate [G]
        sampleFulfillmentRate: toRateX100(info.fulfillment_rate),
        // "Rp130.973.930" in the ID answer: text money, read only when it says yen
        gmvJpy: toYen(info.gmv, false),
        unitsSold: toCount(info.item_sold),
        avgViews: toCount(info.content_video_views),
        hasCollaborated: toBoolean(group.apply_group?.is_collaborated),
        videos: mergeVideos([], videos(info.ec_top_video_data, true, meta.now)),
      });
    }
    const detail = toRecord(group.apply_deatil) ?? toRecord(item && isRecord(item) ? item.apply_detail : null);
    const applies = detail ? [...toList(detail.apply_infos), ...toList(detail.apply_info)] : [];
    for (const applyItem of applies) {
      const apply = parsed(rawSampleApplySchema, applyItem);
      if (!apply) continue;
      const productId = toId(apply.product_id);
      const applyId = toId(apply.apply_id);
      if (applyId !== null && creatorId !== null && !data.sampleRequests!.some((r) => r.applyId === applyId)) {
        data.sampleRequests!.push({
          applyId, creatorId, productId, status: sampleStatusOf(apply.curr_status, apply.can_be_approved),
          requestedAt: notPast(meta.now, toEpochMs(apply.create_time)),
        });
      }
      if (productId === null || data.products.some((p) => p.id === productId)) continue;
      const price = toYen(apply.sku_price, meta.bareIsYen);
      data.products.push({
        id: productId, name: toText(apply.product_title), priceJpy: price, maxPriceJpy: price, category: null,
        commissionRate: toRateX100(apply.commission_rate),
      });
    }
  }
  return data;
};

/** The four Analytics tabs: where each keeps its rows and metrics (S4 analytics.py TABS). */
const ANALYTICS_TABS = {
  creator: { segments: 'creator_list_segments', rows: 'creator_performances', metrics: 'creator_metrics', prefix: 'creator' },
  product: { segments: 'product_list_segments', rows: 'product_performances', metrics: 'product_metrics', prefix: 'product' },
  video: { segments: 'video_list_segments_v2', rows: 'video_performances', metrics: 'video_metrics', prefix: 'video' },
  live: { segments: 'live_list_segments_v2', rows: 'live_performances', metrics: 'live_metrics', prefix: 'live' },
} as const;
type AnalyticsTab = keyof typeof ANALYTICS_TABS;

/**
 * A rate metric whose encoding was never seen [G]: "13%" is percent, a number within 0..1 a fraction, a larger one
 * percent×100 (the encoding of every other rate on these pages).
 */
function metricRate(value: unknown): number | null {
  const raw = unwrap(value);
  if (typeof raw === 'string' && /%\s*$/.test(raw)) return toRateX100(raw);
  const n = toFraction(raw);
  return n !== null ? n : toRateX100(raw);
}

function metricOf(metrics: JsonRecord, prefix: string, ...names: string[]): unknown {
  for (const name of names) {
    const value = metrics[`${prefix}_${name}`] ?? metrics[name];
    if (value !== undefined && value !== null) return value;
  }
  return null;
}

function performanceRow(tab: AnalyticsTab, row: JsonRecord, period: { start: number | null; end: number | null }, bareIsYen: boolean): PerformanceRow | null {
  const spec = ANALYTICS_TABS[tab];
  const metrics = toRecord(row[spec.metrics]) ?? {};
  // eslint-disable-next-line no-restricted-syntax -- a fixed list of field names written at each call
  const m = (...names: string[]) => metricOf(metrics, spec.prefix, ...names);
  const creator = toRecord(row.creator_base);
  const creatorId = creator ? firstKnown(toId(creator.oec_id), toId(creator.creator_oec_id)) : null;
  const creatorHandle = creator ? toText(creator.handle_name) : null;
  let id: string | null;
  let label: string | null;
  if (tab === 'creator') {
    id = creatorId;
    label = creatorHandle ?? (creator ? toText(creator.nick_name) : null);
  } else if (tab === 'product') {
    const base = toRecord(row.product_base);
    id = base ? toId(base.id) : null;
    label = base ? toText(base.title) : null;
  } else {
    const info = toRecord(tab === 'video' ? row.video_info : row.live_info);
    id = info ? toId(tab === 'video' ? info.item_id : info.room_id) : null;
    label = info ? toText(info.title) : null;
  }
  if (id === null) return null;
  return {
    kind: tab, id, label: label ?? creatorHandle, creatorId, creatorHandle,
    periodStart: period.start, periodEnd: period.end,
    gmvJpy: toYen(m('gmv'), bareIsYen),
    commissionJpy: toYen(m('estimated_commission'), bareIsYen),
    unitsSold: toCount(m('items_sold_cnt')),
    orders: toCount(m('orders_cnt')),
    avgOrderValueJpy: toYen(m('average_order_value'), bareIsYen),
    views: toCount(m('views_cnt', 'video_views_cnt', 'distinct_unique_live_viewers_cnt')),
    impressions: toCount(m('impressions_cnt', 'product_impressions_cnt')),
    clicks: toCount(m('clicks_cnt', 'product_clicks_cnt')),
    ctr: metricRate(m('ctr', 'product_ctr', 'distinct_product_ctr')),
    finishRate: metricRate(m('finish_rate')),
  };
}

/** Analytics (Performance) tables: one endpoint, four tabs told apart by which segments key the answer has. */
const readAnalytics: Reader = (body, meta, request) => {
  const params = request ? toRecord(request.params) : null;
  const data = emptyPageData();
  data.performance = [];
  let found = false;
  for (const level of payloadLevels(body)) {
    for (const tab of Object.keys(ANALYTICS_TABS) as AnalyticsTab[]) {
      const spec = ANALYTICS_TABS[tab];
      if (!(spec.segments in level)) continue;
      found = true;
      // the period is the request's time_descriptor (seconds) [C] S4
      const tabParams = params ? toRecord(toList(params[`${tab}_list_params`] ?? params[`${tab}_list_params_v2`])[0]) : null;
      const time = tabParams ? toRecord(tabParams.time_descriptor) : null;
      const period = { start: time ? toEpochMs(time.start_time) : null, end: time ? toEpochMs(time.end_time) : null };
      for (const segment of toList(level[spec.segments])) {
        if (!isRecord(segment)) continue;
        for (const row of toArray(segment[spec.rows]).slice(0, MAX_TABLE_ROWS)) {
          if (!isRecord(row)) continue;
          const parsedRow = performanceRow(tab, row, period, meta.bareIsYen ?? true);
          if (parsedRow) data.performance.push(parsedRow);
        }
      }
    }
  }
  if (!found && listOrEmpty(body, 'creator_list_segments') === null) return 'no *_list_segments in the answer';
  return data;
};

const READERS: Record<EndpointId, Reader> = {
  creatorFind: readFind,
  creatorSearch: readFind,
  creatorRecommendation: readFind,
  analyticsDetailList: readAnalytics,
  creatorProfile: readProfile,
  ordersList: readOrders,
  ordersListLegacy: readLegacyOrders,
  invitationSearch: readInvitationSearch,
  invitationDetail: readInvitationDetail,
  invitationCreate: readInvitationCreate,
  openCollabProducts: readOpenCollab,
  productSelection: readProductSelection,
  sampleRequests: readSamples,
};

/** Raw response body (object or JSON text) of `endpoint` -> PageData, or a redacted diagnostic. Never throws. */
export function normaliseResponse(endpoint: EndpointId, body: unknown, meta: NormaliseMeta): NormaliseResult {
  const url = typeof meta?.url === 'string' ? meta.url : '';
  const parsedBody = parseJsonMaybe(body);
  try {
    const reader = READERS[endpoint];
    if (!reader) return { ok: false, diagnostic: diagnostic(endpoint, url, 'unknown endpoint id', parsedBody) };
    if (!isRecord(parsedBody)) {
      const reason = 'body is not a JSON object';
      return { ok: false, diagnostic: diagnostic(endpoint, url, reason, parsedBody), format: unreadableReport(endpoint, url, reason, parsedBody) };
    }
    const envelope = parsed(envelopeSchema, parsedBody);
    if (!envelope) {
      const reason = 'envelope not recognised';
      return { ok: false, diagnostic: diagnostic(endpoint, url, reason, parsedBody), format: unreadableReport(endpoint, url, reason, parsedBody) };
    }
    const code = envelope.code === undefined ? 0 : Number(envelope.code);
    if (code !== 0) {
      const shown = Number.isSafeInteger(code) ? String(code) : 'non-numeric';
      return { ok: false, diagnostic: diagnostic(endpoint, url, `error code ${shown}`, parsedBody) };
    }
    const request = toRecord(parseJsonMaybe(meta?.requestBody));
    const now = typeof meta?.now === 'number' ? meta.now : Number.NaN;
    const result = reader(parsedBody, { url, requestBody: request ?? undefined, now, bareIsYen: bareAmountsAreYen(url) }, request);
    if (typeof result === 'string') {
      return { ok: false, diagnostic: diagnostic(endpoint, url, result, parsedBody), format: unreadableReport(endpoint, url, result, parsedBody) };
    }
    return { ok: true, data: result };
  } catch {
    return { ok: false, diagnostic: diagnostic(endpoint, url, 'internal error while reading', parsedBody) };
  }
}
