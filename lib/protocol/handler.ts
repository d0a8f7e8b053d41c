/** Background side: validate, dispatch to lib/store, answer `{ ok, data } | { ok: false, error }`. Never throws. */
import { applyImportFile, buildExportEnvelope, previewImportFile } from '../export';
import {
  addCost,
  CURRENT_VERSION,
  deleteCost,
  dumpAll,
  getCreatorBundle,
  getCreators,
  getCreatorsByHandles,
  getSettings,
  ingestPageData,
  listCosts,
  listObservations,
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
} from '../store';
import {
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

export interface HandlerDeps {
  /** opened (and cached) database, e.g. `() => openMitateDb(indexedDB)` in the background */
  openDb: () => Promise<MitateDb>;
  now: () => number;
  /** opens the options page (a browser action, so the background passes it in) */
  openDashboard?: () => Promise<void>;
  /** quality score of a stored creator (lib/scoring), kept on the record so the dashboard can sort by it */
  scoreCreator?: (creator: StoredCreator) => number | null;
}

type Handlers = { [T in RequestType]: (db: MitateDb, payload: ParsedPayload<T>) => Promise<ResponseData<T>> };

export function createHandler(deps: HandlerDeps): (raw: unknown) => Promise<ProtocolResult<unknown>> {
  const handlers: Handlers = {
    ping: async () => ({ pong: true, schemaVersion: CURRENT_VERSION }),
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
    saveNote: (db, p) => saveNote(db, p, deps.now()),
    queryCreators: (db, p) => queryCreators(db, p.query),
    listOrders: (db, p) => listOrders(db, p),
    listCosts: (db, p) => listCosts(db, p),
    addCost: (db, p) => addCost(db, p.cost),
    deleteCost: async (db, p) => {
      await deleteCost(db, p.id);
      return { deleted: true };
    },
    listObservations: (db, p) => listObservations(db, p),
    saveCollaboration: (db, p) => saveCollaboration(db, p.record),
    setCreatorScore: async (db, p) => {
      await setCreatorScore(db, p.creatorId, p.score);
      return { saved: true };
    },
    getSettings: (db) => getSettings(db),
    setSettings: (db, p) => setSettings(db, p.patch),
    exportAll: async (db) => buildExportEnvelope(await dumpAll(db), deps.now()),
    importPreview: (db, p) => previewImportFile(db, p, deps.now()),
    importApply: (db, p) => applyImportFile(db, p, deps.now()),
  };
  return async (raw) => {
    const parsed = parseRequest(raw);
    if (!parsed.ok) return parsed;
    const { type, ...payload } = parsed.request;
    try {
      const db = await deps.openDb();
      const run = handlers[type] as (db: MitateDb, payload: unknown) => Promise<unknown>;
      return { ok: true, data: await run(db, payload) };
    } catch (error) {
      const storeError = toStoreError(error);
      return { ok: false, error: storeError.toJSON() };
    }
  };
}
