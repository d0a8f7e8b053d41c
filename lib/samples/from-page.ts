/**
 * Sample requests read on Seller Center become sample records, pure: the store calls this on every read of the Sample
 * requests page (lib/store/ingest.ts), so tracking from approval to video starts without the seller typing anything.
 *
 * Seller Center's list states a request's status and creation time, not when it was approved or posted [C] (S4
 * samples.py fields, research §7). So the first read that shows a request approved (or completed) dates that step:
 * `approvedAt` / `postedAt` = the time Mitate saw it, never earlier than the truth, so a due date is never too early.
 * Re-reading the same answer changes nothing (null = nothing to write). The seller's own fields (cost, shipping,
 * tracking, refundable, shipped, received, posted) are never touched here.
 */
import type { SampleRequest } from '../model';
import type { SampleRecord } from '../store/records';

/** Page statuses that mean the seller approved the request (lib/seller-center SAMPLE_STATUS words). */
const APPROVED_STATUSES: ReadonlySet<string> = new Set(['content_pending', 'overdue', 'completed']);
const POSTED_STATUS = 'completed';

export function sampleRecordFromRequest(request: SampleRequest, existing: SampleRecord | undefined, now: number): SampleRecord | null {
  const status = request.status ?? existing?.pageStatus ?? null;
  const approved = status != null && APPROVED_STATUSES.has(status);
  const base: SampleRecord = existing ?? {
    id: request.applyId, creatorId: request.creatorId, productId: null, source: 'page', pageStatus: null, refundable: false,
    requestedAt: null, approvedAt: null, shippedAt: null, receivedAt: null, postedAt: null,
    costJpy: null, shippingJpy: null, trackingNo: null, updatedAt: now,
  };
  const next: SampleRecord = {
    ...base,
    creatorId: request.creatorId,
    productId: request.productId ?? base.productId,
    pageStatus: status,
    requestedAt: request.requestedAt ?? base.requestedAt,
    approvedAt: base.approvedAt ?? (approved ? now : null),
    // dated only when Mitate sees the change: a request first read as completed is posted (state) with no date
    postedAt: base.postedAt ?? (status === POSTED_STATUS && existing != null && existing.pageStatus !== POSTED_STATUS ? now : null),
  };
  if (existing && SAMPLE_PAGE_FIELDS.every((field) => existing[field] === next[field])) return null;
  return { ...next, updatedAt: now };
}

const SAMPLE_PAGE_FIELDS = ['creatorId', 'productId', 'pageStatus', 'requestedAt', 'approvedAt', 'postedAt'] as const;
