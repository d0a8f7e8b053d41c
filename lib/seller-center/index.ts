/** Seller Center / Affiliate Center reading layer: hosts, routes, API paths, raw schemas, normalisers, DOM fallback. */
export { AFFILIATE_HOSTS, SELLER_HOSTS, HOST_PERMISSIONS, AFFILIATE_MATCHES, isAffiliateUrl } from './hosts';
export {
  ENDPOINTS, UNREAD_PATHS, ROUTES, CREATOR_ID_PATTERN, matchApiPath, pageKindOf, creatorIdFromUrl, endpointInfo,
  type EndpointId, type PageKind, type EndpointInfo, type RouteInfo,
} from './endpoints';
export { SELECTORS, COMMISSION_LABEL_PATTERN, HANDLE_TEXT_PATTERN, type SelectorInfo } from './selectors';
export {
  normaliseResponse, mergeCreator, MAX_MERGED_VIDEOS, MAX_MERGED_TREND_POINTS, emptyPageData, creatorFromProfile,
  FUTURE_TOLERANCE_MS, INVITATION_STATUS, SETTLEMENT_STATUS, SAMPLE_STATUS,
  type NormaliseMeta, type NormaliseResult,
} from './read-response';
export { emptyCreator } from '../model';
export { redactShape } from './redact';
export {
  shapeOf, mergeShapes, unreadableReport, mergeFormat, addOccurrence, formatId, pageFormatsReport, pageFormatsReportSchema,
  pageFormatSchema, sampleFromShape, fixtureFilesFromReport, reportFileName, MAX_PAGE_FORMATS,
  type ShapeNode, type UnreadableReport, type PageFormat, type PageFormatsReport, type GeneratedFile,
} from './format-report';
export {
  parseCompactCount, parsePercentText, toCount, toRateX100, toFraction, toYen, toEpochMs, toId, toText, unwrap,
  MAX_PLAUSIBLE_NUMBER, RATE_X100_DIVISOR, SECONDS_MS_BOUNDARY, MAX_TEXT_LENGTH,
} from './values';
export { readCreatorCards, readCreatorDetail, findCommissionFigures, ownText, type CardCache, type CreatorCard } from './dom';
export * as rawSchemas from './raw';
