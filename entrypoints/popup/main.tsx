import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import { PENDING_COPY_KEY } from '../../components/app/runtime';
import { mountPage } from '../../components/app/mount-page';
import { sidePanelOpener } from '../../components/app/side-panel';

async function showPopup() {
  // Text chosen with the "check ad copy" context menu arrives through session storage, used once.
  let pendingText: string | null = null;
  if (new URLSearchParams(location.search).get('from') === 'selection') {
    const stored = await browser.storage.session.get(PENDING_COPY_KEY);
    const value = stored[PENDING_COPY_KEY];
    pendingText = typeof value === 'string' ? value : null;
    await browser.storage.session.remove(PENDING_COPY_KEY);
  }
  mountPage((start) => (
    <PopupApp {...start} pendingText={pendingText} openDashboard={() => void browser.runtime.openOptionsPage()} openSidePanel={openPanel()} />
  ));
}

void showPopup();

/** Opens the side panel in this window from the popup's button (a user gesture), then closes the popup. */
function openPanel(): (() => void) | undefined {
  const open = sidePanelOpener();
  if (!open) return undefined;
  return () => void browser.windows.getCurrent().then((w) => open(w.id ?? browser.windows.WINDOW_ID_CURRENT)).then((opened) => opened && window.close());
}
