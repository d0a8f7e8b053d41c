/**
 * zod schemas of the raw Affiliate Center responses (field names per the sources in SOURCES.md beside this file,
 * chiefly S4 tiktok_shop/affiliate/*.py and S5 docs/API.md, docs/SCHEMA.md).
 * They check structure only: leaves stay `unknown` and are read by values.ts, because the same field arrives as a
 * string in one build and a number in another. All objects are loose: unknown extra fields pass through.
 * Field names marked [G] were never seen in captured traffic; they are the alternatives read-response.ts tries.
 */
import * as z from 'zod/mini';

const leaf = z.optional(z.unknown());
const list = z.array(z.unknown());
/** A list that may also be wrapped as {value:[…], is_authorized, status}; checked later by toArray. */
const maybeList = z.optional(z.unknown());

/** Any response: `code` 0 = success; other codes are error envelopes (§3). */
export const envelopeSchema = z.looseObject({
  code: z.optional(z.union([z.number(), z.string()])),
  message: z.optional(z.unknown()),
  data: z.optional(z.unknown()),
});

/** One row of creator_profile_list, or the creator_profile object: every field wrapped (§5.1). */
export const rawCreatorProfileSchema = z.looseObject({
  creator_oecuid: leaf, handle: leaf, nickname: leaf, bio: leaf, selection_region: leaf, avatar: leaf,
  follower_cnt: leaf, category: leaf, med_gmv_revenue: leaf, gpm: leaf, ec_video_gpm: leaf, units_sold: leaf,
  video_avg_view_cnt: leaf, video_med_view_cnt: leaf, video_play_cnt_med: leaf,
  video_med_like_cnt: leaf, video_med_comment_cnt: leaf, video_med_share_cnt: leaf,
  ec_video_med_view_cnt: leaf, ec_video_med_like_cnt: leaf, ec_video_med_comment_cnt: leaf, ec_video_med_share_cnt: leaf,
  video_engagement: leaf, med_commission_rate: leaf, sample_fulfillment_rate: leaf, creator_fulfillment_score_90d: leaf,
  video_publish_cnt_30d: leaf, follower_genders_v2: maybeList, follower_ages_v2: maybeList,
  top_follower_gender: maybeList, top_follower_ages: maybeList, top_video_data: maybeList, ec_top_video_data: maybeList,
});
export type RawCreatorProfile = z.infer<typeof rawCreatorProfileSchema>;


export const rawTrendSeriesSchema = z.looseObject({ stats: z.optional(z.unknown()) });

export const rawProfileResponseSchema = z.looseObject({
  creator_profile: z.looseObject({}),
  creator_connect_info: z.optional(z.unknown()),
  creator_profile_trend_data: z.optional(z.unknown()),
});

export const rawTopVideoSchema = z.looseObject({
  item_id: leaf, name: leaf, play_cnt: leaf, like_cnt: leaf, comment_cnt: leaf, share_cnt: leaf, release_date: leaf,
  video_products: z.optional(z.unknown()),
});

/** §6a, current orders endpoint; payload under `data`. */
export const rawOrdersResponseSchema = z.looseObject({
  data: z.looseObject({ sku_order_list: list, total_count: leaf, has_more: leaf, next_cursor: leaf }),
});

export const rawSkuOrderSchema = z.looseObject({
  sku_order_base_info_for_affiliate_seller: z.looseObject({
    sku_order_info: z.looseObject({
      main_order_id: leaf, sku_id: leaf, create_time: leaf, sale_quantity: leaf, sale_price: leaf,
      settlement_status: leaf, refund_number: leaf, return_number: leaf,
    }),
    creator_info: z.optional(z.looseObject({ creator_oec_id: leaf, creator_username: leaf })),
    product_info: z.optional(z.looseObject({ product_id: leaf, product_name: leaf })),
  }),
  sku_order_commission_info_for_affiliate_seller: z.optional(z.looseObject({
    est_standard_commission: leaf, actual_standard_commission: leaf, standard_cos_ratio: leaf,
  })),
});

/** §6b, older orders endpoint; payload at the top level (some builds nest it under `data` [G]). */
export const rawLegacyOrdersSchema = z.looseObject({ orders: list, total_count: leaf });

export const rawLegacyOrderSchema = z.looseObject({ main_order_id: leaf, create_time: leaf, sku_detail: list });

export const rawLegacySkuSchema = z.looseObject({
  creator_username: leaf, creator_nickname: leaf, creator_id: leaf, product_id: leaf, product_name: leaf, sku_id: leaf,
  quantity: leaf, payment_amount: leaf, cos_ratio: leaf, estimated_cos_fee: leaf, actual_cos_fee: leaf,
  order_status: leaf, settlement_status: leaf, refund_quantity: leaf, return_quantity: leaf,
});

/** §7 target collaboration; list item fields beyond the names in §7 are [G]. */
export const rawInvitationSchema = z.looseObject({
  invitation_group_id: leaf, id: leaf, name: leaf, status: leaf, invitation_group_status: leaf, end_time: leaf,
  product_list: z.optional(z.unknown()), creator_id_list: z.optional(z.unknown()),
});
export const rawInvitationProductSchema = z.looseObject({
  product_id: leaf, target_commission: leaf, category: leaf, category_name: leaf,
});
export const rawInvitationCreateRequestSchema = z.looseObject({ invitation_group: z.looseObject({}) });

/** Open collaboration (U8): `total_num`, `products[]`; item fields [G]. Top level or under `data` [G]. */
export const rawProductListSchema = z.looseObject({ products: list });

export const rawProductSchema = z.looseObject({
  product_id: leaf, id: leaf, title: leaf, name: leaf, product_name: leaf, price: leaf, category: leaf,
  category_info: z.optional(z.unknown()), commission_rate: leaf, commission: leaf,
});

/** Sample requests: agg_info[] (top level or under data, see listOrEmpty), one per creator; TikTok spells `apply_deatil`. */
export const rawSampleGroupSchema = z.looseObject({
  apply_group: z.optional(z.looseObject({
    is_collaborated: leaf,
    creator_info: z.optional(z.looseObject({
      creator_id: leaf, name: leaf, nick_name: leaf, follower_num: leaf, fulfillment_rate: leaf, gmv: leaf, item_sold: leaf,
      content_video_views: leaf, categories: leaf, ec_top_video_data: leaf,
    })),
  })),
  apply_deatil: z.optional(z.looseObject({ apply_infos: z.optional(z.unknown()), apply_info: z.optional(z.unknown()) })),
});
export const rawSampleApplySchema = z.looseObject({
  apply_id: leaf, curr_status: leaf, product_id: leaf, product_title: leaf, sku_price: leaf, create_time: leaf,
  commission_rate: leaf, can_be_approved: leaf,
});
