import { browser } from 'wxt/browser';
import { SidePanelApp, type DeskBrowser } from '../../components/sidepanel/SidePanelApp';
import { mountPage } from '../../components/app/mount-page';
import { NOTE_CHANGED_KEY, SETTINGS_VERSION_KEY, TAB_VIEW_KEY_PREFIX } from '../../lib/page-view/storage-keys';
import { readNoteChange } from '../../lib/page-view/note-change';

// Follows the active tab of the window this panel belongs to; `?tab=<id>` pins it to one tab (the end-to-end
// tests open the panel as a page beside Seller Center).
const pinnedTab = Number(new URLSearchParams(location.search).get('tab') ?? NaN);
const pinned = Number.isInteger(pinnedTab) && pinnedTab >= 0 ? pinnedTab : null;

type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;
/** Firefox lists every key of the area on each write, changed or not (its bug 1833153): only real changes count. */
const changed = (entry: StorageChanges[string] | undefined): boolean => !!entry && JSON.stringify(entry.oldValue) !== JSON.stringify(entry.newValue);
/** Listens to storage changes; returns the unsubscribe. */
function watchStorage(listener: (changes: StorageChanges, area: string) => void): () => void {
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

const desk: DeskBrowser = {
  async activeTabId() {
    if (pinned != null) return pinned;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },
  onActiveTabChanged(fn) {
    if (pinned != null) return () => undefined;
    // only this panel's window: switching tabs in another window must not change what this one shows
    let ownWindow: number | null = null;
    void browser.windows.getCurrent().then((w) => void (ownWindow = w.id ?? null), () => undefined);
    const listener = (info: { tabId: number; windowId: number }) => {
      if (ownWindow === null || info.windowId === ownWindow) fn(info.tabId);
    };
    browser.tabs.onActivated.addListener(listener);
    return () => browser.tabs.onActivated.removeListener(listener);
  },
  onTabViewChanged: (fn) => watchStorage((changes, area) => {
    if (area !== 'session') return;
    for (const key of Object.keys(changes)) if (key.startsWith(TAB_VIEW_KEY_PREFIX) && changed(changes[key])) fn(Number(key.slice(TAB_VIEW_KEY_PREFIX.length)));
  }),
  onSettingsChanged: (fn) => watchStorage((changes, area) => {
    if (area === 'local' && changed(changes[SETTINGS_VERSION_KEY])) fn();
  }),
  onNoteChanged: (fn) => watchStorage((changes, area) => {
    const entry = area === 'session' ? changes[NOTE_CHANGED_KEY] : undefined;
    const change = changed(entry) ? readNoteChange(entry!.newValue) : null;
    if (change) fn(change);
  }),
  openDashboard: () => void browser.runtime.openOptionsPage(),
};

mountPage((start) => <SidePanelApp {...start} desk={desk} />);
