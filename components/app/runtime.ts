/**
 * Browser glue shared by the extension's pages and the content script: sending protocol messages to the
 * background worker and reading the browser's UI language. Everything else in components/ is plain UI.
 */
import { browser } from 'wxt/browser';
import { langFromLocale, type Lang } from '../../lib/i18n';
import { extensionServiceWorker, sendViaWorkerPort } from '../../lib/protocol/worker-port';

/** Import files and the export go by the worker's port where there is one (lib/protocol/worker-port.ts). */
export const sendToBackground: (message: unknown) => Promise<unknown> = sendViaWorkerPort(
  (message) => browser.runtime.sendMessage(message),
  () => extensionServiceWorker(globalThis.navigator?.serviceWorker, browser.runtime.getURL('/')),
);

export function browserLang(): Lang {
  try {
    return langFromLocale(browser.i18n.getUILanguage());
  } catch {
    return langFromLocale(globalThis.navigator?.language);
  }
}

/** This build's version (manifest), for reports a seller sends; null where there is no extension runtime. */
export function extensionVersion(): string | null {
  try {
    return browser.runtime.getManifest().version ?? null;
  } catch {
    return null;
  }
}

export { PENDING_COPY_KEY } from '../../lib/page-view/storage-keys';
