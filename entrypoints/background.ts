/**
 * Background service worker: the brain. It reads the responses the page reader captured (normalise, score, learn,
 * store in IndexedDB), answers Seller Center pages with display-only badge and chip views, and serves Mitate's own
 * pages through the typed protocol. Messages are sorted by sender first: a content script may only use the
 * content-script requests (lib/protocol/schemas.ts). Nothing that matters is held only in memory (an MV3 worker is
 * stopped at any time): per-tab views live in storage.session, everything else in IndexedDB.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answerPortRequest, createHandler, type PortMessageEvent, type Sender } from '../lib/protocol';
import { getFollowUpData, getSettings, openMitateDb } from '../lib/store';
import { reminderBadge } from '../lib/collab';
import { storedScoreOf } from '../lib/scoring';
import { createPageService, REFRESH_MESSAGE, tabViewSchema, type TabView } from '../lib/page-view';
import { HOST_PERMISSIONS, isAffiliateUrl } from '../lib/seller-center/hosts';
import { matchApiPath } from '../lib/seller-center/endpoints';
import { langFromLocale, t } from '../lib/i18n';
import { NOTE_CHANGED_KEY, PENDING_COPY_KEY, SETTINGS_VERSION_KEY, tabViewKey } from '../lib/page-view/storage-keys';

const CHECK_SELECTION_MENU = 'mitate-check-selection';

/** The browser's UI language as one of Mitate's (the default until the seller picks one). */
const browserLang = () => langFromLocale(browser.i18n.getUILanguage());

export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');
  const tabViews = new Map<number, TabView>();
  const page = createPageService({
    openDb: () => openMitateDb(indexedDB),
    now: () => Date.now(),
    defaultLang: browserLang,
    tabs: {
      async get(tabId) {
        const cached = tabViews.get(tabId);
        if (cached) return cached;
        const stored = (await browser.storage.session.get(tabViewKey(tabId)))[tabViewKey(tabId)];
        const parsed = tabViewSchema.safeParse(stored);
        if (!parsed.success) return null;
        tabViews.set(tabId, parsed.data);
        return parsed.data;
      },
      async set(view) {
        tabViews.set(view.tabId, view);
        await browser.storage.session.set({ [tabViewKey(view.tabId)]: view });
      },
    },
    refreshTab: (tabId, push) => void browser.tabs.sendMessage(tabId, { type: REFRESH_MESSAGE, push }).catch(() => undefined),
    // Store writes are journalled here until they land (lib/store/retry-queue.ts). Retries wait on setTimeout: if the
    // worker stops first, the next start-up (resumeWrites below) runs them; no alarms permission is needed for that.
    retryStorage: {
      get: async (key) => (await browser.storage.session.get(key))[key],
      set: (key, value) => browser.storage.session.set({ [key]: value }),
    },
  });
  // A worker starts for an event (a page's capture, the side panel): writes the last one left are run first.
  void page.resumeWrites();

  /** Side panel opens started synchronously inside the click's message (the browser requires the user gesture). */
  const panelOpens = new Map<number, Promise<boolean>>();
  const handle = createHandler({
    openDb: () => openMitateDb(indexedDB),
    now: () => Date.now(),
    openDashboard: () => browser.runtime.openOptionsPage(),
    scoreCreator: (creator) => storedScoreOf(creator, { now: Date.now() }),
    defaultLang: browserLang,
    page,
    openSidePanel: async (tabId) => {
      const started = panelOpens.get(tabId);
      panelOpens.delete(tabId);
      return started ? started : false;
    },
    onSettingsChanged: () => void browser.storage.local.set({ [SETTINGS_VERSION_KEY]: Date.now() }),
    // `at` makes each announcement a change, even of the same revision
    onNoteChanged: (change) => void browser.storage.session.set({ [NOTE_CHANGED_KEY]: { ...change, at: Date.now() } }).catch(() => undefined),
  });

  const senderOf = (sender: Browser.runtime.MessageSender): Sender | null => {
    if (sender.id !== browser.runtime.id) return null;
    if (sender.url?.startsWith(extensionOrigin)) return { from: 'extension' };
    const tabId = sender.tab?.id;
    if (tabId != null && tabId >= 0 && sender.url && isAffiliateUrl(sender.url)) return { from: 'content', tabId };
    return null;
  };

  /** Next actions due and overdue samples, counted on the toolbar icon (local only, no notification). */
  let badgeTimer: ReturnType<typeof setTimeout> | undefined;
  const updateReminderBadge = () => {
    if (badgeTimer !== undefined) return;
    badgeTimer = setTimeout(async () => {
      badgeTimer = undefined;
      try {
        const db = await openMitateDb(indexedDB);
        const [data, settings] = await Promise.all([getFollowUpData(db), getSettings(db)]);
        await browser.action.setBadgeText({ text: reminderBadge(data, settings.samplePostingRule, Date.now()) });
        await browser.action.setBadgeBackgroundColor({ color: '#b35900' });
      } catch {
        // the badge is a convenience; the Today view lists the same items
      }
    }, 1_000);
  };
  updateReminderBadge();

  browser.runtime.onMessage.addListener((message: unknown, rawSender) => {
    // Web pages cannot message us at all (no externally_connectable); this sorts our own contexts by kind.
    const sender = senderOf(rawSender);
    if (!sender) return undefined;
    if (sender.from === 'content' && (message as { type?: unknown } | null)?.type === 'openCreatorPanel') {
      panelOpens.set(sender.tabId, openSidePanel(sender.tabId, rawSender.tab?.windowId));
    }
    const reply = handle(message, sender);
    // a read of the Sample requests page may add or date samples (lib/store/ingest.ts): recount then too
    if (sender.from === 'extension' || isSampleRequestsCapture(message)) void reply.then(updateReminderBadge);
    return reply;
  });

  // Import files and the export come from Mitate's pages by postMessage (lib/protocol/worker-port.ts)
  globalThis.addEventListener('message', (event) => {
    const message = event as unknown as PortMessageEvent & { waitUntil?(promise: Promise<unknown>): void };
    const answer = answerPortRequest(message, extensionOrigin, handle);
    if (answer) message.waitUntil?.(answer.then(updateReminderBadge));
  });

  // A tab that navigates away from the affiliate pages: the side panel must not keep showing what it read there. Its
  // address is hidden from Mitate there (no permission beyond the affiliate hosts), so an unseen one is such a page.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url === undefined && change.status !== 'loading') return;
    const url = change.url ?? tab.url ?? '';
    if (!isAffiliateUrl(url)) void page.leftAffiliatePages(tabId);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    tabViews.delete(tabId);
    page.forgetTab(tabId);
    void browser.storage.session.remove(tabViewKey(tabId));
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

function isSampleRequestsCapture(message: unknown): boolean {
  const { type, url } = (message ?? {}) as { type?: unknown; url?: unknown };
  return type === 'capture' && typeof url === 'string' && matchApiPath(url) === 'sampleRequests';
}

/** Chrome/Edge side panel, or Firefox's sidebar; false when the browser refuses (e.g. the gesture was lost). */
function openSidePanel(tabId: number, windowId: number | undefined): Promise<boolean> {
  const api = globalThis as unknown as {
    chrome?: { sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> } };
    browser?: { sidebarAction?: { open(): Promise<void> } };
  };
  try {
    if (api.chrome?.sidePanel) return api.chrome.sidePanel.open({ tabId, windowId }).then(() => true, () => false);
    if (api.browser?.sidebarAction) return api.browser.sidebarAction.open().then(() => true, () => false);
  } catch {
    // fall through: the caller tells the seller to use the toolbar button
  }
  return Promise.resolve(false);
}
