/** A note's timeline as one spreadsheet cell: "2026-11-23 invited; 2026-11-25 sample_sent ¥1800 +¥600 #YM-1; …". */
import { tokyoDay } from '../format/tokyo-time';
import type { Note } from '../store/records';

export function timelineCsvCell(note: Pick<Note, 'timeline'> | null | undefined): string {
  if (!note) return '';
  return note.timeline
    .map((e) => [
      tokyoDay(e.at), e.status,
      e.costJpy != null ? `¥${e.costJpy}` : '',
      e.shippingJpy != null ? `+¥${e.shippingJpy}` : '',
      e.trackingNo ? `#${e.trackingNo}` : '',
      e.dueAt != null ? `→${tokyoDay(e.dueAt)}` : '',
    ].filter(Boolean).join(' '))
    .join('; ');
}
