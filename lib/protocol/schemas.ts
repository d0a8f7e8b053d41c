/**
 * Request and response schemas of every message to the background, by sender:
 * - content scripts on Seller Center pages (`contentRequestPayloads`): hand over captured responses, ask for
 *   display-only badge and chip views, open a creator in the side panel. Nothing private comes back.
 * - Mitate's own extension pages (`extensionRequestPayloads`: popup, side panel, dashboard, first-run page):
 *   everything else, including notes, imports, exports, deletions and settings.
 * The background refuses an extension-page request that arrives from a content script (see handler.ts).
 */
import * as z from 'zod/mini';
import { pageDataSchema } from '../model';
import { BENCHMARK_CATEGORY_IDS, OBSERVATION_SOURCES } from '../commission';
import { pageFormatSchema } from '../seller-center/format-report';
import { MAX_CAPTURE_CHARS } from '../bridge/channel';
import { badgeViewSchema, breakEvenViewSchema, chipViewSchema, tabViewSchema } from '../page-view/schemas';
import { MAX_HANDLE_CHARS, MAX_PAGE_URL_CHARS } from '../page-view/push';
import {
  MAX_NOTE_TEXT,
  boundNoteSchema,
  PRUNABLE_STORES,
  SPACE_STORES,
  collaborationRecordSchema,
  costSchema,
  creatorQuerySchema,
  NOTE_FIELDS,
  notePatchSchema,
  noteSchema,
  observationSchema,
  productCostSchema,
  sampleRecordSchema,
  settingsSchema,
  storedPerformanceSchema,
  storedProductSchema,
  timelineEventSchema,
  snapshotSchema,
  storeDataSchema,
  storedCreatorSchema,
  storedOrderSchema,
  STORE_ERROR_CODES,
  STORE_NAMES,
} from '../store';

const id = z.string().check(z.minLength(1), z.maxLength(200));

const handleText = z.string().check(z.minLength(1), z.maxLength(MAX_HANDLE_CHARS));
const pageUrl = z.string().check(z.minLength(1), z.maxLength(MAX_PAGE_URL_CHARS));

/** Requests a content script may send (display-only answers; nothing private). */
export const contentRequestPayloads = {
  ping: z.object({}),
  /** one response the page reader captured: normalised, scored and stored in the background */
  capture: z.object({
    url: pageUrl,
    method: z.string().check(z.maxLength(16)),
    status: z.number().check(z.int()),
    requestBody: z.nullable(z.string().check(z.maxLength(100_000))),
    body: z.string().check(z.maxLength(MAX_CAPTURE_CHARS)),
    /** length of an answer the reader did not hand over because it was over the size bound */
    tooLarge: z.optional(z.nullable(z.number().check(z.int(), z.minimum(0)))),
    /** one id per page load, made by the isolated script: the per-visit bound (lib/store/bounds.ts) counts by it */
    visit: z.optional(z.string().check(z.maxLength(64))),
  }),
  /** badge views for the creator handles on screen (list rows, creator page, samples, plans, orders) */
  creatorBadges: z.object({ url: pageUrl, handles: z.array(handleText).check(z.maxLength(500)) }),
  /** benchmark chips for commission figures on screen; `context` is the text of up to 3 enclosing rows */
  commissionChips: z.object({
    url: pageUrl,
    figures: z.array(z.object({
      rate: z.number().check(z.minimum(0), z.maximum(1)),
      context: z.array(z.string().check(z.maxLength(600))).check(z.maxLength(3)),
    })).check(z.maxLength(300)),
  }),
  /** break-even chips for the commission inputs on collaboration create; same figures as commissionChips */
  breakEvenChips: z.object({
    url: pageUrl,
    figures: z.array(z.object({
      rate: z.number().check(z.minimum(0), z.maximum(1)),
      context: z.array(z.string().check(z.maxLength(600))).check(z.maxLength(3)),
    })).check(z.maxLength(100)),
  }),
  /** the seller clicked a badge's ✎ or score: show that creator in the side panel */
  openCreatorPanel: z.object({ creatorId: z.string().check(z.minLength(1), z.maxLength(200)) }),
  /** an on-page feature threw: recorded for the diagnostics view, the others keep running */
  reportFeatureFailure: z.object({ feature: z.string().check(z.maxLength(64)), message: z.string().check(z.maxLength(500)) }),
} as const;

/** Requests only Mitate's own extension pages may send. */
export const extensionRequestPayloads = {
  openDashboard: z.object({}),
  /** what the side panel shows for a tab: its page kind, creators and orders read there, the creator selected */
  getTabView: z.object({ tabId: z.number().check(z.int(), z.minimum(0)) }),
  selectCreator: z.object({ tabId: z.number().check(z.int(), z.minimum(0)), creatorId: z.nullable(z.string().check(z.maxLength(200))) }),
  listFeatureFailures: z.object({}),
  /** visitId: one page visit (document), for the per-visit bound of lib/store/bounds.ts */
  ingestPageData: z.object({ data: pageDataSchema, visitId: z.optional(id) }),
  getCreator: z.object({ creatorId: id }),
  /** stored records of the creators on a list page, so earlier visits (videos, trend) count on the list */
  getCreators: z.object({ creatorIds: z.array(id).check(z.maxLength(500)) }),
  /** the list's DOM fallback: cards whose response was not seen (cached page) matched to stored creators by handle */
  getCreatorsByHandles: z.object({ handles: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(500)) }),
  saveNote: z.object({
    creatorId: id, baseRevision: z.number().check(z.int(), z.minimum(0)), patch: notePatchSchema, editor: z.string().check(z.minLength(1), z.maxLength(100)),
    baseText: z.optional(z.string().check(z.maxLength(MAX_NOTE_TEXT))),
  }),
  queryCreators: z.object({ query: creatorQuerySchema }),
  listOrders: z.object({ creatorId: z.optional(id), from: z.optional(z.number()), to: z.optional(z.number()) }),
  listCosts: z.object({ creatorId: z.optional(id) }),
  addCost: z.object({ cost: costSchema }),
  deleteCost: z.object({ id }),
  listObservations: z.object({ category: z.optional(z.string().check(z.maxLength(200))) }),
  /** the learned commission bands (a small summary the background learns from the store; never the observations) */
  getLearnedBenchmarks: z.object({}),
  saveCollaboration: z.object({ record: collaborationRecordSchema }),
  setCreatorScore: z.object({ creatorId: id, score: z.nullable(z.number().check(z.minimum(0), z.maximum(100))) }),
  getSettings: z.object({}),
  setSettings: z.object({ patch: z.partial(settingsSchema) }),
  exportAll: z.object({}),
  /** Settings → Storage: count and approximate size of creators, snapshots, observations, notes */
  getStorageSpace: z.object({}),
  pruneStorage: z.object({
    olderThanDays: z.number().check(z.int(), z.minimum(0), z.maximum(36_500)),
    stores: z.array(z.enum(PRUNABLE_STORES)).check(z.minLength(1), z.maxLength(2)),
  }),
  /** the creator's page data; the seller's note and costs only when `withSellerEntries` */
  deleteCreator: z.object({ creatorId: id, withSellerEntries: z.boolean() }),
  /** Settings → Storage: page answers whose store write is waiting for a retry or failed (lib/store/retry-queue.ts) */
  getWriteQueue: z.object({}),
  retryWrites: z.object({}),
  discardWrite: z.object({ id }),
  /** follow-up (issue 17): a dated status change on a creator's timeline */
  addTimelineEvent: z.object({
    creatorId: id, event: z.strictObject(z.omit(timelineEventSchema, { id: true, recordedAt: true }).shape), editor: z.string().check(z.minLength(1), z.maxLength(100)),
  }),
  listProductCosts: z.object({}),
  setProductCost: z.object({ productId: id, costOfGoodsJpy: z.nullable(productCostSchema.shape.costOfGoodsJpy), memo: productCostSchema.shape.memo }),
  listSamples: z.object({ creatorId: z.optional(id) }),
  saveSamples: z.object({ samples: z.array(sampleRecordSchema).check(z.maxLength(1000)) }),
  /** notes with a timeline or next action, samples, product costs and collaborations, for the follow-up views */
  getFollowUp: z.object({}),
  /** Analytics performance rows, for the weekly review */
  listPerformance: z.object({}),
  /** products seen on the page, for the cost-of-goods editor */
  listProducts: z.object({}),
  importPreview: z.object({ format: z.enum(['json', 'csv', 'xlsx']), text: z.string().check(z.maxLength(200_000_000)) }),
  importApply: z.object({ format: z.enum(['json', 'csv', 'xlsx']), text: z.string().check(z.maxLength(200_000_000)) }),
  /** answers Mitate could not read (redacted shapes), for the dashboard's Page formats view */
  listPageFormats: z.object({}),
  clearPageFormats: z.object({}),
} as const;

/** Payload of each request type (the `type` field is added by the union). */
export const requestPayloads = { ...contentRequestPayloads, ...extensionRequestPayloads } as const;
export type ContentRequestType = keyof typeof contentRequestPayloads;
export type ExtensionRequestType = keyof typeof extensionRequestPayloads;
export type RequestType = keyof typeof requestPayloads;
export const CONTENT_REQUEST_TYPES = Object.keys(contentRequestPayloads) as ContentRequestType[];
export function isContentRequestType(type: string): type is ContentRequestType {
  return Object.hasOwn(contentRequestPayloads, type);
}
export const REQUEST_TYPES = Object.keys(requestPayloads) as RequestType[];

const countsSchema = z.object({ added: z.number(), changed: z.number(), unchanged: z.number() });
const storeNameSchema = z.enum(STORE_NAMES as unknown as [string, ...string[]]);
const importSummarySchema = z.object({
  counts: z.record(storeNameSchema, countsSchema),
  samples: z.array(z.object({
    store: storeNameSchema, key: z.string(), change: z.enum(['added', 'changed']), fields: z.array(z.string()),
    /** the creator's @handle or nickname, for a preview in the seller's terms */
    label: z.optional(z.string()),
  })),
});

const writeQueueStatusSchema = z.object({
  pending: z.number(),
  failed: z.array(z.object({ id: z.string(), attempts: z.number(), lastError: z.string(), firstFailedAt: z.number() })),
  refused: z.number(),
});

const learnedBenchmarkSchema = z.object({
  categoryId: z.enum(BENCHMARK_CATEGORY_IDS),
  p25: z.number(), median: z.number(), p75: z.number(),
  n: z.number(), days: z.number(), excludedDays: z.number(),
  from: z.nullable(z.number()), to: z.nullable(z.number()),
  sources: z.record(z.enum(OBSERVATION_SOURCES), z.number()),
  /** at most DAY_POINTS per day seen */
  rates: z.array(z.number()).check(z.maxLength(200_000)),
});

/** Data of each successful response. */
export const responseData = {
  ping: z.object({ pong: z.literal(true), schemaVersion: z.number() }),
  capture: z.object({ read: z.boolean(), creators: z.number(), notice: z.nullable(z.string()) }),
  creatorBadges: z.object({
    badges: z.array(z.object({ handle: z.string(), view: z.nullable(badgeViewSchema) })),
    /** text for cards without data yet, and after the wait is over */
    labels: z.object({ loading: z.string(), unavailable: z.string() }),
  }),
  commissionChips: z.object({ chips: z.array(z.nullable(chipViewSchema)) }),
  breakEvenChips: z.object({ chips: z.array(z.nullable(breakEvenViewSchema)) }),
  openCreatorPanel: z.object({ opened: z.boolean() }),
  reportFeatureFailure: z.object({ recorded: z.literal(true) }),
  openDashboard: z.object({ opened: z.literal(true) }),
  getTabView: tabViewSchema,
  selectCreator: z.object({ saved: z.literal(true) }),
  listFeatureFailures: z.array(z.object({ feature: z.string(), message: z.string(), at: z.number(), count: z.number() })),
  ingestPageData: z.object({
    creators: z.number(), snapshots: z.number(), products: z.number(), collaborations: z.number(), orders: z.number(), observations: z.number(),
    note: z.nullable(boundNoteSchema),
  }),
  getCreators: z.array(storedCreatorSchema),
  getCreatorsByHandles: z.array(storedCreatorSchema),
  getCreator: z.object({
    creator: z.nullable(storedCreatorSchema),
    note: z.nullable(noteSchema),
    snapshots: z.array(snapshotSchema),
    collaborations: z.array(collaborationRecordSchema),
    costs: z.array(costSchema),
  }),
  saveNote: z.object({ note: noteSchema, merged: z.boolean(), conflictFields: z.array(z.enum(NOTE_FIELDS)) }),
  queryCreators: z.object({ rows: z.array(z.object({ creator: storedCreatorSchema, note: z.nullable(noteSchema) })), total: z.number().check(z.int()) }),
  listOrders: z.array(storedOrderSchema),
  listCosts: z.array(costSchema),
  addCost: costSchema,
  deleteCost: z.object({ deleted: z.literal(true) }),
  listObservations: z.array(observationSchema),
  getLearnedBenchmarks: z.partialRecord(z.enum(BENCHMARK_CATEGORY_IDS), learnedBenchmarkSchema),
  saveCollaboration: collaborationRecordSchema,
  setCreatorScore: z.object({ saved: z.literal(true) }),
  getSettings: settingsSchema,
  setSettings: settingsSchema,
  getStorageSpace: z.array(z.object({ store: z.enum(SPACE_STORES), count: z.number(), approxBytes: z.number() })),
  pruneStorage: z.object({ snapshots: z.number(), observations: z.number(), before: z.number() }),
  deleteCreator: z.object({ creator: z.boolean(), snapshots: z.number(), observations: z.number(), note: z.boolean(), costs: z.number() }),
  getWriteQueue: writeQueueStatusSchema,
  retryWrites: writeQueueStatusSchema,
  discardWrite: writeQueueStatusSchema,
  exportAll: z.object({ schema: z.literal('mitate-export'), version: z.number(), exportedAt: z.number(), data: storeDataSchema }),
  addTimelineEvent: noteSchema,
  listProductCosts: z.array(productCostSchema),
  setProductCost: z.nullable(productCostSchema),
  listSamples: z.array(sampleRecordSchema),
  saveSamples: z.array(sampleRecordSchema),
  listPerformance: z.array(storedPerformanceSchema),
  listProducts: z.array(storedProductSchema),
  getFollowUp: z.object({
    notes: z.array(noteSchema), samples: z.array(sampleRecordSchema), productCosts: z.array(productCostSchema), collaborations: z.array(collaborationRecordSchema),
  }),
  importPreview: importSummarySchema,
  importApply: importSummarySchema,
  listPageFormats: z.array(pageFormatSchema),
  clearPageFormats: z.object({ cleared: z.literal(true) }),
} satisfies Record<RequestType, z.ZodMiniType>;

export type RequestPayload<T extends RequestType> = z.input<(typeof requestPayloads)[T]>;
export type ParsedPayload<T extends RequestType> = z.output<(typeof requestPayloads)[T]>;
export type ResponseData<T extends RequestType> = z.output<(typeof responseData)[T]>;

/** The discriminated union of all requests, as sent. */
export type Request = { [T in RequestType]: { type: T } & RequestPayload<T> }[RequestType];
/** The same after validation (defaults filled in). */
export type ParsedRequest = { [T in RequestType]: { type: T } & ParsedPayload<T> }[RequestType];

export const PROTOCOL_ERROR_CODES = [...STORE_ERROR_CODES, 'bad_request', 'bad_response', 'forbidden'] as const;
export const protocolErrorSchema = z.object({
  code: z.enum(PROTOCOL_ERROR_CODES),
  message: z.string(),
  detail: z.optional(z.object({
    store: z.optional(z.string()), index: z.optional(z.number()), field: z.optional(z.string()),
    reason: z.optional(z.string()), name: z.optional(z.string()), value: z.optional(z.string()),
  })),
});
export type ProtocolError = z.infer<typeof protocolErrorSchema>;
export type ProtocolResult<T> = { ok: true; data: T } | { ok: false; error: ProtocolError };

/** The schema of a whole request of one type: payload plus its `type` literal; unknown keys are refused. */
export function requestSchemaOf<T extends RequestType>(type: T) {
  return z.strictObject({ ...requestPayloads[type].shape, type: z.literal(type) });
}

/** All requests as one zod discriminated union (for callers that want a single schema). */
export const requestSchema = z.discriminatedUnion(
  'type',
  REQUEST_TYPES.map((type) => requestSchemaOf(type)) as unknown as [ReturnType<typeof requestSchemaOf<'ping'>>, ...Array<ReturnType<typeof requestSchemaOf<'ping'>>>],
);
