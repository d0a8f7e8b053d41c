/**
 * The background's answers to Seller Center pages: it reads each captured response (normalise, store, learn),
 * and turns what it knows into display-only badge and chip views. The page never gets private data back.
 * Storage and tab bookkeeping are injected, so this runs the same in the worker and in unit tests.
 */
import type { Lang } from '../i18n';
import { t } from '../i18n';
import type { Creator, Product } from '../model';
import { isAffiliateUrl, matchApiPath, mergeCreator, normaliseResponse } from '../seller-center';
import { parseJsonSafely } from '../bridge';
import { assessForBadge, sellerStatusOf, storedScoreOf, type CreatorChecks } from '../scoring';
import { benchmarkContextFromLearned, type BenchmarkContext, type LearnedBenchmarks } from '../commission';
import { DEFAULT_SETTINGS, describeBoundNote, getCreators, getCreatorsByHandles, getNotes, getSettings, listProductCosts, listProducts, recordUnreadableFormat, handleKeyOf, ingestPageData, learnFromStore, rescoreCreators, type MitateDb, type NoteStatus } from '../store';
import { createRetryQueue, type RetryStatus, type RetryStorage } from '../store/retry-queue';
import { pageDataSchema } from '../model';
import * as z from 'zod/mini';
import { buildBadgeView } from './badge';
import { buildChipView, createProductCatalogue, productForRows } from './chip';
import { buildBreakEvenView } from './break-even';
import type { BadgeView, BreakEvenView, ChipView, TabView } from './schemas';
import { MAX_PUSHED_BADGES, type BadgeLabels, type BadgePush } from './push';
import { emptyTabView, withNotice, withPageData, withSelectedCreator, withUnread, withUrl } from './tabs';
import { dropOldest } from '../collections';

export interface TabStore {
  get(tabId: number): Promise<TabView | null>;
  set(view: TabView): Promise<void>;
}

export interface PageServiceDeps {
  openDb: () => Promise<MitateDb>;
  now: () => number;
  tabs: TabStore;
  /** the UI language until the seller picks one (the browser's) */
  defaultLang?: () => Lang;
  /**
   * Tells the tab that fresher views are ready. With `push`, these badge views are the only ones that changed (the
   * tab draws them without asking); without, it asks again for all it shows.
   */
  refreshTab?: (tabId: number, push?: BadgePush) => void;
  /** how long to wait before retrying a failed write, by attempt (1, 2, …); null = give up and surface it */
  retryDelayMs?: (attempt: number) => number | null;
  /**
   * Where writes waiting to land are journalled: storage.session in the worker, so a write cut off or failing when the
   * worker stops is run by the next one (resumeWrites). Default: memory only.
   */
  retryStorage?: RetryStorage;
  /** runs `fn` after `ms` (setTimeout by default; tests move time themselves) */
  schedule?: (fn: () => void, ms: number) => void;
}

/** storage.session key of the write journal. */
export const WRITE_QUEUE_KEY = 'mitate:writeQueue';

/** One page answer waiting to be stored: everything needed to store it again in a new worker. */
const pendingWriteSchema = z.object({
  tabId: z.number().check(z.int()),
  visit: z.nullable(z.string().check(z.maxLength(64))),
  /** when it was read: stored with that time, not the time of the retry */
  at: z.number(),
  data: pageDataSchema,
});
type PendingWrite = z.infer<typeof pendingWriteSchema>;

function memoryStorage(): RetryStorage {
  const saved = new Map<string, unknown>();
  return { get: async (key) => saved.get(key), set: async (key, value) => void saved.set(key, value) };
}

export interface CaptureInput {
  url: string;
  method: string;
  status: number;
  requestBody: string | null;
  body: string;
  tooLarge?: number | null;
  visit?: string;
}

const MAX_PRODUCTS_PER_TAB = 500;
/** Creators a tab's badges are built from: many pages of a list in one long session (a page shows up to a few hundred). */
const MAX_CREATORS_PER_TAB = 5_000;
const MAX_RECENTLY_STORED = 1000;
/** Closed tabs remembered so a late update does not bring their view back (tab ids are not reused in a session). */
const MAX_CLOSED_TABS = 1000;
/**
 * Answers read per tab in each window: a real page sends a few per action (a creator page sends three), while a
 * page script sending answers in a loop would keep the worker parsing. The rest are not read; the seller is told.
 */
export const CAPTURE_LIMIT = { answers: 40, windowMs: 10_000 };

export function createPageService(deps: PageServiceDeps) {
  /** Creators and products read per tab, for instant badges while the store write is still running. */
  const memory = new Map<number, { creators: Map<string, Creator>; products: Map<string, Pick<Product, 'id' | 'name' | 'category' | 'priceJpy'>> }>();
  const assessments = new WeakMap<Creator, CreatorChecks>();
  let settings: { lang: Lang; overrides: unknown } | null = null;
  let benchmarks: BenchmarkContext | null = null;
  /** the seller's pipeline status per creator (null = no note), kept current by noteSaved */
  const statuses = new Map<string, NoteStatus | null>();
  /** captures being read per tab (normalising only; the store write goes on after) */
  const reading = new Map<number, Promise<unknown>>();
  /** per tab: the last capture's creators and products are in memory (or it was not read) */
  const readInMemory = new Map<number, Promise<void>>();
  /** every product seen on any page (orders carry no category of their own); seeded once from the store */
  const catalogue = createProductCatalogue();
  let catalogueSeeded: Promise<void> | null = null;

  /**
   * Stored records of creators seen lately on any tab (what the store merged from earlier visits), so a list read in
   * one tab is badged with what a creator page showed in another at once, not first from the list alone.
   */
  const recentlyStored = new Map<string, Creator>();
  const rememberStored = (creator: Creator) => {
    recentlyStored.delete(creator.id);
    recentlyStored.set(creator.id, creator);
    dropOldest(recentlyStored, MAX_RECENTLY_STORED);
  };

  const memoryOf = (tabId: number) => {
    let m = memory.get(tabId);
    if (!m) memory.set(tabId, (m = { creators: new Map(), products: new Map() }));
    return m;
  };

  async function currentSettings() {
    if (!settings) {
      const stored = await getSettings(await deps.openDb(), deps.defaultLang ? { ...DEFAULT_SETTINGS, lang: deps.defaultLang() } : DEFAULT_SETTINGS);
      settings = { lang: stored.lang, overrides: stored.benchmarkOverrides };
    }
    return settings;
  }

  /**
   * Learned bands are read from the whole observations store (seconds for a very large one), so they are kept and
   * marked stale when rates are stored. Seller Center pages get the kept bands at once while fresh ones are learned
   * behind (a chip must not wait on a relearn); Mitate's own pages wait for the fresh ones.
   */
  let learned: LearnedBenchmarks | null = null;
  let learnedStale = true;
  let learning: Promise<LearnedBenchmarks> | null = null;
  function relearn(): Promise<LearnedBenchmarks> {
    learning ??= (async () => {
      learnedStale = false; // a write from now on marks it stale again
      try {
        const fresh = await learnFromStore(await deps.openDb());
        learned = fresh;
        benchmarks = null;
        return fresh;
      } catch (error) {
        learnedStale = true;
        throw error;
      } finally {
        learning = null;
      }
    })();
    return learning;
  }
  async function currentLearned(fresh: boolean): Promise<LearnedBenchmarks> {
    if (learned && !fresh) {
      if (learnedStale) void relearn().catch(() => undefined);
      return learned;
    }
    // fresh: wait for a relearn under way, and once more (at most) if a write came while it ran
    for (let round = 0; round < 2 && (learnedStale || !learned || learning); round++) await relearn();
    return learned ?? relearn();
  }

  async function currentBenchmarks(): Promise<BenchmarkContext> {
    const bands = await currentLearned(false);
    if (!benchmarks) {
      const { overrides } = await currentSettings();
      benchmarks = benchmarkContextFromLearned(overrides, bands);
    }
    return benchmarks;
  }

  /** What the worker holds for a tab's page (its creators and products, reads, capture counts): gone with the page. */
  function dropTabMemory(tabId: number) {
    memory.delete(tabId);
    reading.delete(tabId);
    captureWindows.delete(tabId);
    readInMemory.delete(tabId);
  }

  /** Tab views change one at a time per tab: two messages at once must not overwrite each other's change. */
  const tabUpdates = new Map<number, Promise<unknown>>();
  /** tabs closed lately: an update still queued for one must not write its view back after it was removed */
  const closedTabs = new Set<number>();
  function updateTab(tabId: number, url: string | null, change: (view: TabView) => TabView): Promise<TabView> {
    const run = async () => {
      const now = deps.now();
      const stored = await deps.tabs.get(tabId);
      const before = stored ?? emptyTabView(tabId, url, now);
      const view = change(url ? withUrl(before, url, now) : before);
      // a tab's first view is saved even when the change kept it as created (e.g. only its page URL)
      if (view !== stored && !closedTabs.has(tabId)) {
        // the side panel watches storage.session, where the background keeps tab views
        await deps.tabs.set(view);
      }
      return view;
    };
    const next = (tabUpdates.get(tabId) ?? Promise.resolve()).then(run, run);
    tabUpdates.set(tabId, next);
    void next.finally(() => {
      if (tabUpdates.get(tabId) === next) tabUpdates.delete(tabId);
    }).catch(() => undefined);
    return next;
  }


  /** One verdict per creator: the same checks the side panel and dashboard show (lib/scoring assessForBadge). */
  function checksOf(creator: Creator): CreatorChecks {
    let checks = assessments.get(creator);
    if (!checks) assessments.set(creator, (checks = assessForBadge(creator, { now: deps.now() })));
    return checks;
  }

  /** Stores one page's data once; throws if the write fails (the write queue retries it). */
  async function store({ tabId, data, visit, at }: PendingWrite): Promise<void> {
    const db = await deps.openDb();
    const result = await ingestPageData(db, data, at, { visitId: visit ? `${tabId}:${visit}` : null });
    await rescoreCreators(db, data.creators.map((c) => c.id), (c) => storedScoreOf(c, { now: deps.now() }));
    if (result.observations > 0) learnedStale = true;
    // a bound kept part of the answer out (lib/store/bounds.ts): the seller is told, never a silent gap
    if (result.note) {
      const note = result.note;
      const { lang } = await currentSettings();
      await updateTab(tabId, null, (view) => withNotice(view, describeBoundNote(lang, note), deps.now()));
    }
    // The stored records merge this page with earlier visits (videos seen on creator pages score the list too): the
    // tab is sent the views that changed by it, and told nothing when none did.
    const ids = data.creators.map((c) => c.id);
    const changed: Creator[] = [];
    if (ids.length) {
      const m = memoryOf(tabId);
      const { lang } = await currentSettings();
      for (const stored of await getCreators(db, ids)) {
        const key = handleKeyOf(stored.handle ?? '') || stored.id;
        const before = m.creators.get(key);
        m.creators.set(key, stored);
        rememberStored(stored);
        if (!before || JSON.stringify(badgeViewOf(lang, before)) !== JSON.stringify(badgeViewOf(lang, stored))) changed.push(stored);
      }
    }
    // with no view changed but new observations, learned bands may have moved: chips ask again (badges keep theirs)
    if (changed.length || result.observations > 0) await pushBadges(tabId, changed);
  }

  /** A creator's badge as the page shows it: score, verdict and the seller's one-word status marker. */
  function badgeViewOf(lang: Lang, creator: Creator): BadgeView {
    const noted = statuses.get(creator.id) ?? null;
    // the seller's note, or the profile's own "invited in the last 90 days": nobody is invited twice
    const status = sellerStatusOf({ note: noted ? { status: noted } : null, creator });
    return buildBadgeView(lang, creator.id, checksOf(creator), status);
  }

  function badgeLabels(lang: Lang): BadgeLabels {
    return { loading: t(lang, 'scoreBadgeLoading'), unavailable: t(lang, 'scoreError') };
  }

  /**
   * Sends the tab the badge views of these creators, the only ones that changed, so it draws them without asking.
   * Beyond MAX_PUSHED_BADGES the push says it is not complete, and the tab asks again for the rest.
   */
  async function pushBadges(tabId: number, creators: readonly Creator[]): Promise<void> {
    if (!deps.refreshTab) return;
    const { lang } = await currentSettings();
    const badges = creators.slice(0, MAX_PUSHED_BADGES).flatMap((c) => (c.handle ? [{ handle: c.handle, view: badgeViewOf(lang, c) }] : []));
    deps.refreshTab(tabId, { badges, labels: badgeLabels(lang), complete: creators.length <= MAX_PUSHED_BADGES });
  }

  /** The language for a notice when the settings cannot be read (the store itself may be what fails). */
  const noticeLang = async (): Promise<Lang> => (await currentSettings().catch(() => null))?.lang ?? settings?.lang ?? deps.defaultLang?.() ?? 'zh_CN';

  async function noticeOnTab(tabId: number, notice: (lang: Lang) => string): Promise<void> {
    const lang = await noticeLang();
    await updateTab(tabId, null, (view) => withNotice(view, notice(lang), deps.now())).catch(() => undefined);
  }

  /**
   * Every write is journalled before it runs and leaves the journal once it landed (lib/store/retry-queue.ts): a
   * failure is retried with backoff, and one that keeps failing is kept and shown (tab notice, Settings → Storage).
   */
  const submits = new Set<Promise<void>>();
  const writeQueue = createRetryQueue<PendingWrite>({
    storage: deps.retryStorage ?? memoryStorage(),
    key: WRITE_QUEUE_KEY,
    run: store,
    revive: (raw) => {
      const parsed = pendingWriteSchema.safeParse(raw);
      return parsed.success ? parsed.data : null;
    },
    now: deps.now,
    schedule: deps.schedule ?? ((fn, ms) => void setTimeout(fn, ms)),
    delayMs: deps.retryDelayMs,
    onGaveUp: (entry, status) => {
      void noticeOnTab(entry.item.tabId, (lang) => t(lang, 'writeFailed', status.failed.length, entry.lastError));
    },
  });

  async function loadStatuses(tabId: number, creatorIds: string[]) {
    try {
      const found = await notedStatuses(await deps.openDb(), creatorIds);
      const marked = new Set<string>();
      for (const id of creatorIds) {
        const status = found.get(id) ?? null;
        statuses.set(id, status);
        if (status && status !== 'candidate') marked.add(id);
      }
      if (marked.size) await pushBadges(tabId, [...memoryOf(tabId).creators.values()].filter((c) => marked.has(c.id)));
    } catch {
      // markers are a convenience: the badge still shows the score
    }
  }

  /** `inMemory` is called once the answer's creators and products are in this tab's memory (badges can be built). */
  async function readCapture(tabId: number, input: CaptureInput, inMemory: () => void): Promise<{ read: boolean; creators: number; notice: string | null }> {
    // Defence in depth: the page side checks the host too, but nothing from another host is ever read.
    const endpoint = isAffiliateUrl(input.url) ? matchApiPath(input.url) : null;
    if (!endpoint) return { read: false, creators: 0, notice: null };
    const now = deps.now();
    if (input.tooLarge != null) {
      // Nothing is dropped silently: the seller sees that an answer was too large to read.
      const { lang } = await currentSettings();
      const notice = t(lang, 'boundNotice', `${endpoint}: ${Math.round(input.tooLarge / 1024).toLocaleString('en')} kB`);
      await updateTab(tabId, null, (view) => withNotice(view, notice, now));
      return { read: false, creators: 0, notice };
    }
    const result = normaliseResponse(endpoint, parseJsonSafely(input.body), { url: input.url, requestBody: parseJsonSafely(input.requestBody), now });
    if (!result.ok) {
      await updateTab(tabId, null, (view) => withUnread(view, { endpoint, diagnostic: result.diagnostic, at: now }));
      // Kept across visits for the dashboard's Page formats view (redacted: field names and types only).
      if (result.format) await recordUnreadableFormat(await deps.openDb(), result.format, now).catch(() => undefined);
      return { read: false, creators: 0, notice: result.diagnostic };
    }
    const data = result.data;
    const m = memoryOf(tabId);
    for (const creator of data.creators) {
      const key = handleKeyOf(creator.handle ?? '') || creator.id;
      const inTab = m.creators.get(key);
      const known = inTab && inTab.id === creator.id ? inTab : recentlyStored.get(creator.id);
      // re-inserted, so a long session in one tab drops the creators it saw longest ago
      m.creators.delete(key);
      m.creators.set(key, known ? mergeCreator(known, creator) : creator);
      dropOldest(m.creators, MAX_CREATORS_PER_TAB);
    }
    for (const product of data.products) {
      m.products.set(product.id, { id: product.id, name: product.name, category: product.category, priceJpy: product.priceJpy });
      dropOldest(m.products, MAX_PRODUCTS_PER_TAB);
    }
    catalogue.learnPage(data);
    inMemory();
    const tabUpdated = updateTab(tabId, null, (view) => withPageData(view, data, now));
    // the tab gets its first badges now, not after the tab view's storage write
    await pushBadges(tabId, data.creators.map((c) => m.creators.get(handleKeyOf(c.handle ?? '') || c.id) ?? c));
    await tabUpdated;
    // Writes go in arrival order through the journal; the page gets its answer without waiting for the disk.
    // A failing write says so only when it stops retrying (onGaveUp); a refused one (journal full) at once.
    const submitted = writeQueue.submit({ tabId, visit: input.visit ?? null, at: now, data }).then(async (outcome) => {
      if (outcome === 'refused') await noticeOnTab(tabId, (lang) => t(lang, 'writeRefused'));
    });
    submits.add(submitted);
    void submitted.finally(() => submits.delete(submitted));
    return { read: true, creators: data.creators.length, notice: null };
  }

  const captureWindows = new Map<number, { start: number; count: number }>();
  /** Counts an answer against its tab's window; false when over the limit (the first one over leaves a notice). */
  function withinCaptureLimit(tabId: number): boolean {
    const now = deps.now();
    let window = captureWindows.get(tabId);
    if (!window || now - window.start >= CAPTURE_LIMIT.windowMs) captureWindows.set(tabId, (window = { start: now, count: 0 }));
    window.count += 1;
    if (window.count === CAPTURE_LIMIT.answers + 1) {
      void noticeOnTab(tabId, (lang) => t(lang, 'captureRateNotice', CAPTURE_LIMIT.answers, CAPTURE_LIMIT.windowMs / 1000));
    }
    return window.count <= CAPTURE_LIMIT.answers;
  }

  return {
    capture(tabId: number, input: CaptureInput): Promise<{ read: boolean; creators: number; notice: string | null }> {
      if (!withinCaptureLimit(tabId)) return Promise.resolve({ read: false, creators: 0, notice: null });
      let inMemory: () => void = () => undefined;
      const read = new Promise<void>((resolve) => (inMemory = resolve));
      const done = readCapture(tabId, input, inMemory);
      reading.set(tabId, done.catch(() => undefined));
      // badges wait for the answer to be in memory, not for the tab view's storage write after it
      readInMemory.set(tabId, Promise.race([read, done.then(() => undefined, () => undefined)]));
      return done;
    },

    async creatorBadges(tabId: number, input: { url: string; handles: string[] }): Promise<{ badges: Array<{ handle: string; view: BadgeView | null }>; labels: BadgeLabels }> {
      // A response captured a moment ago is read before answering, so the first badges already have it.
      await readInMemory.get(tabId);
      // the tab view follows the page (queued in order per tab; getTabView waits for it), the answer does not wait
      void updateTab(tabId, input.url, (view) => view).catch(() => undefined);
      const { lang } = await currentSettings();
      const m = memoryOf(tabId);
      const missing = input.handles.filter((h) => !m.creators.has(handleKeyOf(h)));
      if (missing.length) {
        // Cards whose response was not seen (a cached page): stored creators matched by handle.
        for (const stored of await getCreatorsByHandles(await deps.openDb(), missing)) {
          m.creators.set(handleKeyOf(stored.handle ?? '') || stored.id, stored);
          rememberStored(stored);
        }
      }
      // Statuses come from a cache kept current by note saves: reading the store here would wait behind the list's
      // own store write. Unknown ones are read in the background and the tab is told to ask again.
      const unknown = input.handles.flatMap((h) => {
        const creator = m.creators.get(handleKeyOf(h));
        return creator && !statuses.has(creator.id) ? [creator.id] : [];
      });
      if (unknown.length) void loadStatuses(tabId, unknown);
      return {
        labels: badgeLabels(lang),
        badges: input.handles.map((handle) => {
          const creator = m.creators.get(handleKeyOf(handle));
          return { handle, view: creator ? badgeViewOf(lang, creator) : null };
        }),
      };
    },

    async commissionChips(tabId: number, input: { url: string; figures: Array<{ rate: number; context: string[] }> }): Promise<{ chips: Array<ChipView | null> }> {
      const { lang } = await currentSettings();
      const context = await currentBenchmarks();
      catalogueSeeded ??= deps.openDb().then(listProducts).then((stored) => catalogue.learnProducts(stored), () => undefined);
      await catalogueSeeded;
      const categories = catalogue.categoriesFor(input.figures.map((f) => f.context), [...memoryOf(tabId).products.values()]);
      return { chips: input.figures.map((f, i) => buildChipView(lang, f.rate, categories[i] ?? null, context)) };
    },

    /**
     * Break-even chips for the commission inputs of collaboration create: the product each input's rows name (from the
     * page's own product answer, with its price), the seller's saved cost of goods, the typed rate. null = no product.
     */
    async breakEvenChips(tabId: number, input: { url: string; figures: Array<{ rate: number; context: string[] }> }): Promise<{ chips: Array<BreakEvenView | null> }> {
      await reading.get(tabId);
      const { lang } = await currentSettings();
      const context = await currentBenchmarks();
      const products = [...memoryOf(tabId).products.values()];
      const matched = input.figures.map((f) => productForRows(f.context, products));
      if (!matched.some(Boolean)) return { chips: matched.map(() => null) };
      const costs = new Map((await listProductCosts(await deps.openDb())).map((c) => [c.productId, c.costOfGoodsJpy]));
      return {
        chips: input.figures.map((f, i) => {
          const product = matched[i];
          return product ? buildBreakEvenView(lang, { product, costOfGoodsJpy: costs.get(product.id) ?? null, commissionRate: f.rate }, context) : null;
        }),
      };
    },

    async getTabView(tabId: number): Promise<TabView> {
      // changes already asked for (e.g. a badge request's page URL) are in the view read here
      await tabUpdates.get(tabId)?.catch(() => undefined);
      return (await deps.tabs.get(tabId)) ?? emptyTabView(tabId, null, deps.now());
    },

    async selectCreator(tabId: number, creatorId: string | null): Promise<void> {
      await updateTab(tabId, null, (view) => withSelectedCreator(view, creatorId, deps.now()));
    },

    /** Settings, learned rates or stored records changed (dashboard, import, a deletion): views are rebuilt on the next ask. */
    invalidate() {
      settings = null;
      benchmarks = null;
      learnedStale = true;
      statuses.clear();
      // a deleted creator's earlier visits must not come back in the next list's badges
      recentlyStored.clear();
    },

    /**
     * The seller deleted this creator's data: no tab's badge is built on it any more (the tab's record may hold earlier
     * visits merged in). Its badge is unavailable until the page shows the creator again.
     */
    forgetCreator(creatorId: string) {
      for (const m of memory.values()) {
        for (const [key, creator] of m.creators) if (creator.id === creatorId) m.creators.delete(key);
      }
      recentlyStored.delete(creatorId);
      statuses.delete(creatorId);
    },

    /** A note was saved in the side panel: its status marker shows on the page's next ask. */
    noteSaved(creatorId: string, status: NoteStatus) {
      statuses.set(creatorId, status);
    },

    /**
     * The tab went to a page Mitate does not read (another site, or away from the affiliate pages): the side panel stops
     * showing what it read there. A tab that never showed one has no view and is left alone.
     */
    async leftAffiliatePages(tabId: number): Promise<void> {
      if (!(await deps.tabs.get(tabId))) return;
      dropTabMemory(tabId);
      await updateTab(tabId, null, () => emptyTabView(tabId, null, deps.now()));
    },

    /** The tab was closed: what was kept for it goes, and no update still queued for it writes its view again. */
    forgetTab(tabId: number) {
      closedTabs.add(tabId);
      dropOldest(closedTabs, MAX_CLOSED_TABS);
      dropTabMemory(tabId);
    },

    /** The learned bands, for Mitate's own pages (kept until observations change; see invalidate). */
    async learnedBenchmarks(): Promise<LearnedBenchmarks> {
      return currentLearned(true);
    },

    /** On worker start-up: writes a stopped worker left in the journal run now. */
    resumeWrites(): Promise<void> {
      return writeQueue.restore();
    },

    /** Writes waiting or failed, for Settings → Storage. */
    async writeQueueStatus(): Promise<RetryStatus> {
      await writeQueue.settled();
      return writeQueue.status();
    },

    /** The seller's "retry now": failed writes included. */
    async retryWrites(): Promise<RetryStatus> {
      await writeQueue.retryAll();
      return writeQueue.status();
    },

    /** The seller gave up on one failed write. */
    async discardWrite(id: string): Promise<RetryStatus> {
      await writeQueue.discard(id);
      return writeQueue.status();
    },

    /** Resolves when the writes in progress have finished (a retry waiting for its time is not waited for). */
    async settled(): Promise<void> {
      await Promise.all([...reading.values()]);
      await Promise.all([...submits]);
      await writeQueue.settled();
    },
  };
}

export type PageService = ReturnType<typeof createPageService>;

async function notedStatuses(db: MitateDb, creatorIds: readonly string[]): Promise<Map<string, NoteStatus>> {
  const notes = await getNotes(db, [...new Set(creatorIds)]);
  return new Map([...notes].map(([id, note]) => [id, note.status]));
}
