/** Display-only views for Seller Center pages, the side panel's per-tab view, and the background service behind them. */
export { badgeViewSchema, chipViewSchema, tabViewSchema, VERDICTS, type BadgeView, type ChipView, type TabView } from './schemas';
export { buildBadgeView, checkLine } from './badge';
export { buildChipView, categoryForRows, createProductCatalogue, type ProductCatalogue } from './chip';
export { emptyTabView, withNotice, withPageData, withSelectedCreator, withUnread, withUrl, TAB_LIMITS } from './tabs';
export { createPageService, type PageService, type PageServiceDeps, type TabStore, type CaptureInput } from './service';
