import { describe, expect, it } from 'vitest';
import { badgeText, countReminders, reminderBadge, todayItems, timelineCsvCell } from '../../lib/collab';
import { DEFAULT_SAMPLE_POSTING_RULE, trackedSamples } from '../../lib/samples';
import { event, note, NOTES, SAMPLES } from '../fixtures/followup/week';

const HOUR = 3_600_000;
const jst = (day: number, hour = 0) => Date.UTC(2026, 10, day, hour) - 9 * HOUR;
const rule = DEFAULT_SAMPLE_POSTING_RULE;

describe('todayItems / countReminders (Tokyo days)', () => {
  // now: 28 Nov 2026 09:00 JST (= 28 Nov 00:00 UTC)
  const now = jst(28, 9);
  const notes = [
    note('n1', [], { nextActionAt: jst(28, 23) }), // later today (Tokyo): due
    note('n2', [], { nextActionAt: jst(27, 23) }), // yesterday 23:00 JST = 27 Nov 14:00 UTC: overdue
    note('n3', [], { nextActionAt: jst(29, 0) }), // tomorrow: not yet
    note('n4', [event('a', 'content_due', jst(20), { dueAt: jst(27) })]), // content due yesterday, no post
    note('n5', [event('a', 'content_due', jst(20), { dueAt: jst(27) }), event('b', 'content_posted', jst(26))]), // posted
    ...NOTES,
  ];
  const samples = trackedSamples(SAMPLES, NOTES); // B's sample is due 27 Nov: overdue today; A posted
  it('lists what is due today or overdue, oldest first', () => {
    const items = todayItems({ notes, samples, now, rule });
    expect(items.map((i) => [i.kind, i.creatorId, i.overdue])).toEqual([
      ['contentDue', 'n4', true],
      ['sampleOverdue', 'B', true],
      ['nextAction', 'n2', true],
      ['nextAction', 'n1', false],
    ]);
  });
  it('counts them for the badge', () => {
    expect(countReminders({ notes, samples, now, rule })).toEqual({ nextActionsDue: 3, overdueSamples: 1, otherSampleActions: 0, total: 4 });
    // a day earlier (27 Nov): n2's action and n4's content are due today, B's sample is on its last day (reminder)
    expect(countReminders({ notes, samples, now: jst(27, 9), rule })).toEqual({ nextActionsDue: 2, overdueSamples: 0, otherSampleActions: 1, total: 3 });
  });
  it('reminderBadge: the store\'s data straight to badge text', () => {
    expect(reminderBadge({ notes, samples: SAMPLES }, rule, now)).toBe('4');
    expect(reminderBadge({ notes: [], samples: [] }, rule, now)).toBe('');
  });
  it('badge text', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(4)).toBe('4');
    expect(badgeText(100)).toBe('99+');
  });
});

describe('timelineCsvCell', () => {
  it('one cell, Tokyo dates, costs and tracking', () => {
    expect(timelineCsvCell(note('x', [
      event('a', 'invited', jst(23, 8)),
      event('b', 'sample_sent', jst(25, 23), { costJpy: 1800, shippingJpy: 600, trackingNo: 'YM-1' }),
      event('c', 'content_due', jst(26), { dueAt: jst(39) }),
    ]))).toBe('2026-11-23 invited; 2026-11-25 sample_sent ¥1800 +¥600 #YM-1; 2026-11-26 content_due →2026-12-09');
  });
});
