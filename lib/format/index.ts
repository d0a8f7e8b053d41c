/** Money and date formatting for sellers: JPY by default, CNY at the seller's rate, dates in Asia/Tokyo. */
import type { Lang } from '../i18n';

export const TIME_ZONE = 'Asia/Tokyo';
const LOCALE: Record<Lang, string> = { zh_CN: 'zh-CN', ja: 'ja-JP', en: 'en-US' };

export { TOKYO_OFFSET_MS, tokyoDay, tokyoDayNumber, tokyoDayStart, formatTokyoMinute, parseTokyoMinute, tokyoNoonOf } from './tokyo-time';

/** A byte count as B, kB, MB or GB (1000-based, as browsers report storage), one decimal above kB. */
export function formatBytes(lang: Lang, bytes: number | null | undefined): string {
  if (bytes == null || !Number.isFinite(bytes) || bytes < 0) return '–';
  const units = ['B', 'kB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit >= 2 ? 1 : 0;
  return `${new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

export function localeOf(lang: Lang): string {
  return LOCALE[lang];
}

// Building an Intl formatter costs far more than using one (200 badges re-rendered measured ~40 ms): keep them.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(LOCALE[lang], options)));
  return format;
}
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(LOCALE[lang], options)));
  return format;
}

/**
 * Yen as sellers write it: 1,235円 (ja), 1,235日元 (zh: "¥" alone reads as yuan there, and Intl's "JP¥" is not
 * how anyone writes it), ¥1,235 (en). With `cnyPerJpy` also the yuan equivalent: 48.00元 (ja), ¥48.00 (zh),
 * CN¥48.00 (en). null shows the "unknown" dash.
 */
export function formatJpy(lang: Lang, yen: number | null | undefined, cnyPerJpy?: number | null): string {
  if (yen == null || !Number.isFinite(yen)) return '—';
  const jpy = lang === 'en'
    ? numberFormat(lang, { style: 'currency', currency: 'JPY', maximumFractionDigits: 0 }).format(yen)
    : `${numberFormat(lang, { maximumFractionDigits: 0 }).format(yen)}${lang === 'ja' ? '円' : '日元'}`;
  if (!cnyPerJpy || !Number.isFinite(cnyPerJpy) || cnyPerJpy <= 0) return jpy;
  const yuan = yen * cnyPerJpy;
  const cny = lang === 'ja'
    ? `${numberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(yuan)}元`
    : numberFormat(lang, { style: 'currency', currency: 'CNY', maximumFractionDigits: 2 }).format(yuan);
  return `${jpy} (${cny})`;
}

/**
 * A fraction as the number to put in a percent input: 0.07 → "7", 0.125 → "12.5" (no float noise such as
 * 7.000000000000001 from 0.07 × 100).
 */
export function percentInputValue(fraction: number | null | undefined): string {
  if (fraction == null || !Number.isFinite(fraction)) return '';
  return String(Number((fraction * 100).toFixed(6)));
}

export function formatPercent(lang: Lang, fraction: number | null | undefined, digits = 1): string {
  if (fraction == null || !Number.isFinite(fraction)) return '—';
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(fraction);
}

/** Below this a whole number has no grouping separator in zh-CN, ja-JP or en-US. */
const SMALL_COUNT_LIMIT = 1000;

export function formatCount(lang: Lang, n: number | null | undefined): string {
  if (n == null || !Number.isFinite(n)) return '—';
  // Small whole numbers (scores, video counts) read the same in all three locales: skip Intl, whose first use loads
  // ICU data (~100 ms in one task on the 200-badge list, CDP profile).
  if (Number.isInteger(n) && n >= 0 && n < SMALL_COUNT_LIMIT && !Object.is(n, -0)) return String(n);
  return numberFormat(lang, { notation: n >= 10_000 ? 'compact' : 'standard', maximumFractionDigits: 1 }).format(n);
}

export function formatDate(lang: Lang, epochMs: number | null | undefined): string {
  if (epochMs == null || !Number.isFinite(epochMs)) return '—';
  return dateFormat(lang, { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(epochMs);
}

export function formatDateTime(lang: Lang, epochMs: number | null | undefined): string {
  if (epochMs == null || !Number.isFinite(epochMs)) return '—';
  return dateFormat(lang, {
    timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).format(epochMs);
}
