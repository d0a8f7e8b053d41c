/**
 * Reminders, pure: what needs the seller today (Asia/Tokyo calendar days): next actions due or past, content due
 * dates reached without a post, samples overdue, sample reminders due and sample requests past their approval window.
 * The background shows the count as the toolbar badge text (badgeText); the "today" view lists the items.
 * Nothing leaves the browser.
 */
import { tokyoDayNumber } from '../format/tokyo-time';
import { sampleStatuses, trackedSamples, type SamplePostingRule, type TrackedSample } from '../samples';
import type { Note, SampleRecord } from '../store/records';

export type TodayKind = 'nextAction' | 'contentDue' | 'sampleOverdue' | 'sampleReminder' | 'approvalOverdue';

export interface TodayItem {
  kind: TodayKind;
  creatorId: string;
  /** the due instant (next action time, content due date, sample deadline, reminder day, approval deadline) */
  at: number;
  /** due before today (Tokyo), not just today */
  overdue: boolean;
  sampleId: string | null;
}

export interface RemindersInput {
  notes: readonly Note[];
  samples: readonly TrackedSample[];
  now: number;
  rule: SamplePostingRule;
}

export function todayItems({ notes, samples, now, rule }: RemindersInput): TodayItem[] {
  const today = tokyoDayNumber(now);
  const items: TodayItem[] = [];
  const add = (kind: TodayKind, creatorId: string, at: number, sampleId: string | null = null) =>
    items.push({ kind, creatorId, at, overdue: tokyoDayNumber(at) < today, sampleId });
  for (const note of notes) {
    if (note.nextActionAt != null && tokyoDayNumber(note.nextActionAt) <= today) add('nextAction', note.creatorId, note.nextActionAt);
    // the latest content-due date counts until a post dated on or after the event that set it
    const due = [...note.timeline].reverse().find((e) => e.status === 'content_due' && e.dueAt != null);
    if (due?.dueAt != null && tokyoDayNumber(due.dueAt) <= today) {
      const posted = note.timeline.some((e) => (e.status === 'content_posted' || e.status === 'paid') && e.at >= due.at);
      if (!posted) add('contentDue', note.creatorId, due.dueAt);
    }
  }
  for (const { sample, state, due } of sampleStatuses(samples, now, rule)) {
    if (state === 'overdue') add('sampleOverdue', sample.creatorId, due.postBy ?? due.clockFrom ?? now, sample.id);
    else if (state === 'reminder_due') add('sampleReminder', sample.creatorId, due.remindFrom ?? now, sample.id);
    else if (state === 'approval_overdue') add('approvalOverdue', sample.creatorId, due.approveBy ?? now, sample.id);
  }
  return items.sort((a, b) => a.at - b.at);
}

export interface ReminderCounts {
  /** next actions and content due dates reached */
  nextActionsDue: number;
  overdueSamples: number;
  /** sample reminders due and approvals overdue */
  otherSampleActions: number;
  total: number;
}

export function countReminders(input: RemindersInput): ReminderCounts {
  const items = todayItems(input);
  const nextActionsDue = items.filter((i) => i.kind === 'nextAction' || i.kind === 'contentDue').length;
  const overdueSamples = items.filter((i) => i.kind === 'sampleOverdue').length;
  return { nextActionsDue, overdueSamples, otherSampleActions: items.length - nextActionsDue - overdueSamples, total: items.length };
}

/** Toolbar badge text: '' when nothing is due (the badge disappears), '99+' past 99 (badges fit about 4 characters). */
export function badgeText(total: number): string {
  if (!(total > 0)) return '';
  return total > 99 ? '99+' : String(Math.floor(total));
}

/**
 * The toolbar badge in one call, for the background: the store's follow-up data (getFollowUpData) and the seller's
 * rule → badge text ('' = no badge). Wire: `browser.action.setBadgeText({ text: reminderBadge(...) })` after writes
 * and once a day; no notification leaves the browser.
 */
export function reminderBadge(data: { notes: readonly Note[]; samples: readonly SampleRecord[] }, rule: SamplePostingRule, now: number): string {
  return badgeText(countReminders({ notes: data.notes, samples: trackedSamples(data.samples, data.notes), now, rule }).total);
}
