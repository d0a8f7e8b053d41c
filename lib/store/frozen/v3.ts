/**
 * Records as schema version 3 stores them. FROZEN once released: never edit this file (see v1.ts for why).
 * tests/store/frozen.test.ts checks that the live schemas in records.ts still infer exactly these types, so a live
 * change fails that test until it comes with schema version 4, a v4.ts and a migration.
 */
import type { CreatorV2, CollaborationRecordV2, CostV2 } from './v2';

/** v3 adds "content due" and "paid" to the pipeline. */
export const NOTE_STATUSES_V3 = [
  'candidate', 'invited', 'replied', 'agreement_confirmed', 'sample_sent', 'content_due', 'content_posted', 'paid',
  'long_term_partner', 'declined',
] as const;
export type NoteStatusV3 = (typeof NOTE_STATUSES_V3)[number];

/** One dated status change of a collaboration; a note keeps all of them (earlier states are never replaced). */
export interface TimelineEventV3 {
  /** unique within the note */
  id: string;
  status: NoteStatusV3;
  /** when it happened (the seller may back-date it) */
  at: number;
  /** when it was recorded */
  recordedAt: number;
  /** sample cost (goods + packing), JPY; any event may carry it, normally sample_sent */
  costJpy: number | null;
  shippingJpy: number | null;
  trackingNo: string | null;
  /** content due date, for content_due (or a sample's posting deadline) */
  dueAt: number | null;
  memo: string;
}

export interface NoteV3 {
  creatorId: string;
  text: string;
  /** status of the latest event (the pipeline's current state) */
  status: NoteStatusV3;
  tags: string[];
  rating: number | null;
  nextActionAt: number | null;
  sampleCostJpy: number | null;
  sampleTrackingNo: string | null;
  revision: number;
  fieldRevisions: Record<string, number>;
  updatedAt: number;
  updatedBy: string;
  timeline: TimelineEventV3[];
}

export type CreatorV3 = Omit<CreatorV2, 'status'> & { status: NoteStatusV3 };
export type CollaborationRecordV3 = CollaborationRecordV2;
export type CostV3 = CostV2;

/** New in v3: the seller's cost of goods per product (kept apart from page data, which ingest overwrites). */
export interface ProductCostV3 {
  productId: string;
  /** cost of goods per unit, JPY, tax excluded */
  costOfGoodsJpy: number;
  memo: string;
  updatedAt: number;
}

/** New in v3: one sample, from a Seller Center sample request or recorded by hand. */
export interface SampleRecordV3 {
  id: string;
  creatorId: string;
  productId: string | null;
  source: 'page' | 'manual';
  /** Seller Center's status word (lib/seller-center SAMPLE_STATUS), null for manual samples */
  pageStatus: string | null;
  /** refundable samples get the longer posting window */
  refundable: boolean;
  requestedAt: number | null;
  approvedAt: number | null;
  shippedAt: number | null;
  receivedAt: number | null;
  postedAt: number | null;
  costJpy: number | null;
  shippingJpy: number | null;
  trackingNo: string | null;
  updatedAt: number;
}

export interface SamplePostingRuleV3 {
  approveWithinDays: number;
  postWithinDays: number;
  refundablePostWithinDays: number;
  reminderAfterDays: number;
}

export interface SettingsV3 {
  lang: 'zh_CN' | 'ja' | 'en';
  cnyPerJpy: number | null;
  /** Seller Center's GMV ÷ commission ratio below which a row is flagged; null = off (the v3 default) */
  roiThreshold: number | null;
  /** profit ROI (net profit ÷ marketing cost) below which a row is flagged; null = off (the v3 default: losses are always flagged) */
  profitRoiThreshold: number | null;
  complianceCategory: string | null;
  benchmarkOverrides: unknown[];
  samplePostingRule: SamplePostingRuleV3;
}
