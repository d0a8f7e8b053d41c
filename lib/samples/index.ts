/**
 * Sample tracking, pure: from a sample's dates and the seller's posting-window rule (rule.ts, [G]) to its due dates,
 * its state today, the creators who took samples and never posted, and samples per resulting GMV.
 * Days are Tokyo calendar days: a sample received on the 1st with a 14-day window is due on the 15th and overdue on
 * the 16th, whatever the hour.
 */
import { appendAll } from '../collections';
import type { AffiliateOrder } from '../model';
import { tokyoDayNumber, tokyoDayStart } from '../format/tokyo-time';
import type { Note, SampleRecord } from '../store/records';
import type { SamplePostingRule } from './rule';

export { DEFAULT_SAMPLE_POSTING_RULE, samplePostingRuleSchema, type SamplePostingRule } from './rule';

/** A sample as tracked: a stored sample record, or a "sample sent" event of a note's timeline. */
export type TrackedSample = Pick<
  SampleRecord,
  'id' | 'creatorId' | 'productId' | 'source' | 'pageStatus' | 'refundable' | 'requestedAt' | 'approvedAt' | 'shippedAt' |
  'receivedAt' | 'postedAt' | 'costJpy' | 'shippingJpy'
>;

/** Seller Center states after which there is nothing left to track (lib/seller-center SAMPLE_STATUS words). */
const CLOSED_PAGE_STATUSES = new Set(['rejected', 'expired', 'canceled']);
const POSTED_PAGE_STATUS = 'completed';

export type SampleState =
  /** requested, not yet approved, still within the approval window */
  | 'awaiting_approval'
  /** requested and the approval window has passed */
  | 'approval_overdue'
  /** approved or shipped, inside the posting window, before the reminder day */
  | 'waiting'
  /** past the reminder day, not yet due */
  | 'reminder_due'
  /** past the posting deadline without a post */
  | 'overdue'
  | 'posted'
  /** rejected, expired or cancelled on Seller Center */
  | 'closed';

export interface SampleDue {
  /** the instant the posting clock starts from: received, else shipped, else approved */
  clockFrom: number | null;
  clockBasis: 'received' | 'shipped' | 'approved' | null;
  /** last Tokyo day to approve (start of that day), when the request date is known */
  approveBy: number | null;
  /** first Tokyo day a reminder may be sent */
  remindFrom: number | null;
  /** last Tokyo day to post */
  postBy: number | null;
}

export function sampleDue(sample: TrackedSample, rule: SamplePostingRule): SampleDue {
  const clockBasis = sample.receivedAt != null ? 'received' : sample.shippedAt != null ? 'shipped' : sample.approvedAt != null ? 'approved' : null;
  const clockFrom = sample.receivedAt ?? sample.shippedAt ?? sample.approvedAt ?? null;
  const approveBy = sample.requestedAt != null ? tokyoDayStart(tokyoDayNumber(sample.requestedAt) + rule.approveWithinDays) : null;
  if (clockFrom == null) return { clockFrom, clockBasis, approveBy, remindFrom: null, postBy: null };
  const startDay = tokyoDayNumber(clockFrom);
  const window = sample.refundable ? rule.refundablePostWithinDays : rule.postWithinDays;
  return {
    clockFrom, clockBasis, approveBy,
    // "one reminder after day 5": from day 6 of the window
    remindFrom: tokyoDayStart(startDay + rule.reminderAfterDays + 1),
    postBy: tokyoDayStart(startDay + window),
  };
}

export function sampleState(sample: TrackedSample, now: number, rule: SamplePostingRule): SampleState {
  if (sample.postedAt != null || sample.pageStatus === POSTED_PAGE_STATUS) return 'posted';
  if (sample.pageStatus != null && CLOSED_PAGE_STATUSES.has(sample.pageStatus)) return 'closed';
  const due = sampleDue(sample, rule);
  const today = tokyoDayNumber(now);
  if (due.clockFrom == null) {
    return due.approveBy != null && today > tokyoDayNumber(due.approveBy) ? 'approval_overdue' : 'awaiting_approval';
  }
  if (sample.pageStatus === 'overdue' || (due.postBy != null && today > tokyoDayNumber(due.postBy))) return 'overdue';
  if (due.remindFrom != null && today >= tokyoDayNumber(due.remindFrom)) return 'reminder_due';
  return 'waiting';
}

/**
 * Samples recorded on a note's timeline ("sample sent" events). Posted = the first "content posted" (or paid)
 * event dated on or after the sample. Ids are `note:<creatorId>:<eventId>`.
 */
export function samplesFromNote(note: Note): TrackedSample[] {
  const out: TrackedSample[] = [];
  for (const event of note.timeline) {
    if (event.status !== 'sample_sent') continue;
    const posted = note.timeline.find((e) => (e.status === 'content_posted' || e.status === 'paid') && e.at >= event.at);
    out.push({
      id: `note:${note.creatorId}:${event.id}`, creatorId: note.creatorId, productId: null, source: 'manual', pageStatus: null,
      refundable: false, requestedAt: null, approvedAt: null, shippedAt: event.at, receivedAt: null,
      postedAt: posted?.at ?? null, costJpy: event.costJpy, shippingJpy: event.shippingJpy,
    });
  }
  return out;
}

/**
 * Every sample to track: stored records, plus timeline samples of creators who have no stored record (a seller who
 * approves on Seller Center and also notes "sample sent" would otherwise see the same sample twice). A stored record
 * whose creator's timeline shows a post after it counts as posted. A record with no shipping date and no cost of its
 * own takes them from the creator's first "sample sent" event dated on or after its approval (or request): the seller
 * noted the shipment in the side panel, so the posting clock starts there and the sample shows its cost (counted
 * once in profit: lib/roi/costs.ts reads the event, not this merged view).
 */
export function trackedSamples(records: readonly SampleRecord[], notes: readonly Note[]): TrackedSample[] {
  const withRecord = new Set(records.map((r) => r.creatorId));
  const notesByCreator = new Map(notes.map((n) => [n.creatorId, n]));
  const out: TrackedSample[] = records.map((stored) => {
    const timeline = notesByCreator.get(stored.creatorId)?.timeline ?? [];
    let record: TrackedSample = stored;
    if (stored.shippedAt == null && stored.costJpy == null && stored.shippingJpy == null) {
      const from = stored.approvedAt ?? stored.requestedAt ?? -Infinity;
      const sent = timeline.find((e) => e.status === 'sample_sent' && e.at >= from);
      if (sent) record = { ...stored, shippedAt: sent.at, costJpy: sent.costJpy, shippingJpy: sent.shippingJpy };
    }
    if (record.postedAt != null) return record;
    const start = record.receivedAt ?? record.shippedAt ?? record.approvedAt ?? record.requestedAt;
    const posted = start == null ? undefined : timeline.find((e) => e.status === 'content_posted' && e.at >= start);
    return posted ? { ...record, postedAt: posted.at } : record;
  });
  for (const note of notes) if (!withRecord.has(note.creatorId)) appendAll(out, samplesFromNote(note));
  return out;
}

export interface SampleStatusRow {
  sample: TrackedSample;
  state: SampleState;
  due: SampleDue;
}

export function sampleStatuses(samples: readonly TrackedSample[], now: number, rule: SamplePostingRule): SampleStatusRow[] {
  return samples.map((sample) => ({ sample, state: sampleState(sample, now, rule), due: sampleDue(sample, rule) }));
}

export interface NeverPostedRow {
  creatorId: string;
  /** samples past their deadline without a post */
  overdueSamples: number;
  /** what those samples cost (goods + shipping, where entered) */
  costJpy: number;
  /** earliest missed deadline */
  firstMissedAt: number;
}

/** Creators who took samples and never posted: at least one sample overdue and no sample of theirs posted. */
export function creatorsWhoNeverPosted(samples: readonly TrackedSample[], now: number, rule: SamplePostingRule): NeverPostedRow[] {
  const byCreator = new Map<string, SampleStatusRow[]>();
  for (const row of sampleStatuses(samples, now, rule)) {
    const list = byCreator.get(row.sample.creatorId) ?? [];
    list.push(row);
    byCreator.set(row.sample.creatorId, list);
  }
  const out: NeverPostedRow[] = [];
  for (const [creatorId, rows] of byCreator) {
    if (rows.some((r) => r.state === 'posted')) continue;
    const overdue = rows.filter((r) => r.state === 'overdue');
    if (overdue.length === 0) continue;
    let firstMissedAt = Infinity;
    let costJpy = 0;
    for (const r of overdue) {
      costJpy += (r.sample.costJpy ?? 0) + (r.sample.shippingJpy ?? 0);
      firstMissedAt = Math.min(firstMissedAt, r.due.postBy ?? r.due.clockFrom ?? Infinity);
    }
    out.push({ creatorId, overdueSamples: overdue.length, costJpy, firstMissedAt });
  }
  return out.sort((a, b) => b.costJpy - a.costJpy || a.firstMissedAt - b.firstMissedAt);
}

export interface SampleYieldRow {
  /** creator id, or 'total' */
  key: string;
  samples: number;
  posted: number;
  sampleCostJpy: number;
  /** tax-included GMV of the creator's orders dated on or after their first sample */
  gmvInclTaxJpy: number;
  /** GMV per sample sent; null without samples */
  gmvPerSampleJpy: number | null;
  /** sample cost per yen of resulting GMV; null without GMV */
  costPerGmv: number | null;
}

/** Samples per resulting GMV, per creator and in total (orders before a creator's first sample are not "resulting"). */
export function sampleYield(samples: readonly TrackedSample[], orders: readonly AffiliateOrder[], now: number, rule: SamplePostingRule): { rows: SampleYieldRow[]; total: SampleYieldRow } {
  const rows = new Map<string, SampleYieldRow & { firstAt: number }>();
  for (const { sample, state } of sampleStatuses(samples, now, rule)) {
    if (state === 'closed') continue;
    const row = rows.get(sample.creatorId) ?? {
      key: sample.creatorId, samples: 0, posted: 0, sampleCostJpy: 0, gmvInclTaxJpy: 0, gmvPerSampleJpy: null, costPerGmv: null, firstAt: Infinity,
    };
    row.samples += 1;
    if (state === 'posted') row.posted += 1;
    row.sampleCostJpy += (sample.costJpy ?? 0) + (sample.shippingJpy ?? 0);
    row.firstAt = Math.min(row.firstAt, sample.approvedAt ?? sample.shippedAt ?? sample.receivedAt ?? sample.requestedAt ?? Infinity);
    rows.set(sample.creatorId, row);
  }
  for (const order of orders) {
    const row = order.creatorId != null ? rows.get(order.creatorId) : undefined;
    if (!row || order.amountJpy == null || !Number.isFinite(order.amountJpy)) continue;
    if (order.createdAt != null && Number.isFinite(row.firstAt) && order.createdAt < row.firstAt) continue;
    row.gmvInclTaxJpy += order.amountJpy;
  }
  const total: SampleYieldRow = { key: 'total', samples: 0, posted: 0, sampleCostJpy: 0, gmvInclTaxJpy: 0, gmvPerSampleJpy: null, costPerGmv: null };
  const finish = (row: SampleYieldRow): SampleYieldRow => ({
    ...row,
    gmvPerSampleJpy: row.samples > 0 ? row.gmvInclTaxJpy / row.samples : null,
    costPerGmv: row.gmvInclTaxJpy > 0 ? row.sampleCostJpy / row.gmvInclTaxJpy : null,
  });
  const list = [...rows.values()].map(({ firstAt: _firstAt, ...row }) => {
    total.samples += row.samples;
    total.posted += row.posted;
    total.sampleCostJpy += row.sampleCostJpy;
    total.gmvInclTaxJpy += row.gmvInclTaxJpy;
    return finish(row);
  });
  return { rows: list.sort((a, b) => b.gmvInclTaxJpy - a.gmvInclTaxJpy), total: finish(total) };
}
