/**
 * What the overlays need from the rest of Mitate: settings, benchmarks, stored records, and saving. Talks to the
 * background worker only through the typed protocol; failures surface as `storageError`, never silently.
 */
import { batch, signal } from '@preact/signals';
import { createClient } from '../../lib/protocol';
import type { Lang } from '../../lib/i18n';
import type { AffiliateOrder, Creator, PageData } from '../../lib/model';
import { buildBenchmarkContext, type BenchmarkContext } from '../../lib/commission';
import { loadBenchmarkContext } from '../app/benchmarks';
import type { CostEntry, RoiThreshold } from '../../lib/roi';
import type { Note, NotePatch, StoredCreator } from '../../lib/store';
import { mergeCreator } from '../../lib/seller-center';
import { assessCreator, type Assessment } from '../../lib/scoring';
import { browserLang, sendToBackground } from '../app/runtime';
import { normaliseHandle, type PageState } from './page-state';

/** Page data is sent to the store in batches, off the page's busy moments. */
const STORE_BATCH_MS = 600;

export interface StoredCreatorInfo {
  creator: StoredCreator | null;
  note: Note | null;
  costs: CostEntry[];
  orders: AffiliateOrder[];
  offers: number[];
}

export function createOverlayServices(state: PageState) {
  const client = createClient(sendToBackground);
  const lang = signal<Lang>(browserLang());
  const cnyPerJpy = signal<number | null>(null);
  const roiThreshold = signal<RoiThreshold>({ roi: 1, profitRoi: 0 });
  const benchmarks = signal<BenchmarkContext>(buildBenchmarkContext([], []));
  const stored = signal(new Map<string, StoredCreatorInfo>());
  const allCostEntries = signal<CostEntry[]>([]);
  const storageError = signal<string | null>(null);
  /** The creator whose note the seller opened from a list badge (the dock shows its editor). */
  const noteCreatorId = signal<string | null>(null);
  /** Bumped to ask the dock to open. */
  const dockRequests = signal(0);
  /** Stored creators found by handle for list cards whose page response Mitate did not see (normalised handle → record). */
  const storedByHandle = signal(new Map<string, StoredCreator>());
  const handlesAsked = new Set<string>();
  const editor = `tab-${Math.random().toString(36).slice(2, 10)}`;
  let pending: PageData | null = null;
  // Records are immutable (every change makes a new object), so object identity is a safe cache key.
  const merged = new WeakMap<Creator, { known: Creator; value: Creator }>();
  const assessments = new WeakMap<Creator, Assessment>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const fail = (message: string) => {
    storageError.value = message;
  };

  async function flush() {
    timer = undefined;
    const data = pending;
    pending = null;
    if (!data) return;
    const result = await client.ingestPageData({ data });
    if (!result.ok) return fail(result.error.message);
    storageError.value = null;
    // Newly seen commission rates may change the learned benchmarks.
    if (result.data.observations > 0) void loadBenchmarks();
    // The stored records merge this page with earlier visits (videos seen on creator pages score the list too).
    const ids = [...new Set(data.creators.map((c) => c.id))].slice(0, 500);
    if (ids.length) await loadStoredCreators(ids);
  }

  async function loadStoredCreators(ids: string[]) {
    const found = await client.getCreators({ creatorIds: ids });
    if (!found.ok) return fail(found.error.message);
    if (!found.data.length) return;
    updateStored(...found.data.map((creator): [string, Partial<StoredCreatorInfo>] => [creator.id, { creator }]));
  }

  async function loadBenchmarks() {
    const loaded = await loadBenchmarkContext(client, currentOverrides);
    if (loaded.error) return fail(loaded.error);
    benchmarks.value = loaded.context;
  }

  /** Replaces parts of creators' stored records, keeping the rest (one new map for the whole batch). */
  function updateStored(...patches: Array<[creatorId: string, patch: Partial<StoredCreatorInfo>]>) {
    const next = new Map(stored.value);
    for (const [creatorId, patch] of patches) {
      next.set(creatorId, { creator: null, note: null, costs: [], orders: [], offers: [], ...next.get(creatorId), ...patch });
    }
    stored.value = next;
  }
  let currentOverrides: unknown = [];

  return {
    lang, cnyPerJpy, roiThreshold, benchmarks, stored, storageError, noteCreatorId, dockRequests, storedByHandle,

    queueForStore(data: PageData) {
      pending = pending ? {
        creators: [...pending.creators, ...data.creators],
        products: [...pending.products, ...data.products],
        collaborations: [...pending.collaborations, ...data.collaborations],
        orders: [...pending.orders, ...data.orders],
      } : data;
      timer ??= setTimeout(() => void flush(), STORE_BATCH_MS);
    },

    /** Sends the waiting batch now: the tab is being hidden or closed, and a timer would not outlive it. */
    flushNow() {
      if (timer !== undefined) clearTimeout(timer);
      void flush();
    },

    async loadSettings() {
      const settings = await client.getSettings({});
      if (!settings.ok) return fail(settings.error.message);
      batch(() => {
        lang.value = settings.data.lang;
        cnyPerJpy.value = settings.data.cnyPerJpy;
        roiThreshold.value = { roi: settings.data.roiThreshold, profitRoi: 0 };
      });
      currentOverrides = settings.data.benchmarkOverrides;
      await loadBenchmarks();
      const costs = await client.listCosts({});
      if (costs.ok) allCostEntries.value = costs.data;
    },

    async loadCreator(creatorId: string) {
      const [bundle, orders] = await Promise.all([client.getCreator({ creatorId }), client.listOrders({ creatorId })]);
      if (!bundle.ok) return fail(bundle.error.message);
      const offers = bundle.data.collaborations.flatMap((c) => {
        const rate = c.agreedCommissionRate ?? c.plan?.products.find((p) => p.commissionRate != null)?.commissionRate ?? null;
        return rate != null ? [rate] : [];
      });
      updateStored([creatorId, {
        creator: bundle.data.creator, note: bundle.data.note, costs: bundle.data.costs,
        orders: orders.ok ? orders.data : [], offers,
      }]);
    },

    async saveNote(creatorId: string, baseRevision: number, patch: NotePatch) {
      const result = await client.saveNote({ creatorId, baseRevision, patch, editor });
      if (result.ok) updateStored([creatorId, { note: result.data.note }]);
      return result;
    },

    /** The page's creator, with videos and trend from earlier visits when this page's response lacks them. */
    withStoredVideos(creator: Creator): Creator {
      const known = stored.value.get(creator.id)?.creator ?? null;
      if (!known) return creator;
      const cached = merged.get(creator);
      if (cached?.known === known) return cached.value;
      const value = mergeCreator(known, creator);
      merged.set(creator, { known, value });
      return value;
    },
    /** One assessment per creator record: badges, the list summary and the panel share it. */
    assessmentOf(creator: Creator): Assessment {
      const record = this.withStoredVideos(creator);
      let assessment = assessments.get(record);
      if (!assessment) assessments.set(record, (assessment = assessCreator(record, { now: Date.now() })));
      return assessment;
    },
    storedCreator(creatorId: string): Creator | null {
      return stored.value.get(creatorId)?.creator ?? null;
    },
    storedOrders(creatorId: string): AffiliateOrder[] {
      return stored.value.get(creatorId)?.orders ?? [];
    },
    storedCosts(creatorId: string): CostEntry[] {
      return stored.value.get(creatorId)?.costs ?? [];
    },
    allCosts(): CostEntry[] {
      return allCostEntries.value;
    },
    offerFor(creatorId: string): number | null {
      const fromPage = [...state.collaborations.value.values()]
        .filter((c) => c.creatorIds.includes(creatorId))
        .flatMap((c) => c.products.flatMap((p) => (p.commissionRate != null ? [p.commissionRate] : [])));
      const offers = [...fromPage, ...(stored.value.get(creatorId)?.offers ?? [])];
      return offers.length ? offers[offers.length - 1]! : null;
    },
    benchmarkFor(category: string | null) {
      return benchmarks.value.benchmarkFor(category);
    },
    /** Looks up, once each, handles of list cards that no page response described. */
    async lookupHandles(handles: string[]) {
      const fresh = [...new Set(handles.map(normaliseHandle))].filter((h) => h && !handlesAsked.has(h)).slice(0, 500);
      if (!fresh.length) return;
      for (const h of fresh) handlesAsked.add(h);
      const found = await client.getCreatorsByHandles({ handles: fresh });
      if (!found.ok) return fail(found.error.message);
      if (!found.data.length) return;
      const next = new Map(storedByHandle.value);
      for (const creator of found.data) if (creator.handle) next.set(normaliseHandle(creator.handle), creator);
      storedByHandle.value = next;
    },
    openNote(creatorId: string) {
      noteCreatorId.value = creatorId;
      dockRequests.value += 1;
      void this.loadCreator(creatorId);
    },
    openDashboard() {
      void client.openDashboard({});
    },
  };
}

export type OverlayServices = ReturnType<typeof createOverlayServices>;
