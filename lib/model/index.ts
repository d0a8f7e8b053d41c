/**
 * Mitate's own data model: what every other module speaks, whatever Seller Center's JSON looks like.
 * Convention: `null` means "unknown" (missing, unauthorised or unparseable on the page). Never use 0 for unknown.
 * Money is JPY (integer yen) unless a field says otherwise; times are epoch milliseconds (UTC).
 */
import { z } from 'zod';

/** A number the page may not tell us: null = unknown. */
export const knownNumber = z.number().finite().nullable();
/** Rate as a fraction (0.1 = 10 %), null = unknown. */
export const fraction = z.number().finite().nullable();

export const creatorVideoSchema = z.object({
  id: z.string(),
  caption: z.string().nullable(),
  postedAt: z.number().nullable(),
  views: knownNumber,
  likes: knownNumber,
  comments: knownNumber,
  shares: knownNumber,
  /** true for shoppable (e-commerce) videos */
  shoppable: z.boolean().nullable(),
});
export type CreatorVideo = z.infer<typeof creatorVideoSchema>;

export const distributionEntrySchema = z.object({ key: z.string(), name: z.string().nullable(), share: z.number() });

export const followerTrendPointSchema = z.object({ at: z.number(), followers: z.number() });

export const creatorSchema = z.object({
  id: z.string(),
  handle: z.string().nullable(),
  nickname: z.string().nullable(),
  bio: z.string().nullable(),
  region: z.string().nullable(),
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
});
export type Creator = z.infer<typeof creatorSchema>;

export const productSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  priceJpy: knownNumber,
  maxPriceJpy: knownNumber,
  category: z.string().nullable(),
  commissionRate: fraction,
});
export type Product = z.infer<typeof productSchema>;

export const collaborationSchema = z.object({
  id: z.string(),
  kind: z.enum(['target', 'open']),
  name: z.string().nullable(),
  status: z.string().nullable(),
  creatorIds: z.array(z.string()),
  products: z.array(z.object({ productId: z.string(), commissionRate: fraction, category: z.string().nullable() })),
  endsAt: z.number().nullable(),
});
export type Collaboration = z.infer<typeof collaborationSchema>;

export const affiliateOrderSchema = z.object({
  orderId: z.string(),
  skuId: z.string().nullable(),
  creatorId: z.string().nullable(),
  creatorHandle: z.string().nullable(),
  productId: z.string().nullable(),
  productName: z.string().nullable(),
  quantity: knownNumber,
  /** amount the buyer paid for this line, tax included, JPY */
  amountJpy: knownNumber,
  commissionRate: fraction,
  commissionEstimatedJpy: knownNumber,
  commissionActualJpy: knownNumber,
  refundedUnits: knownNumber,
  returnedUnits: knownNumber,
  status: z.string().nullable(),
  /** settled = commission final */
  settled: z.boolean().nullable(),
  createdAt: z.number().nullable(),
  collaborationId: z.string().nullable(),
});
export type AffiliateOrder = z.infer<typeof affiliateOrderSchema>;

/** Everything one API response yielded, as handed from the page reader to the background store. */
export const pageDataSchema = z.object({
  creators: z.array(creatorSchema),
  products: z.array(productSchema),
  collaborations: z.array(collaborationSchema),
  orders: z.array(affiliateOrderSchema),
});
export type PageData = z.infer<typeof pageDataSchema>;
