/**
 * Every Affiliate Center API path and page route Mitate reads, in one place.
 * Source ids (S1..S10, U1..U17) are the public code listed in SOURCES.md beside this file; all were read in 2026-11.
 * Entries marked `guess: true` are [G]: inferred, never observed on a JP account. When the site moves, edit here only.
 */

export type EndpointId =
  | 'creatorFind'
  | 'creatorProfile'
  | 'creatorSearch'
  | 'creatorRecommendation'
  | 'analyticsDetailList'
  | 'ordersList'
  | 'ordersListLegacy'
  | 'invitationSearch'
  | 'invitationDetail'
  | 'invitationCreate'
  | 'openCollabProducts'
  | 'productSelection'
  | 'sampleRequests';

export type PageKind =
  | 'find'
  | 'creatorDetail'
  | 'targetCollab'
  | 'targetCollabCreate'
  | 'openCollab'
  | 'orders'
  | 'sampleRequests'
  | 'analytics'
  | 'other';

export interface EndpointInfo {
  id: EndpointId;
  method: 'POST';
  path: string;
  seen: string;
  source: string;
  example: string;
  guess: boolean;
}

const SEEN = '2026-11';

/** The JSON calls Mitate listens to (the page makes them; Mitate only reads the responses). */
export const ENDPOINTS: readonly EndpointInfo[] = [
  {
    id: 'creatorFind', method: 'POST', path: '/api/v1/oec/affiliate/creator/marketplace/find', seen: SEEN,
    source: 'S1 lib/scraper.js, S2, S3, S6 (§4, §5.2)', guess: false,
    example: '{"query":"","pagination":{"size":12,"page":0},"algorithm":1} -> {code:0, creator_profile_list:[…], next_pagination:{has_more,…}}',
  },
  {
    id: 'creatorProfile', method: 'POST', path: '/api/v1/oec/affiliate/creator/marketplace/profile', seen: SEEN,
    source: 'S1, S2, S3, S4 creators.py, S5 (§5.3)', guess: false,
    example: '{"creator_oec_id":"7494…","profile_types":[2]} -> {code:0, creator_profile:{…}, creator_profile_trend_data:[…]}',
  },
  {
    id: 'creatorSearch', method: 'POST', path: '/api/v1/oec/affiliate/creator/marketplace/search', seen: SEEN,
    source: 'S3 AFFILIATE_API.md §3 (path in the front-end bundle; answer never captured)', guess: true,
    example: '[G] -> {code:0, creator_profile_list:[…]} or {code:0, data:{creator_profile_list:[…]}} (rows as in find)',
  },
  {
    id: 'creatorRecommendation', method: 'POST', path: '/api/v1/oec/affiliate/creator/marketplace/recommendation', seen: SEEN,
    source: 'S3 AFFILIATE_API.md §3 (path in the front-end bundle; answer never captured)', guess: true,
    example: '[G] -> {code:0, creator_profile_list:[…]} or under data (rows as in find)',
  },
  {
    id: 'analyticsDetailList', method: 'POST', path: '/api/v1/oec/affiliate/compass/transaction/detail_list/get', seen: '2026-09',
    source: 'S4 tiktok_shop/affiliate/analytics.py (verified against the live ID page 22-23 Sep 2026)', guess: false,
    example: '{"params":{"detail_list_type":1,"creator_list_params":[{time_descriptor,metric_types,…}]},"module_type":103} -> '
      + '{code:0, data:{creator_list_segments:[{total, creator_performances:[{creator_base:{oec_id,handle_name}, creator_metrics:{creator_gmv,…}}]}]}}'
      + ' (metric value encodings [G])',
  },
  {
    id: 'ordersList', method: 'POST', path: '/api/oec/pay/statement/order/seller/orders/list', seen: SEEN,
    source: 'S4 orders.py (§6a)', guess: false,
    example: '{"page_size":50,"cursor":"","affiliate_seller_search_condition":{…}} -> {code:0, data:{sku_order_list:[…]}}',
  },
  {
    id: 'ordersListLegacy', method: 'POST', path: '/api/v1/affiliate/orders', seen: SEEN,
    source: 'S3 AFFILIATE_API.md §11, U2, U8 (§6b)', guess: false,
    example: '{"conditions":{…},"page":1,"page_size":50} -> {code:0, orders:[{main_order_id, sku_detail:[…]}]}',
  },
  {
    id: 'invitationSearch', method: 'POST', path: '/api/v1/oec/affiliate/seller/invitation_group/search', seen: SEEN,
    source: 'S4 invitations.py, S3 (§7)', guess: false,
    example: '{"search_params":{…},"page_size":20,"cur_page":1} -> {code:0, data:{invitation_list:[…]}}',
  },
  {
    id: 'invitationDetail', method: 'POST', path: '/api/v1/oec/affiliate/seller/invitation_group/detail', seen: SEEN,
    source: 'S4 invitations.py, S3 (§7)', guess: false,
    example: '{"invitation_group_id":"7561…"} -> {code:0, data:{invitation:{…, creator_id_list:[…]}}}',
  },
  {
    id: 'invitationCreate', method: 'POST', path: '/api/v1/oec/affiliate/seller/invitation_group/create', seen: SEEN,
    source: 'S4 invitations.py, S3 (§7)', guess: false,
    example: '{"invitation_group":{"name":…,"product_list":[{"product_id":…,"target_commission":1500}]}} -> {code:0, data:{…}}',
  },
  {
    id: 'openCollabProducts', method: 'POST', path: '/api/v1/affiliate/open_collaboration/promote_products/list', seen: SEEN,
    source: 'U8, path also in S3 (§4)', guess: false,
    example: '{"shop_id":…,"cur_page":1,"page_size":20} -> {code:0, total_num, products:[…]} (item fields [G])',
  },
  {
    id: 'productSelection', method: 'POST', path: '/api/v1/affiliate/product_selection/list', seen: SEEN,
    source: 'S4 invitations.py, S3 (§4)', guess: false,
    example: '{"cur_page":1,"page_size":20,"source":…} -> {code:0, data:{products:[{price,category_info,…}]}} (item fields [G])',
  },
  {
    id: 'sampleRequests', method: 'POST', path: '/api/v1/affiliate/sample/group/list', seen: SEEN,
    source: 'S4 samples.py, S3 (§7)', guess: false,
    example: '{"tab":1,"cur_page":1,"page_size":20} -> {code:0, data:{agg_info:[…], has_more, total_count}}',
  },
];

/**
 * Paths the page calls that Mitate does not read yet: TikTok's own commission suggestions and the Analytics date
 * bounds. Listed so a capture of one is recognised, and so the day someone sees the answer, a reader can follow.
 * Prefix /api/v1/affiliate/ is [G] for the commission paths: S3 groups them with product_selection (which has it).
 */
export const UNREAD_PATHS: readonly Omit<EndpointInfo, 'id'>[] = [
  { method: 'POST', path: '/api/v1/affiliate/recommend_commission/get', seen: SEEN, guess: true,
    source: 'S3 AFFILIATE_API.md bundle strings; classifier in S3 (recommend_commission beside product_selection)',
    example: '[G] commission TikTok suggests for a product in a plan' },
  { method: 'POST', path: '/api/v1/affiliate/suggest_commission/default', seen: SEEN, guess: true,
    source: 'S3 AFFILIATE_API.md bundle strings', example: '[G] default suggested commission rate' },
  { method: 'POST', path: '/api/v1/affiliate/plan/recommend_commissions/list', seen: SEEN, guess: true,
    source: 'S3 AFFILIATE_API.md bundle strings (research §7)', example: '[G] per-product suggested rates for a plan' },
  { method: 'POST', path: '/api/v1/affiliate/open_collaboration/commission_history/list', seen: SEEN, guess: true,
    source: 'S3 AFFILIATE_API.md bundle strings (research §7)', example: '[G] open-collaboration rate history' },
  { method: 'POST', path: '/api/v1/oec/affiliate/compass/available_date/get', seen: '2026-09', guess: false,
    source: 'S4 analytics.py available_range()',
    example: '{"module_types":[103]} -> {code:0, data:{available_time_range_list:[{module_type,start_time,end_time,max_duration}]}}' },
];

export interface RouteInfo {
  kind: Exclude<PageKind, 'other'>;
  /** path pattern; a trailing slash is ignored; matched exactly (no prefix matching) */
  path: string;
  seen: string;
  source: string;
  example: string;
  guess: boolean;
}

/**
 * Page routes, both families: the older /connection/… and the newer /affiliate/… (a migration was in progress
 * in 2026, see §2). Listed most specific first.
 */
export const ROUTES: readonly RouteInfo[] = [
  { kind: 'creatorDetail', path: '/connection/creator/detail', seen: SEEN, source: 'S6 affiliate.py, S7 constants.py', guess: false,
    example: '/connection/creator/detail?cid=7494000000000000001&shop_region=JP' },
  { kind: 'creatorDetail', path: '/affiliate/creator/detail', seen: SEEN, source: 'S3 tk01_affiliate.py', guess: false,
    example: '/affiliate/creator/detail?cid=7494000000000000001&pair_source=authorized' },
  { kind: 'find', path: '/connection/creator', seen: SEEN, source: 'S5, S6, S8, U1', guess: false,
    example: '/connection/creator?shop_region=JP&enter_from=seller_center_entry' },
  { kind: 'find', path: '/connection/creator-marketplace', seen: SEEN, source: 'S4 constants.py', guess: false,
    example: '/connection/creator-marketplace' },
  { kind: 'find', path: '/affiliate/creator', seen: SEEN, source: 'S1 lib/browser.js', guess: false,
    example: '/affiliate/creator?source_from=seller_affiliate_landing&shop_region=JP&route_migration=1' },
  { kind: 'find', path: '/affiliate/creator/marketplace', seen: SEEN, source: 'S3 tk01_affiliate.py', guess: false,
    example: '/affiliate/creator/marketplace?shop_region=JP&shop_id=…' },
  { kind: 'find', path: '/affiliate/creator/search', seen: SEEN, source: 'S3 tk01_affiliate.py', guess: false,
    example: '/affiliate/creator/search?shop_region=JP' },
  { kind: 'targetCollabCreate', path: '/connection/target-invitation/create', seen: SEEN, source: 'S4 invitations.py, S8', guess: false,
    example: '/connection/target-invitation/create?enter_from=target_invitation_list&shop_region=JP' },
  { kind: 'targetCollabCreate', path: '/affiliate/collaboration/target-invitation/create', seen: SEEN, source: 'by analogy with the list route', guess: true,
    example: '/affiliate/collaboration/target-invitation/create?shop_region=JP' },
  { kind: 'targetCollab', path: '/affiliate/collaboration/target-invitation/detail', seen: SEEN, source: 'U6', guess: false,
    example: '/affiliate/collaboration/target-invitation/detail?invitation_group_id=…' },
  { kind: 'targetCollab', path: '/affiliate/collaboration/target-invitation', seen: SEEN, source: 'S4 invitations.py', guess: false,
    example: '/affiliate/collaboration/target-invitation?shop_region=JP&tab=1' },
  { kind: 'targetCollab', path: '/connection/target-invitation', seen: SEEN, source: 'by analogy with the create route', guess: true,
    example: '/connection/target-invitation?shop_region=JP' },
  { kind: 'openCollab', path: '/affiliate/collaboration/open-collaboration', seen: SEEN, source: 'S3 bundle route keys', guess: true,
    example: '/affiliate/collaboration/open-collaboration?shop_region=JP' },
  { kind: 'openCollab', path: '/connection/open-collaboration', seen: SEEN, source: 'by analogy with /connection/target-invitation', guess: true,
    example: '/connection/open-collaboration?shop_region=JP' },
  { kind: 'orders', path: '/product/order', seen: SEEN, source: 'S4 orders.py, U2', guess: false,
    example: '/product/order?shop_region=JP&shop_id=…' },
  { kind: 'sampleRequests', path: '/affiliate/sample/sample-request', seen: SEEN, source: 'S4 samples.py, S3', guess: false,
    example: '/affiliate/sample/sample-request?shop_region=JP' },
  { kind: 'analytics', path: '/insights/transaction-analysis', seen: '2026-09', source: 'S4 analytics.py referer()', guess: false,
    example: '/insights/transaction-analysis?shop_region=JP&shop_id=…' },
  { kind: 'sampleRequests', path: '/product/sample-request', seen: SEEN, source: 'U11 (cross-border)', guess: false,
    example: '/product/sample-request?shop_region=JP' },
];

/** Base for parsing relative URLs; never fetched. */
const PARSE_BASE = 'https://mitate.invalid';

function parseUrl(url: string): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 16_384) return null;
  try {
    return new URL(url, PARSE_BASE);
  } catch {
    return null;
  }
}

/** Path without trailing slashes, lower-cased (TikTok paths are lower-case; a case change should not blind us). */
function normalisedPath(url: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const path = parsed.pathname.replace(/\/+$/, '').toLowerCase();
  return path === '' ? '/' : path;
}

const endpointsByPath = () => new Map<string, EndpointId>(ENDPOINTS.map((e) => [e.path, e.id]));
// pure: page scripts that only need pageKindOf leave the endpoint table out of their bundle
const ENDPOINT_BY_PATH = /* @__PURE__ */ endpointsByPath();

/** Which known API a request URL is (path only; host and query ignored), or null. */
export function matchApiPath(url: string): EndpointId | null {
  const path = normalisedPath(url);
  if (path === null) return null;
  return ENDPOINT_BY_PATH.get(path) ?? null;
}

export function endpointInfo(id: EndpointId): EndpointInfo {
  const found = ENDPOINTS.find((e) => e.id === id);
  // ENDPOINTS covers the whole union; the fallback only keeps the type honest.
  return found ?? { id, method: 'POST', path: '', seen: SEEN, source: '', example: '', guess: true };
}

/** Which Affiliate Center page a location is. */
export function pageKindOf(url: string): PageKind {
  const path = normalisedPath(url);
  if (path === null) return 'other';
  for (const route of ROUTES) {
    if (path === route.path) return route.kind;
  }
  return 'other';
}

/** Creator ids are 19-digit strings in 2026 [C] S5/S7; allow some slack in length. */
export const CREATOR_ID_PATTERN = /^[0-9]{6,24}$/;

/** The creator id (`cid` query parameter) on a creator detail URL, or null. */
export function creatorIdFromUrl(url: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const cid = parsed.searchParams.get('cid');
  if (cid === null) return null;
  const trimmed = cid.trim();
  return CREATOR_ID_PATTERN.test(trimmed) ? trimmed : null;
}
