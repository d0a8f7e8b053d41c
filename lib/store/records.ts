/**
 * Shapes of the records Mitate keeps in IndexedDB (schema version 3, the current one; frozen copy in frozen/v3.ts).
 * All are zod schemas so imports and protocol messages are validated with the same rules the store relies on.
 */
import * as z from 'zod/mini';
import { OBSERVATION_SOURCES, commissionOverridesSchema } from '../commission';
import { affiliateOrderSchema, collaborationSchema, creatorSchema, fraction, knownNumber, performanceRowSchema, productSchema } from '../model';
import { DEFAULT_SAMPLE_POSTING_RULE, samplePostingRuleSchema } from '../samples/rule';

export const DB_NAME = 'mitate';

/** The collaboration pipeline, in the order a seller usually walks it. */
export const NOTE_STATUSES = [
  'candidate',
  'invited',
  'replied',
  /** agreement confirmed in writing (message or mail), not just a verbal yes */
  'agreement_confirmed',
  /** sample shipped: the event carries its cost, shipping and tracking number */
  'sample_sent',
  /** content agreed with a due date (the event's dueAt) */
  'content_due',
  'content_posted',
  /** the creator's commission or fee is paid */
  'paid',
  'long_term_partner',
  'declined',
] as const;
export const noteStatusSchema = z.enum(NOTE_STATUSES);
export type NoteStatus = z.infer<typeof noteStatusSchema>;
export const DEFAULT_NOTE_STATUS: NoteStatus = 'candidate';

/** Fields of a note that an editor can change; each keeps the revision at which it last changed (for merging). */
export const NOTE_FIELDS = ['text', 'status', 'tags', 'rating', 'nextActionAt', 'sampleCostJpy', 'sampleTrackingNo'] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];

// zod 4 numbers reject ±Infinity by default, so the old .finite() calls were no-ops and are gone
const epochMs = z.number().check(z.int());
const yen = z.number().check(z.int());

/** Caps so a note stays small whatever an import holds (plain-notes.ts checks the same). */
export const MAX_TIMELINE_EVENTS = 200;
export const MAX_NOTE_TEXT = 100_000;
export const MAX_NOTE_TAGS = 50;
export const MAX_TAG_LENGTH = 40;
/** a tracking number, the last writer's id */
export const MAX_SHORT_TEXT = 200;
export const MAX_EVENT_ID = 100;
export const MAX_EVENT_MEMO = 2_000;

export const noteTagSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TAG_LENGTH));

export const timelineEventSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(MAX_EVENT_ID)),
  status: noteStatusSchema,
  at: epochMs,
  recordedAt: epochMs,
  costJpy: z.nullable(yen.check(z.minimum(0))),
  shippingJpy: z.nullable(yen.check(z.minimum(0))),
  trackingNo: z.nullable(z.string().check(z.maxLength(MAX_SHORT_TEXT))),
  dueAt: z.nullable(epochMs),
  memo: z.string().check(z.maxLength(MAX_EVENT_MEMO)),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const noteSchema = z.object({
  creatorId: z.string().check(z.minLength(1)),
  text: z.string().check(z.maxLength(MAX_NOTE_TEXT)),
  status: noteStatusSchema,
  tags: z.array(noteTagSchema).check(z.maxLength(MAX_NOTE_TAGS)),
  rating: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(5))),
  nextActionAt: z.nullable(epochMs),
  sampleCostJpy: z.nullable(yen),
  sampleTrackingNo: z.nullable(z.string().check(z.maxLength(MAX_SHORT_TEXT))),
  /** starts at 1 and goes up by one on every save (optimistic concurrency) */
  revision: z.number().check(z.int(), z.minimum(1)),
  /** revision at which each field last changed; lets saveNote tell which fields the other writer touched */
  fieldRevisions: z.record(z.string(), z.number().check(z.int(), z.minimum(0))),
  updatedAt: epochMs,
  /** tab/session id of the last writer */
  updatedBy: z.string(),
  /** every dated status change, oldest first; a v2 export without it imports as [] */
  timeline: z._default(z.array(timelineEventSchema).check(z.maxLength(MAX_TIMELINE_EVENTS)), []),
});
export type Note = z.infer<typeof noteSchema>;

export const notePatchSchema = z.partial(
  z.strictObject({
    text: noteSchema.shape.text,
    status: noteStatusSchema,
    tags: noteSchema.shape.tags,
    rating: noteSchema.shape.rating,
    nextActionAt: noteSchema.shape.nextActionAt,
    sampleCostJpy: noteSchema.shape.sampleCostJpy,
    sampleTrackingNo: noteSchema.shape.sampleTrackingNo,
  }),
);
export type NotePatch = z.infer<typeof notePatchSchema>;

/** Verdicts of lib/scoring's Creator Score, as stored on the creator for the dashboard's verdict column and filter. */
export const STORED_VERDICTS = ['healthy', 'suspicious', 'likely_fake', 'insufficient_data'] as const;
export type StoredVerdict = (typeof STORED_VERDICTS)[number];

/**
 * A creator as stored: the latest normalised Creator plus bookkeeping and sort keys.
 * `status` mirrors the note's status so the dashboard can filter/sort on an index without reading notes.
 * `handleKey`/`scoreKey` exist because IndexedDB leaves null keys out of an index; with them every
 * creator appears in every sort index.
 */
export const storedCreatorSchema = z.extend(creatorSchema, {
  firstSeenAt: epochMs,
  updatedAt: epochMs,
  status: noteStatusSchema,
  /** quality score 0-100 set by the scoring module, null = not scored yet */
  score: knownNumber,
  /** verdict of the shown check with that score; absent on records scored before verdicts were kept = unknown */
  verdict: z.optional(z.nullable(z.enum(STORED_VERDICTS))),
  handleKey: z.string(),
  scoreKey: z.number(),
});
export type StoredCreator = z.infer<typeof storedCreatorSchema>;

/** Metrics kept over time per creator, so benchmarks and trends build up. */
export const snapshotMetricsSchema = z.object({
  followers: knownNumber,
  gmvJpy: knownNumber,
  gpmJpy: knownNumber,
  unitsSold: knownNumber,
  avgViews: knownNumber,
  medianViews: knownNumber,
  engagementRate: fraction,
  medianCommissionRate: fraction,
  videosLast30d: knownNumber,
});
export type SnapshotMetrics = z.infer<typeof snapshotMetricsSchema>;
export const snapshotSchema = z.object({
  id: z.number().check(z.int(), z.minimum(1)),
  creatorId: z.string(),
  at: epochMs,
  metrics: snapshotMetricsSchema,
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/**
 * One collaboration: either a Seller Center plan seen on the page (`plan` set, id `plan:<planId>`) or a deal the
 * seller records by hand. The seller's own fields (sample cost, tracking, dates) survive later page ingests.
 */
export const collaborationRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  planId: z.nullable(z.string()),
  plan: z.nullable(collaborationSchema),
  /** every creator this record concerns; multiEntry index */
  creatorIds: z.array(z.string()),
  productId: z.nullable(z.string()),
  agreedCommissionRate: fraction,
  sampleCostJpy: z.nullable(yen),
  shippingCostJpy: z.nullable(yen),
  trackingNo: z.nullable(z.string()),
  agreedAt: z.nullable(epochMs),
  sampleSentAt: z.nullable(epochMs),
  postedAt: z.nullable(epochMs),
  endsAt: z.nullable(epochMs),
  memo: z.string(),
  updatedAt: epochMs,
});
export type CollaborationRecord = z.infer<typeof collaborationRecordSchema>;

export const COST_KINDS = ['sample', 'shipping', 'other'] as const;
export const costSchema = z.object({
  id: z.string().check(z.minLength(1)),
  creatorId: z.optional(z.string()),
  productId: z.optional(z.string()),
  collaborationId: z.optional(z.string()),
  kind: z.enum(COST_KINDS),
  amountJpy: yen,
  at: epochMs,
  memo: z.string().check(z.maxLength(2000)),
});
export type Cost = z.infer<typeof costSchema>;

/** The seller's cost of goods per product (v3): kept apart from page data, which ingest overwrites. */
export const productCostSchema = z.object({
  productId: z.string().check(z.minLength(1), z.maxLength(200)),
  /** per unit, JPY, tax excluded */
  costOfGoodsJpy: yen.check(z.minimum(0)),
  memo: z.string().check(z.maxLength(2000)),
  updatedAt: epochMs,
});
export type ProductCost = z.infer<typeof productCostSchema>;

export const SAMPLE_SOURCES = ['page', 'manual'] as const;
/** One sample (v3), from a Seller Center sample request (`source: 'page'`, id = its apply id) or recorded by hand. */
export const sampleRecordSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  creatorId: z.string().check(z.minLength(1), z.maxLength(200)),
  productId: z.nullable(z.string().check(z.maxLength(200))),
  source: z.enum(SAMPLE_SOURCES),
  pageStatus: z.nullable(z.string().check(z.maxLength(50))),
  refundable: z.boolean(),
  requestedAt: z.nullable(epochMs),
  approvedAt: z.nullable(epochMs),
  shippedAt: z.nullable(epochMs),
  receivedAt: z.nullable(epochMs),
  postedAt: z.nullable(epochMs),
  costJpy: z.nullable(yen.check(z.minimum(0))),
  shippingJpy: z.nullable(yen.check(z.minimum(0))),
  trackingNo: z.nullable(z.string().check(z.maxLength(200))),
  updatedAt: epochMs,
});
export type SampleRecord = z.infer<typeof sampleRecordSchema>;

/**
 * An Analytics performance row as stored (v5), keyed by kind, id and period so re-reading the same view replaces it.
 * Page data, re-read on every visit: a later field added to PerformanceRow needs no migration (older rows lack it).
 */
export const storedPerformanceSchema = z.extend(performanceRowSchema, { key: z.string().check(z.minLength(1)), updatedAt: epochMs });
export type StoredPerformance = z.infer<typeof storedPerformanceSchema>;
export function performanceKey(row: { kind: string; id: string; periodStart: number | null; periodEnd: number | null }): string {
  return `${row.kind}:${row.id}:${row.periodStart ?? ''}:${row.periodEnd ?? ''}`;
}

export const storedProductSchema = z.extend(productSchema, { updatedAt: epochMs });
export type StoredProduct = z.infer<typeof storedProductSchema>;

/** `skuKey` is skuId or '' because an IndexedDB key may not contain null. */
export const storedOrderSchema = z.extend(affiliateOrderSchema, { skuKey: z.string(), updatedAt: epochMs });
export type StoredOrder = z.infer<typeof storedOrderSchema>;

/** Where a commission rate was seen; the commission module learns benchmarks from these. */
export { OBSERVATION_SOURCES } from '../commission';
/** A commission rate seen on the page. `id` = source:sourceId:category so re-reading the same page does not double count. */
export const observationSchema = z.object({
  id: z.string(),
  category: z.nullable(z.string()),
  rate: z.number(),
  source: z.enum(OBSERVATION_SOURCES),
  sourceId: z.string(),
  seenAt: epochMs,
});
export type Observation = z.infer<typeof observationSchema>;

export const LANG_VALUES = ['zh_CN', 'ja', 'en'] as const;
export const settingsSchema = z.object({
  lang: z.enum(LANG_VALUES),
  /** CNY per 1 JPY, null = do not show CNY */
  cnyPerJpy: z.nullable(z.number().check(z.positive())),
  /** Seller Center's GMV ÷ commission below this is flagged; null = off (v2's default 1 never fired: real rows run ~8×) */
  roiThreshold: z.nullable(z.number().check(z.minimum(0))),
  /** profit ROI (net profit ÷ marketing cost) below this is flagged; null = off (losses are always flagged, lib/roi/warnings.ts) */
  profitRoiThreshold: z.nullable(z.number().check(z.minimum(-1), z.maximum(100))),
  /** product category used by the ad-copy compliance check, null = ask */
  complianceCategory: z.nullable(z.string()),
  /** seller's own commission benchmarks by category, as fractions */
  benchmarkOverrides: commissionOverridesSchema,
  /** the seller's sample posting window (lib/samples/rule.ts, [G] defaults) */
  samplePostingRule: samplePostingRuleSchema,
});
export type Settings = z.infer<typeof settingsSchema>;
export const settingKeySchema = z.keyof(settingsSchema);
export type SettingKey = keyof Settings;
/** Defaults: Chinese first (most sellers), no CNY until the seller sets a rate, warn on loss-making rows. */
export const DEFAULT_SETTINGS: Settings = {
  lang: 'zh_CN',
  cnyPerJpy: null,
  roiThreshold: null,
  profitRoiThreshold: null,
  complianceCategory: null,
  benchmarkOverrides: [],
  samplePostingRule: { ...DEFAULT_SAMPLE_POSTING_RULE },
};
export const settingRecordSchema = z.object({ key: settingKeySchema, value: z.unknown() });
export type SettingRecord = { key: SettingKey; value: unknown };
