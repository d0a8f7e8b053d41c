/**
 * Mitate's own data model: what every other module speaks, whatever Seller Center's JSON looks like.
 * Convention: `null` means "unknown" (missing, unauthorised or unparseable on the page). Never use 0 for unknown.
 * Money is JPY (integer yen) unless a field says otherwise; times are epoch milliseconds (UTC).
 */
import * as z from 'zod/mini';

// zod/mini ships without messages ("Invalid input" for everything); classic zod loaded English on its own.
// Import errors and protocol errors show these messages, so load English here, where every schema module starts.
z.config(z.locales.en());

/** A number the page may not tell us: null = unknown. zod 4 numbers reject ±Infinity and NaN by default. */
export const knownNumber = z.nullable(z.number());
/** Rate as a fraction (0.1 = 10 %), null = unknown. */
export const fraction = z.nullable(z.number());

export const creatorVideoSchema = z.object({
  id: z.string(),
  caption: z.nullable(z.string()),
  postedAt: z.nullable(z.number()),
  views: knownNumber,
  likes: knownNumber,
  comments: knownNumber,
  shares: knownNumber,
  /** true for shoppable (e-commerce) videos */
  shoppable: z.nullable(z.boolean()),
});
export type CreatorVideo = z.infer<typeof creatorVideoSchema>;

export const distributionEntrySchema = z.object({ key: z.string(), name: z.nullable(z.string()), share: z.number() });

export const followerTrendPointSchema = z.object({ at: z.number(), followers: z.number() });

/** A count per key (followers per prefecture/region): the page gives counts, not shares. */
export const countEntrySchema = z.object({ key: z.string(), count: z.number() });

/**
 * Fields added after the first release: optional in the schema so records stored before they existed still read
 * (undefined = never read = unknown, like null). New readings always set them.
 */
const laterCreatorFields = {
  /** GMV from videos and from LIVE, JPY */
  videoGmvJpy: z.optional(knownNumber),
  liveGmvJpy: z.optional(knownNumber),
  /** share of GMV from videos / LIVE (content_groups), fractions */
  videoGmvShare: z.optional(fraction),
  liveGmvShare: z.optional(fraction),
  /** share of GMV per product category (industry_groups); key "-1" = other */
  gmvShareByCategory: z.optional(z.array(distributionEntrySchema)),
  /** average order value (avg_revenue_per_buyer), JPY */
  avgOrderValueJpy: z.optional(knownNumber),
  /** brands the creator worked with (names as the page lists them) and how many in all */
  brands: z.optional(z.array(z.string())),
  brandCount: z.optional(knownNumber),
  contactInfoAvailable: z.optional(z.nullable(z.boolean())),
  /** has worked with this shop before; this shop invited them in the last 90 days */
  hasCollaborated: z.optional(z.nullable(z.boolean())),
  invitedLast90d: z.optional(z.nullable(z.boolean())),
  /** followers per prefecture/region (follower_state_location) */
  audienceByRegion: z.optional(z.array(countEntrySchema)),
  /** the page's figures cover sales up to this time (sales_performance_end_time), epoch ms */
  dataUntil: z.optional(knownNumber),
};

export const creatorSchema = z.object({
  id: z.string(),
  handle: z.nullable(z.string()),
  nickname: z.nullable(z.string()),
  bio: z.nullable(z.string()),
  region: z.nullable(z.string()),
  followers: knownNumber,
  categories: z.array(z.string()),
  gmvJpy: knownNumber,
  gpmJpy: knownNumber,
  unitsSold: knownNumber,
  avgViews: knownNumber,
  medianViews: knownNumber,
  medianLikes: knownNumber,
  medianComments: knownNumber,
  medianShares: knownNumber,
  /** video engagement rate as a fraction */
  engagementRate: fraction,
  /** median commission rate as a fraction */
  medianCommissionRate: fraction,
  sampleFulfillmentRate: fraction,
  fulfillmentScore: knownNumber,
  videosLast30d: knownNumber,
  followerGenders: z.array(distributionEntrySchema),
  followerAges: z.array(distributionEntrySchema),
  videos: z.array(creatorVideoSchema),
  followerTrend: z.array(followerTrendPointSchema),
  ...laterCreatorFields,
});
export type Creator = z.infer<typeof creatorSchema>;

/** A creator of whom nothing is known yet but the id: every figure unknown (null), never 0. */
export function emptyCreator(id: string): Creator {
  return {
    id, handle: null, nickname: null, bio: null, region: null, followers: null, categories: [], gmvJpy: null,
    gpmJpy: null, unitsSold: null, avgViews: null, medianViews: null, medianLikes: null, medianComments: null,
    medianShares: null, engagementRate: null, medianCommissionRate: null, sampleFulfillmentRate: null,
    fulfillmentScore: null, videosLast30d: null, followerGenders: [], followerAges: [], videos: [], followerTrend: [],
    videoGmvJpy: null, liveGmvJpy: null, videoGmvShare: null, liveGmvShare: null, gmvShareByCategory: [],
    avgOrderValueJpy: null, brands: [], brandCount: null, contactInfoAvailable: null, hasCollaborated: null,
    invitedLast90d: null, audienceByRegion: [], dataUntil: null,
  };
}

export const productSchema = z.object({
  id: z.string(),
  name: z.nullable(z.string()),
  priceJpy: knownNumber,
  maxPriceJpy: knownNumber,
  category: z.nullable(z.string()),
  commissionRate: fraction,
});
export type Product = z.infer<typeof productSchema>;

export const collaborationSchema = z.object({
  id: z.string(),
  kind: z.enum(['target', 'open']),
  name: z.nullable(z.string()),
  status: z.nullable(z.string()),
  creatorIds: z.array(z.string()),
  products: z.array(z.object({ productId: z.string(), commissionRate: fraction, category: z.nullable(z.string()) })),
  endsAt: z.nullable(z.number()),
  /** plan counts: creators invited, creators who accepted/added products, creators who posted content */
  creatorCount: z.optional(knownNumber),
  creatorsAddedCount: z.optional(knownNumber),
  creatorsPostedCount: z.optional(knownNumber),
  /** per invited creator: their status in the plan, products added to their showcase, content posted */
  creatorProgress: z.optional(z.array(z.object({
    creatorId: z.string(),
    handle: z.nullable(z.string()),
    status: z.nullable(z.string()),
    productsAdded: knownNumber,
    contentPosted: knownNumber,
  }))),
});
export type Collaboration = z.infer<typeof collaborationSchema>;

export const affiliateOrderSchema = z.object({
  orderId: z.string(),
  skuId: z.nullable(z.string()),
  creatorId: z.nullable(z.string()),
  creatorHandle: z.nullable(z.string()),
  productId: z.nullable(z.string()),
  productName: z.nullable(z.string()),
  quantity: knownNumber,
  /** amount the buyer paid for this line, tax included, JPY */
  amountJpy: knownNumber,
  commissionRate: fraction,
  commissionEstimatedJpy: knownNumber,
  commissionActualJpy: knownNumber,
  refundedUnits: knownNumber,
  returnedUnits: knownNumber,
  status: z.nullable(z.string()),
  /** settled = commission final */
  settled: z.nullable(z.boolean()),
  createdAt: z.nullable(z.number()),
  collaborationId: z.nullable(z.string()),
});
export type AffiliateOrder = z.infer<typeof affiliateOrderSchema>;

/** One order line's identity: the same order id may hold several SKUs. */
export function orderLineKey(order: Pick<AffiliateOrder, 'orderId' | 'skuId'>): string {
  return `${order.orderId}:${order.skuId ?? ''}`;
}

/**
 * One row of an Analytics performance table (creator / product / video / LIVE tab) over the period the page asked
 * for. Figures the tab does not have stay null.
 */
export const performanceRowSchema = z.object({
  kind: z.enum(['creator', 'product', 'video', 'live']),
  /** creator oec id, product id, video item id or LIVE room id */
  id: z.string(),
  label: z.nullable(z.string()),
  creatorId: z.nullable(z.string()),
  creatorHandle: z.nullable(z.string()),
  periodStart: z.nullable(z.number()),
  periodEnd: z.nullable(z.number()),
  gmvJpy: knownNumber,
  commissionJpy: knownNumber,
  unitsSold: knownNumber,
  orders: knownNumber,
  avgOrderValueJpy: knownNumber,
  views: knownNumber,
  impressions: knownNumber,
  clicks: knownNumber,
  /** click-through rate and video finish rate, fractions */
  ctr: fraction,
  finishRate: fraction,
});
export type PerformanceRow = z.infer<typeof performanceRowSchema>;

/**
 * One request on Seller Center's Sample requests page, as the page's list answer states it. The store turns each into
 * a sample record (lib/store/ingest.ts), so tracking starts without the seller typing it.
 */
export const sampleRequestSchema = z.object({
  /** Seller Center's apply id: the sample record's id, so a re-read updates the same record */
  applyId: z.string().check(z.minLength(1), z.maxLength(200)),
  creatorId: z.string().check(z.minLength(1), z.maxLength(200)),
  productId: z.nullable(z.string().check(z.maxLength(200))),
  /** the status word of lib/seller-center SAMPLE_STATUS ('to_review', 'content_pending', 'completed'…), null = not stated */
  status: z.nullable(z.string().check(z.maxLength(50))),
  /** when the creator asked (create_time) */
  requestedAt: z.nullable(z.number()),
});
export type SampleRequest = z.infer<typeof sampleRequestSchema>;

/** Everything one API response yielded, as handed from the page reader to the background store. */
export const pageDataSchema = z.object({
  creators: z.array(creatorSchema),
  products: z.array(productSchema),
  collaborations: z.array(collaborationSchema),
  orders: z.array(affiliateOrderSchema),
  /** Analytics table rows; optional so producers that predate it stay valid */
  performance: z.optional(z.array(performanceRowSchema)),
  /** Sample requests page rows; optional like performance */
  sampleRequests: z.optional(z.array(sampleRequestSchema)),
});
export type PageData = z.infer<typeof pageDataSchema>;

/**
 * One video's (videoId set) or one creator's (videoId null) Analytics figures for a period starting at `at`, as the
 * 复盘 weekly review (lib/roi/review.ts) reads them. Counts are null when the page does not show them.
 */
export interface AnalyticsRow {
  at: number;
  creatorId: string | null;
  creatorHandle: string | null;
  videoId: string | null;
  videoTitle: string | null;
  views: number | null;
  clicks: number | null;
  orders: number | null;
  /** tax-included GMV, JPY */
  gmvJpy: number | null;
}
