/** A note's timeline as one spreadsheet cell: "2026-11-23 invited; 2026-11-25 sample_sent ¥1800 +¥600 #YM-1; …". */
import { TOKYO_OFFSET_MS } from '../roi/period';
import type { Note } from '../store/records';

const tokyoDate = (epochMs: number) => new Date(epochMs + TOKYO_OFFSET_MS).toISOString().slice(0, 10);

export function timelineCsvCell(note: Pick<Note, 'timeline'> | null | undefined): string {
  if (!note) return '';
  return note.timeline
    .map((e) => [
      tokyoDate(e.at), e.status,
      e.costJpy != null ? `¥${e.costJpy}` : '',
      e.shippingJpy != null ? `+¥${e.shippingJpy}` : '',
      e.trackingNo ? `#${e.trackingNo}` : '',
      e.dueAt != null ? `→${tokyoDate(e.dueAt)}` : '',
    ].filter(Boolean).join(' '))
    .join('; ');
}
