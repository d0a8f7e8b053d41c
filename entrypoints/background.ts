/**
 * Background service worker: owns the IndexedDB store and answers the typed protocol. Holds no state that
 * matters in memory (an MV3 worker is stopped at any time); the database connection is reopened lazily.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandler } from '../lib/protocol';
import { openMitateDb } from '../lib/store';
import { assessCreator } from '../lib/scoring';
import { HOST_PERMISSIONS } from '../lib/seller-center/hosts';
import { t } from '../lib/i18n';
import { PENDING_COPY_KEY, browserLang } from '../components/app/runtime';

const CHECK_SELECTION_MENU = 'mitate-check-selection';

export default defineBackground(() => {
  const handle = createHandler({
    openDb: () => openMitateDb(indexedDB),
    now: () => Date.now(),
    openDashboard: () => browser.runtime.openOptionsPage(),
    scoreCreator: (creator) => assessCreator(creator, { now: Date.now() }).score,
    defaultLang: browserLang,
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only Mitate's own pages and content scripts may talk to the store; web pages cannot reach here at all.
    if (sender.id !== browser.runtime.id) return undefined;
    return handle(message);
  });

  browser.runtime.onInstalled.addListener((details) => {
    // first install: the welcome page (what Mitate does, privacy, how to start, language)
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    browser.contextMenus.create({
      id: CHECK_SELECTION_MENU,
      title: t(browserLang(), 'contextMenuCheck'),
      contexts: ['selection'],
      documentUrlPatterns: HOST_PERMISSIONS,
    });
  });

  browser.contextMenus.onClicked.addListener(async (info) => {
    if (info.menuItemId !== CHECK_SELECTION_MENU || !info.selectionText) return;
    await browser.storage.session.set({ [PENDING_COPY_KEY]: info.selectionText.slice(0, 20_000) });
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html?from=selection') });
  });
});
