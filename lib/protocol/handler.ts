/** Background side: validate, dispatch to lib/store, answer `{ ok, data } | { ok: false, error }`. Never throws. */
import { applyImportFile, buildExportEnvelope, previewImportFile } from '../export';
import {
  addCost,
  addTimelineEvent,
  getFollowUpData,
  listPerformance,
  listProducts,
  listProductCosts,
  listSamples,
  saveSamples,
  setProductCost,
  CURRENT_VERSION,
  deleteCost,
  deleteCreator,
  dumpAll,
  pruneOlderThan,
  storageSpace,
  getCreatorBundle,
  getCreators,
  getCreatorsByHandles,
  getSettings,
  DEFAULT_SETTINGS,
  type Settings,
  ingestPageData,
  listCosts,
  listObservations,
  learnFromStore,
  listPageFormats,
  clearPageFormats,
  listOrders,
  queryCreators,
  saveCollaboration,
  saveNote,
  rescoreCreators,
  setCreatorScore,
  setSettings,
  toStoreError,
  type MitateDb,
  type StoredCreator,
  type CreatorScoreResult,
} from '../store';
import type { NoteChange, PageService } from '../page-view';
import {
  isContentRequestType,
  requestPayloads,
  requestSchemaOf,
  type ParsedPayload,
  type ParsedRequest,
  type ProtocolError,
  type ProtocolResult,
  type RequestType,
  type ResponseData,
} from './schemas';

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): ProtocolError {
  const field = issue?.path.map(String).join('.') ?? '';
  return { code: 'bad_request', message: `Invalid message field "${field}": ${issue?.message ?? 'invalid'}`, detail: field ? { field } : undefined };
}

/** Validates an incoming message. Unknown types, missing or extra fields are refused as a whole. */
export function parseRequest(raw: unknown): { ok: true; request: ParsedRequest } | { ok: false; error: ProtocolError } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: { code: 'bad_request', message: 'Message must be an object' } };
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(requestPayloads, type)) {
    return { ok: false, error: { code: 'bad_request', message: `Unknown message type ${JSON.stringify(type)}`, detail: { field: 'type' } } };
  }
  const parsed = requestSchemaOf(type as RequestType).safeParse(raw);
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.error.issues[0]) };
  return { ok: true, request: parsed.data as ParsedRequest };
}

/** Who sent a message, as the background determined it from the browser's sender record (never from the message). */
export type Sender = { from: 'extension' } | { from: 'content'; tabId: number };

export interface FeatureFailure {
  feature: string;
  message: string;
  at: number;
  count: number;
}

export interface HandlerDeps {
  /** opened (and cached) database, e.g. `() => openMitateDb(indexedDB)` in the background */
  openDb: () => Promise<MitateDb>;
  now: () => number;
  /** opens the options page (a browser action, so the background passes it in) */
  openDashboard?: () => Promise<void>;
  /** quality score of a stored creator (lib/scoring), kept on the record so the dashboard can sort by it */
  scoreCreator?: (creator: StoredCreator) => CreatorScoreResult;
  /** the UI language until the seller picks one: the browser's (components/app/runtime.ts browserLang) */
  defaultLang?: () => Settings['lang'];
  /** the background's service for Seller Center pages (captures, badges, chips, per-tab views) */
  page?: PageService;
  /** opens the side panel on a tab; false when the browser refused (no user gesture, no side panel) */
  openSidePanel?: (tabId: number) => Promise<boolean>;
  /** settings or stored data changed (an import, a deletion, a prune): open pages and tabs refresh (the background bumps a watched key) */
  onSettingsChanged?: () => void;
  /** a note was saved or given a timeline entry: other open editors of that creator load it (the background announces it) */
  onNoteChanged?: (change: NoteChange) => void;
}


const MAX_FEATURE_FAILURES = 50;

type Handlers = { [T in RequestType]: (db: MitateDb, payload: ParsedPayload<T>, sender: Sender) => Promise<ResponseData<T>> };

export type MessageHandler = (raw: unknown, sender?: Sender) => Promise<ProtocolResult<unknown>>;

export function createHandler(deps: HandlerDeps): MessageHandler {
  const settingsDefaults = (): Settings => (deps.defaultLang ? { ...DEFAULT_SETTINGS, lang: deps.defaultLang() } : DEFAULT_SETTINGS);
  const failures: FeatureFailure[] = [];
  const page = () => {
    if (!deps.page) throw new Error('No page service in this context');
    return deps.page;
  };
  const tabOf = (sender: Sender) => {
    if (sender.from !== 'content') throw new Error('Only a Seller Center tab can send this');
    return sender.tabId;
  };
  const handlers: Handlers = {
    ping: async () => ({ pong: true, schemaVersion: CURRENT_VERSION }),
    capture: (_db, p, sender) => page().capture(tabOf(sender), p),
    creatorBadges: (_db, p, sender) => page().creatorBadges(tabOf(sender), p),
    commissionChips: (_db, p, sender) => page().commissionChips(tabOf(sender), p),
    breakEvenChips: (_db, p, sender) => page().breakEvenChips(tabOf(sender), p),
    openCreatorPanel: async (_db, p, sender) => {
      const tabId = tabOf(sender);
      await page().selectCreator(tabId, p.creatorId);
      return { opened: deps.openSidePanel ? await deps.openSidePanel(tabId) : false };
    },
    reportFeatureFailure: async (_db, p) => {
      const known = failures.find((f) => f.feature === p.feature && f.message === p.message);
      if (known) {
        known.count += 1;
        known.at = deps.now();
      } else {
        failures.push({ feature: p.feature, message: p.message, at: deps.now(), count: 1 });
        if (failures.length > MAX_FEATURE_FAILURES) failures.shift();
      }
      return { recorded: true };
    },
    getTabView: (_db, p) => page().getTabView(p.tabId),
    selectCreator: async (_db, p) => {
      await page().selectCreator(p.tabId, p.creatorId);
      return { saved: true };
    },
    listFeatureFailures: async () => failures.map((f) => ({ ...f })),
    openDashboard: async () => {
      await deps.openDashboard?.();
      return { opened: true };
    },
    ingestPageData: async (db, p) => {
      const result = await ingestPageData(db, p.data, deps.now(), { visitId: p.visitId ?? null });
      if (deps.scoreCreator) await rescoreCreators(db, p.data.creators.map((c) => c.id), deps.scoreCreator);
      return result;
    },
    getCreator: (db, p) => getCreatorBundle(db, p.creatorId),
    getCreators: (db, p) => getCreators(db, p.creatorIds),
    getCreatorsByHandles: (db, p) => getCreatorsByHandles(db, p.handles),
    saveNote: async (db, p) => {
      const saved = await saveNote(db, p, deps.now());
      deps.page?.noteSaved(p.creatorId, saved.note.status);
      deps.onNoteChanged?.({ creatorId: p.creatorId, revision: saved.note.revision, editor: p.editor });
      return saved;
    },
    queryCreators: (db, p) => queryCreators(db, p.query),
    listOrders: (db, p) => listOrders(db, p),
    listCosts: (db, p) => listCosts(db, p),
    addCost: (db, p) => addCost(db, p.cost),
    deleteCost: async (db, p) => {
      await deleteCost(db, p.id);
      return { deleted: true };
    },
    listObservations: (db, p) => listObservations(db, p),
    getLearnedBenchmarks: (db) => (deps.page ? deps.page.learnedBenchmarks() : learnFromStore(db)),
    saveCollaboration: (db, p) => saveCollaboration(db, p.record),
    setCreatorScore: async (db, p) => {
      await setCreatorScore(db, p.creatorId, p.score);
      return { saved: true };
    },
    getSettings: (db) => getSettings(db, settingsDefaults()),
    setSettings: async (db, p) => {
      const saved = await setSettings(db, p.patch, settingsDefaults());
      deps.page?.invalidate();
      deps.onSettingsChanged?.();
      return saved;
    },
    getStorageSpace: (db) => storageSpace(db),
    pruneStorage: async (db, p) => {
      const pruned = await pruneOlderThan(db, p.olderThanDays, p.stores, deps.now());
      deps.page?.invalidate(); // learned benchmarks change with the observations
      deps.onSettingsChanged?.();
      return pruned;
    },
    deleteCreator: async (db, p) => {
      const deleted = await deleteCreator(db, p.creatorId, { withSellerEntries: p.withSellerEntries });
      deps.page?.forgetCreator(p.creatorId);
      deps.page?.invalidate();
      // open pages ask for their views again: the deleted creator's badge must not stay as it was
      deps.onSettingsChanged?.();
      return deleted;
    },
    // no page service (a context that reads no pages): nothing can be waiting
    getWriteQueue: async () => (deps.page ? deps.page.writeQueueStatus() : { pending: 0, failed: [], refused: 0 }),
    retryWrites: () => page().retryWrites(),
    discardWrite: (_db, p) => page().discardWrite(p.id),
    exportAll: async (db) => buildExportEnvelope(await dumpAll(db), deps.now()),
    addTimelineEvent: async (db, p) => {
      const note = await addTimelineEvent(db, p, deps.now());
      // a status recorded on the timeline shows on the page's badges as a saved note's does
      deps.page?.noteSaved(p.creatorId, note.status);
      deps.onNoteChanged?.({ creatorId: p.creatorId, revision: note.revision, editor: p.editor });
      return note;
    },
    listProductCosts: (db) => listProductCosts(db),
    setProductCost: (db, p) => setProductCost(db, p.productId, p.costOfGoodsJpy, p.memo, deps.now()),
    listSamples: (db, p) => listSamples(db, p),
    // the dashboard's form (and anything sent over messaging) is the seller's own edit: empty fields clear
    saveSamples: (db, p) => saveSamples(db, p.samples, 'seller'),
    getFollowUp: (db) => getFollowUpData(db),
    listPerformance: (db) => listPerformance(db),
    listProducts: (db) => listProducts(db),
    importPreview: (db, p) => previewImportFile(db, p, deps.now()),
    importApply: async (db, p) => {
      const applied = await applyImportFile(db, p, deps.now());
      deps.page?.invalidate();
      deps.onSettingsChanged?.();
      return applied;
    },    listPageFormats: (db) => listPageFormats(db),
    clearPageFormats: async (db) => {
      await clearPageFormats(db);
      return { cleared: true };
    },
  };
  return async (raw, sender = { from: 'extension' }) => {
    const parsed = parseRequest(raw);
    if (!parsed.ok) return parsed;
    const { type, ...payload } = parsed.request;
    // A Seller Center page's content script may only ask for display-only views; notes, imports, exports,
    // deletions and settings belong to Mitate's own pages.
    if (sender.from === 'content' && !isContentRequestType(type)) {
      return { ok: false, error: { code: 'forbidden', message: `${type} is not available to Seller Center pages` } };
    }
    try {
      const db = await deps.openDb();
      const run = handlers[type] as (db: MitateDb, payload: unknown, sender: Sender) => Promise<unknown>;
      return { ok: true, data: await run(db, payload, sender) };
    } catch (error) {
      const storeError = toStoreError(error);
      return { ok: false, error: storeError.toJSON() };
    }
  };
}
