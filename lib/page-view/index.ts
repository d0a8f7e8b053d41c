/** Display-only views for Seller Center pages, the side panel's per-tab view, and the background service behind them. */
export { badgeViewSchema, breakEvenViewSchema, chipViewSchema, noteChangeSchema, tabViewSchema, VERDICTS, type BadgeView, type BreakEvenView, type ChipView, type NoteChange, type TabView } from './schemas';
export { buildBreakEvenView, type BreakEvenViewInput } from './break-even';
export { buildBadgeView, checkLine } from './badge';
export { buildChipView, createProductCatalogue, productForRows, type ProductCatalogue } from './chip';
export { emptyTabView, withNotice, withPageData, withSelectedCreator, withUnread, withUrl, TAB_LIMITS } from './tabs';
export { readBadgePush, REFRESH_MESSAGE, MAX_PUSHED_BADGES, type BadgePush, type BadgeLabels } from './push';
export { CAPTURE_LIMIT, createPageService, WRITE_QUEUE_KEY, type PageService, type PageServiceDeps, type TabStore, type CaptureInput } from './service';
