/** Day / week / month buckets in Asia/Tokyo (calendar helpers in lib/format/tokyo-time.ts). */
import { TOKYO_OFFSET_MS } from '../format/tokyo-time';

const DAY_MS = 24 * 60 * 60 * 1000;

export type Period = 'day' | 'week' | 'month';

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Bucket key in Tokyo time: day "2026-11-24", week = its Monday prefixed "W" ("W2026-11-23"), month "2026-11". */
export function periodKey(epochMs: number, period: Period): string {
  const local = new Date(epochMs + TOKYO_OFFSET_MS); // read with UTC getters = Tokyo wall clock
  if (period === 'day') return iso(local);
  if (period === 'month') return iso(local).slice(0, 7);
  // ISO weeks start on Monday: getUTCDay() 0 = Sunday → 6 days back, 1 = Monday → 0.
  const back = (local.getUTCDay() + 6) % 7;
  return `W${iso(new Date(local.getTime() - back * DAY_MS))}`;
}
