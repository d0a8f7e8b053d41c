/**
 * Where the side panel and the toolbar meet the browser: the per-tab view lives in storage.session under
 * `tab:<id>`, and settings changes bump a counter in storage.local that every open page and tab watches.
 */
export const TAB_VIEW_KEY_PREFIX = 'tab:';
export const SETTINGS_VERSION_KEY = 'mitate:settingsVersion';

export function tabViewKey(tabId: number): string {
  return `${TAB_VIEW_KEY_PREFIX}${tabId}`;
}
