/**
 * Dates on the Asia/Tokyo calendar, the one every seller-facing date uses. Japan has had no daylight saving time
 * since 1951, so a fixed +9 h offset is exact: shift, then read with the UTC getters.
 */
export const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const NOON_MS = 12 * 60 * 60 * 1000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The Tokyo calendar day (YYYY-MM-DD) of an instant; '' for a time no Date can hold (NaN, ±Infinity, beyond ±8.64e15 ms). */
export function tokyoDay(epochMs: number): string {
  const shifted = new Date(epochMs + TOKYO_OFFSET_MS);
  return Number.isNaN(shifted.getTime()) ? '' : shifted.toISOString().slice(0, 10);
}

/** Whole days since 1970-01-01 on the Tokyo calendar: two instants on the same Tokyo date share a number. */
export function tokyoDayNumber(epochMs: number): number {
  return Math.floor((epochMs + TOKYO_OFFSET_MS) / DAY_MS);
}

/** The instant a Tokyo day number starts (00:00 JST). */
export function tokyoDayStart(dayNumber: number): number {
  return dayNumber * DAY_MS - TOKYO_OFFSET_MS;
}

/** epoch ms → "YYYY-MM-DD HH:mm" in Tokyo time (minute precision). */
export function formatTokyoMinute(epochMs: number): string {
  const d = new Date(epochMs + TOKYO_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "YYYY-MM-DD" or "YYYY-MM-DD HH:mm" (also "/" separators, as Excel may rewrite them) in Tokyo time → epoch ms. */
export function parseTokyoMinute(text: string): number | null {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0)) - TOKYO_OFFSET_MS;
  return Number.isFinite(ms) ? ms : null;
}

/** "YYYY-MM-DD" (an <input type="date"> value) → noon of that Tokyo day, which stays on the same date whatever the reader's clock; null if invalid. */
export function tokyoNoonOf(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (!Number.isFinite(utcMidnight)) return null;
  return tokyoDayStart(Math.floor(utcMidnight / DAY_MS)) + NOON_MS;
}
