import { describe, expect, it } from 'vitest';
import {
  creatorsWhoNeverPosted, DEFAULT_SAMPLE_POSTING_RULE, sampleDue, sampleState, sampleYield, trackedSamples, type TrackedSample,
} from '../../lib/samples';
import { DAY, MONDAY, NOTES, ORDERS, SAMPLES } from '../fixtures/followup/week';

const HOUR = 3_600_000;
/** 2026-11-24 08:00 JST = 2026-11-23 23:00 UTC: the Tokyo date and the UTC date differ */
const RECEIVED = MONDAY + DAY + 8 * HOUR;
const jst = (day: number, hour = 0) => Date.UTC(2026, 10, day, hour) - 9 * HOUR;
const rule = DEFAULT_SAMPLE_POSTING_RULE;

const sample = (over: Partial<TrackedSample>): TrackedSample => ({
  id: 's', creatorId: 'c', productId: 'P', source: 'page', pageStatus: 'content_pending', refundable: false,
  requestedAt: null, approvedAt: null, shippedAt: null, receivedAt: RECEIVED, postedAt: null, costJpy: null, shippingJpy: null, ...over,
});

describe('the posting rule [G]', () => {
  it('is the other markets\' official rule: approve in 7 days, post in 14 (90 refundable), remind after day 5', () => {
    expect(DEFAULT_SAMPLE_POSTING_RULE).toEqual({ approveWithinDays: 7, postWithinDays: 14, refundablePostWithinDays: 90, reminderAfterDays: 5 });
  });
});

describe('sampleDue / sampleState (Tokyo calendar days)', () => {
  it('received on 24 Nov (Tokyo): reminder from 30 Nov, due 8 Dec, overdue from 9 Dec', () => {
    const due = sampleDue(sample({}), rule);
    expect(due.clockBasis).toBe('received');
    expect(due.remindFrom).toBe(jst(30));
    expect(due.postBy).toBe(jst(38)); // 8 Dec
    expect(sampleState(sample({}), jst(29, 23), rule)).toBe('waiting');
    expect(sampleState(sample({}), jst(30, 0), rule)).toBe('reminder_due');
    expect(sampleState(sample({}), jst(38, 23), rule)).toBe('reminder_due');
    expect(sampleState(sample({}), jst(39, 0), rule)).toBe('overdue');
  });
  it('refundable samples get 90 days; the seller\'s own rule applies', () => {
    expect(sampleDue(sample({ refundable: true }), rule).postBy).toBe(jst(24 + 90));
    expect(sampleState(sample({}), jst(32), { ...rule, postWithinDays: 7 })).toBe('overdue');
  });
  it('without a receipt date the clock runs from shipping, then approval', () => {
    expect(sampleDue(sample({ receivedAt: null, shippedAt: jst(20, 12) }), rule)).toMatchObject({ clockBasis: 'shipped', postBy: jst(34) });
    expect(sampleDue(sample({ receivedAt: null, approvedAt: jst(19, 12) }), rule)).toMatchObject({ clockBasis: 'approved', postBy: jst(33) });
  });
  it('a request not approved within 7 days is flagged; posted and closed samples are not', () => {
    const pending = sample({ receivedAt: null, requestedAt: jst(23, 9) });
    expect(sampleState(pending, jst(30, 20), rule)).toBe('awaiting_approval');
    expect(sampleState(pending, jst(31), rule)).toBe('approval_overdue');
    expect(sampleState(sample({ pageStatus: 'completed' }), jst(60), rule)).toBe('posted');
    expect(sampleState(sample({ postedAt: jst(25) }), jst(60), rule)).toBe('posted');
    expect(sampleState(sample({ pageStatus: 'rejected' }), jst(60), rule)).toBe('closed');
    expect(sampleState(sample({ pageStatus: 'overdue' }), jst(25), rule)).toBe('overdue');
  });
});

describe('the hand-worked week', () => {
  // A: timeline sample 15 Nov, posted 22 Nov. B: sample record shipped 13 Nov (its timeline sample is the same
  // creator's and is not tracked twice), due 27 Nov. C: no sample.
  const tracked = trackedSamples(SAMPLES, NOTES);
  it('tracks one sample each for A and B', () => {
    expect(tracked.map((s) => [s.id, s.creatorId, s.postedAt != null])).toEqual([['apply-B2', 'B', false], ['note:A:e2', 'A', true]]);
  });
  it('B took a sample and never posted: listed from 28 Nov, not before', () => {
    expect(creatorsWhoNeverPosted(tracked, jst(27, 23), rule)).toEqual([]);
    expect(creatorsWhoNeverPosted(tracked, jst(28), rule)).toEqual([{ creatorId: 'B', overdueSamples: 1, costJpy: 1800, firstMissedAt: jst(27) }]);
  });
  it('samples per resulting GMV: A ¥33,000 from one ¥2,400 sample, B ¥6,600 from one ¥1,800 sample', () => {
    const { rows, total } = sampleYield(tracked, ORDERS, jst(28), rule);
    expect(rows.map((r) => [r.key, r.samples, r.posted, r.sampleCostJpy, r.gmvInclTaxJpy, r.gmvPerSampleJpy])).toEqual([
      ['A', 1, 1, 2400, 33_000, 33_000],
      ['B', 1, 0, 1800, 6_600, 6_600],
    ]);
    expect(rows[0]!.costPerGmv).toBeCloseTo(2400 / 33_000, 12);
    expect(total).toMatchObject({ samples: 2, posted: 1, sampleCostJpy: 4200, gmvInclTaxJpy: 39_600, gmvPerSampleJpy: 19_800 });
  });
});

describe('a page sample and the seller\'s "sample sent" note (issue 17)', () => {
  const approved = { ...SAMPLES[0]!, id: 'apply-A1', creatorId: 'A', approvedAt: MONDAY - 9 * DAY, shippedAt: null, costJpy: null };
  it('takes the shipping date and cost from the first "sample sent" event on or after approval', () => {
    const [record] = trackedSamples([approved], NOTES.filter((n) => n.creatorId === 'A'));
    // A's note: sample sent 8 days before Monday (¥1,800 + ¥600), posted the day before Monday
    expect(record).toMatchObject({ id: 'apply-A1', shippedAt: MONDAY - 8 * DAY, costJpy: 1800, shippingJpy: 600, postedAt: MONDAY - 1 * DAY });
    expect(sampleDue(record!, rule).clockBasis).toBe('shipped');
  });
  it('keeps the record\'s own cost, and ignores a shipment noted before the approval', () => {
    expect(trackedSamples([{ ...approved, costJpy: 900 }], NOTES)[0]).toMatchObject({ shippedAt: null, costJpy: 900, shippingJpy: null });
    expect(trackedSamples([{ ...approved, approvedAt: MONDAY - 7 * DAY }], NOTES)[0]).toMatchObject({ shippedAt: null, costJpy: null });
  });
});
