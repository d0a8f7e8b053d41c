/** <input type="date"> values as Tokyo calendar days: the seller picks a date, never a time zone. */
import { tokyoDayNumber, tokyoDayStart } from '../../lib/roi';

const DAY_MS = 86_400_000;

/** "YYYY-MM-DD" of the Tokyo date of an instant. */
export function tokyoDateInput(epochMs: number): string {
  return new Date(tokyoDayStart(tokyoDayNumber(epochMs)) + 9 * 3_600_000).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" → noon of that Tokyo day (noon keeps it on the same date whatever the reader's clock); null if invalid. */
export function tokyoNoonOf(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (!Number.isFinite(utcMidnight)) return null;
  return tokyoDayStart(Math.floor(utcMidnight / DAY_MS)) + 12 * 3_600_000;
}
