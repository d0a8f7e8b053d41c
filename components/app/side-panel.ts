/**
 * Opening the side panel (Chrome/Edge) or sidebar (Firefox) from a click on one of Mitate's own pages. Browsers allow
 * it only during the click's user gesture, so the open call is made first, before anything is awaited.
 */
import { browser } from 'wxt/browser';

type PanelApis = {
  chrome?: { sidePanel?: { open(options: { windowId: number }): Promise<void> } };
  browser?: { sidebarAction?: { open(): Promise<void> } };
};

/** A function that opens the panel in this window, or undefined where the browser has none. */
export function sidePanelOpener(): ((windowId: number) => Promise<boolean>) | undefined {
  const api = globalThis as unknown as PanelApis;
  if (api.chrome?.sidePanel) return (windowId) => api.chrome!.sidePanel!.open({ windowId }).then(() => true, () => false);
  if (api.browser?.sidebarAction) return () => api.browser!.sidebarAction!.open().then(() => true, () => false);
  return undefined;
}

/** The tab and window this extension page is shown in (a dashboard tab), or null in a popup. */
export async function currentTab(): Promise<{ tabId: number; windowId: number } | null> {
  const tab = await browser.tabs.getCurrent();
  return tab?.id != null && tab.windowId != null ? { tabId: tab.id, windowId: tab.windowId } : null;
}
