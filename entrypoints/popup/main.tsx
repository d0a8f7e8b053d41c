import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createClient } from '../../lib/protocol';
import { PopupApp } from '../../components/popup/PopupApp';
import { PENDING_COPY_KEY, browserLang, sendToBackground } from '../../components/app/runtime';

async function start() {
  // Text chosen with the "check ad copy" context menu arrives through session storage, used once.
  let pendingText: string | null = null;
  if (new URLSearchParams(location.search).get('from') === 'selection') {
    const stored = await browser.storage.session.get(PENDING_COPY_KEY);
    const value = stored[PENDING_COPY_KEY];
    pendingText = typeof value === 'string' ? value : null;
    await browser.storage.session.remove(PENDING_COPY_KEY);
  }
  render(
    <PopupApp client={createClient(sendToBackground)} initialLang={browserLang()} pendingText={pendingText}
      openDashboard={() => void browser.runtime.openOptionsPage()} openSidePanel={sidePanelOpener()} />,
    document.getElementById('app')!,
  );
}

void start();

/** Chrome/Edge side panel or Firefox sidebar, opened from this click (a user gesture); none where unsupported. */
function sidePanelOpener(): (() => void) | undefined {
  const api = globalThis as unknown as {
    chrome?: { sidePanel?: { open(options: { windowId: number }): Promise<void> }; windows?: { WINDOW_ID_CURRENT: number } };
    browser?: { sidebarAction?: { open(): Promise<void> } };
  };
  if (api.chrome?.sidePanel) {
    return () => {
      void browser.windows.getCurrent().then((w) => api.chrome!.sidePanel!.open({ windowId: w.id! })).then(() => window.close(), () => undefined);
    };
  }
  if (api.browser?.sidebarAction) return () => void api.browser!.sidebarAction!.open().then(() => window.close(), () => undefined);
  return undefined;
}
