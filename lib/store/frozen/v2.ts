/**
 * Records as schema version 2 stored them. FROZEN: never edit this file (see v1.ts for why).
 */
import { NOTE_STATUSES_V1, type CreatorV1, type NoteStatusV1 } from './v1';

/** v2 kept the v1 pipeline unchanged. */
export const NOTE_STATUSES_V2 = NOTE_STATUSES_V1;
export type NoteStatusV2 = NoteStatusV1;
export const DEFAULT_NOTE_STATUS_V2: NoteStatusV2 = 'candidate';

/** Editable note fields in v2; each had a revision in fieldRevisions. */
export const NOTE_FIELDS_V2 = ['text', 'status', 'tags', 'rating', 'nextActionAt', 'sampleCostJpy', 'sampleTrackingNo'] as const;

export interface NoteV2 {
  creatorId: string;
  text: string;
  status: NoteStatusV2;
  tags: string[];
  rating: number | null;
  nextActionAt: number | null;
  sampleCostJpy: number | null;
  sampleTrackingNo: string | null;
  revision: number;
  fieldRevisions: Record<string, number>;
  updatedAt: number;
  updatedBy: string;
}

/** v2 creator: v1 creator plus bookkeeping and sort keys. */
export interface CreatorV2 extends CreatorV1 {
  firstSeenAt: number;
  status: NoteStatusV2;
  score: number | null;
  handleKey: string;
  scoreKey: number;
}

export interface CollaborationRecordV2 {
  id: string;
  planId: string | null;
  plan: unknown;
  creatorIds: string[];
  productId: string | null;
  agreedCommissionRate: number | null;
  sampleCostJpy: number | null;
  shippingCostJpy: number | null;
  trackingNo: string | null;
  agreedAt: number | null;
  sampleSentAt: number | null;
  postedAt: number | null;
  endsAt: number | null;
  memo: string;
  updatedAt: number;
}

export interface CostV2 {
  id: string;
  creatorId?: string;
  productId?: string;
  collaborationId?: string;
  kind: 'sample' | 'shipping' | 'other';
  amountJpy: number;
  at: number;
  memo: string;
}

/** v2 settings keys; roiThreshold was GMV ÷ commission with default 1, a level no real row falls under. */
export interface SettingsV2 {
  lang: 'zh_CN' | 'ja' | 'en';
  cnyPerJpy: number | null;
  roiThreshold: number;
  complianceCategory: string | null;
  benchmarkOverrides: unknown[];
}
