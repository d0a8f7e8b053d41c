/**
 * Leaf-value readers for Affiliate Center JSON: the `{value, is_authorized, status}` wrapper, numbers that arrive
 * as strings, ×100 rates, money objects, seconds-vs-ms timestamps and 19-digit ids. Every reader returns null
 * for unknown or absurd input and never throws. Units follow S1 lib/exporter.js, S4
 * tiktok_shop/affiliate/creators.py and S5 docs/SCHEMA.md (ids in SOURCES.md beside this file).
 */

/** Above this a count or amount is absurd for one creator/shop (also guards 1e30 junk). */
export const MAX_PLAUSIBLE_NUMBER = 1e12;
/** Rate fields arrive as percent × 100: 1500 = 15 % [C] S4 creators.py, S5. */
export const RATE_X100_DIVISOR = 10_000;
/** Below this an epoch number is seconds, at or above it milliseconds (1e11 s is year 5138; 1e11 ms is 1973). */
export const SECONDS_MS_BOUNDARY = 1e11;
/** Later than this (ms) is not a real timestamp (year 2286). */
export const MAX_EPOCH_MS = 1e13;
/** Long text (bios, product names) is cut here; the page's own limits are far lower [G]. */
export const MAX_TEXT_LENGTH = 2_000;
/** Ids are 19-digit strings [C] S5/S7; other id-like tokens (video ids, opaque ids) stay within this alphabet. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Strips the `{value, is_authorized, status}` wrapper [C] S1/S4/S5. Unauthorised -> null (unknown, never 0).
 * Already-flat values (S5's stripped form) pass through. Money objects also have `value` but no
 * is_authorized/status, so they are not mistaken for wrappers.
 */
export function unwrap(field: unknown): unknown {
  if (isRecord(field) && 'value' in field && ('is_authorized' in field || 'status' in field)) {
    if (field.is_authorized === false) return null;
    return field.value ?? null;
  }
  return field ?? null;
}

/** A finite number from a number or numeric string ("12110", " 5950.00 "); null otherwise. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') {
    const trimmed = value.trim().replace(/,/g, '');
    if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return null;
    const parsed = Number(trimmed);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

function plausible(n: number | null): number | null {
  return n !== null && Math.abs(n) <= MAX_PLAUSIBLE_NUMBER ? n : null;
}

/** A non-negative count (views, followers); unwraps; ranges use their lower bound [C] S7 `_value_of`. */
export function toCount(field: unknown): number | null {
  let value = unwrap(field);
  if (isRecord(value) && 'minimal' in value) value = value.minimal;
  const n = plausible(toNumber(value));
  if (n === null || n < 0) return null;
  return n;
}

/** Percent×100 integer (1500) -> fraction (0.15); a "15%" string is read as percent. Outside 0..1 -> null. */
export function toRateX100(field: unknown): number | null {
  const value = unwrap(field);
  let fraction: number | null;
  if (typeof value === 'string' && /%\s*$/.test(value)) {
    const n = toNumber(value.replace(/%\s*$/, ''));
    fraction = n === null ? null : n / 100;
  } else {
    const n = toNumber(value);
    fraction = n === null ? null : n / RATE_X100_DIVISOR;
  }
  if (fraction === null || fraction < 0 || fraction > 1) return null;
  return fraction;
}

/** A value already given as a fraction ("0.7032"); outside 0..1 -> null. */
export function toFraction(field: unknown): number | null {
  const n = toNumber(unwrap(field));
  if (n === null || n < 0 || n > 1) return null;
  return n;
}

/** Currency codes, symbols and suffixes that say "yen" (full-width ￥ included). */
const YEN_CODES = new Set(['JPY']);
const YEN_MARK = /[¥￥円]|JPY/i;
/** Any other currency mark: a money value carrying one of these is not yen, so unknown to Mitate. */
const OTHER_CURRENCY_MARK = /[₫$€£฿₱₩₹₽₺₴₦₪]|\bRp|\bRM|\bS\$|\bPHP|\bVND|\bIDR|\bTHB|\bMYR|\bSGD|\bUSD|\bGBP|\bEUR|\bCNY|\bRMB|元/i;

/** What a money object or string says about its currency: yen, another currency, or nothing. */
export type CurrencyHint = 'yen' | 'other' | 'none';

function hintOfText(text: unknown): CurrencyHint {
  if (typeof text !== 'string' || text.trim() === '') return 'none';
  if (YEN_MARK.test(text)) return 'yen';
  return OTHER_CURRENCY_MARK.test(text) ? 'other' : 'none';
}

/** The currency a money value names: `currency` code first, then `symbol`, then any `*format*` text. */
export function currencyHint(value: unknown): CurrencyHint {
  if (typeof value === 'string') return hintOfText(value);
  if (!isRecord(value)) return 'none';
  const code = value.currency ?? value.currency_code;
  if (typeof code === 'string' && code.trim() !== '') {
    const upper = code.trim().toUpperCase();
    // "LOCAL" is what one partner API is asked for (../shared japan.md); it names no currency
    if (YEN_CODES.has(upper)) return 'yen';
    if (upper !== 'LOCAL') return 'other';
  }
  const symbolHint = hintOfText(value.symbol ?? value.currency_symbol);
  if (symbolHint !== 'none') return symbolHint;
  for (const key of ['format', 'formatted_price', 'minimal_format', 'maximum_format', 'min_price_format', 'max_price_format', 'format_price']) {
    const hint = hintOfText(value[key]);
    if (hint !== 'none') return hint;
  }
  return 'none';
}

/**
 * Yen as JP pages write it: "35,837円", "¥2,033,024", "￥4.97K", "1.2万円", "¥0". Text naming another currency,
 * or with no yen mark at all, is not read (null): a bare "4.97K" could be anything.
 */
export function parseYenText(text: unknown): number | null {
  if (typeof text !== 'string' || text.length > 64) return null;
  const half = toHalfWidth(text).replace(/￥/g, '¥').trim();
  if (hintOfText(half) !== 'yen') return null;
  const stripped = half.replace(/^JPY\s*/i, '').replace(/\s*JPY$/i, '').replace(/^¥\s*/, '').replace(/\s*円$/, '');
  if (/[¥円]/.test(stripped)) return null;
  const n = parseCompactDecimal(stripped);
  return n === null ? null : Math.round(n);
}

/** "2,033,024" / "4.97K" / "1.2万" -> number (decimals kept), or null. */
function parseCompactDecimal(text: string): number | null {
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([kKmMbB千万萬億])?$/.exec(text.replace(/\s+/g, ''));
  if (!match) return null;
  const base = Number(`${match[1]!.replace(/,/g, '')}${match[2] ? `.${match[2]}` : ''}`);
  const suffix = match[3]?.toLowerCase();
  const multiplier = suffix ? COMPACT_MULTIPLIER[suffix] ?? null : 1;
  if (multiplier === null || !Number.isFinite(base)) return null;
  return plausible(base * multiplier);
}

/**
 * Yen from any money shape the site uses: a number or numeric string, yen text ("35,837円", "¥4.97K"),
 * `{value,symbol,format}`, `{minimal,maximum,…}` (lower bound), `{amount}`, `{price,formatted_price,currency}`,
 * `{price_value}`. Money counts as yen only when it says so (currency JPY, or ¥/円 in symbol or format):
 * a value naming another currency ({value:"133738359.53", symbol:"₫"}) is unknown (null). A value naming no
 * currency at all (bare numbers, `{amount}`) is yen only when `bareIsYen` (the page is a JP shop's).
 * The numeric value wins over the format text, which is read only when no number is given. Whole yen.
 */
export function toYen(field: unknown, bareIsYen = true): number | null {
  const value = unwrap(field);
  const hint = currencyHint(value);
  if (hint === 'other') return null;
  if (typeof value === 'string' && hint === 'yen') return parseYenText(value);
  let raw: unknown = value;
  if (isRecord(value)) {
    raw = value.value ?? value.minimal ?? value.amount ?? value.price ?? value.price_value ?? null;
    if (isRecord(raw)) return toYen(raw, hint === 'yen' || bareIsYen);
    if (toNumber(raw) === null && hint === 'yen') {
      // only formatted text: "¥4.97K", "8,360円"
      const formatted = value.format ?? value.formatted_price ?? value.minimal_format ?? value.format_price ?? value.min_price_format;
      return parseYenText(formatted);
    }
  }
  if (hint !== 'yen' && !bareIsYen) return null;
  const n = plausible(toNumber(raw));
  return n === null ? null : Math.round(n);
}

/** Upper bound of a money range (`maximum`), else the same as toYen. */
export function toYenMax(field: unknown, bareIsYen = true): number | null {
  const value = unwrap(field);
  if (isRecord(value) && 'maximum' in value) {
    return toYen({ ...value, minimal: value.maximum, minimal_format: value.maximum_format, value: undefined }, bareIsYen);
  }
  return toYen(value, bareIsYen);
}

/** Epoch ms from seconds or ms, number or string; 0, negative and far-future values -> null. */
export function toEpochMs(field: unknown): number | null {
  const n = toNumber(unwrap(field));
  if (n === null || n <= 0) return null;
  const ms = n < SECONDS_MS_BOUNDARY ? n * 1000 : n;
  return ms < MAX_EPOCH_MS ? Math.round(ms) : null;
}

/** An id as a string. Numbers are accepted only when exact (a 19-digit number has already lost digits). */
export function toId(field: unknown): string | null {
  const value = unwrap(field);
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return ID_PATTERN.test(trimmed) ? trimmed : null;
  }
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return null;
}

/**
 * Bidi overrides/isolates (U+202A-202E, U+2066-2069) and marks (U+200E, U+200F, U+061C) can make a name display
 * as something else, and C0/C1 control characters have no business in names: both are removed. Everything else is kept as data; the UI renders text only.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed
const UNSAFE_TEXT_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Display text from a string (or a finite number); trimmed, cleaned, cut at MAX_TEXT_LENGTH; empty -> null. */
export function toText(field: unknown): string | null {
  const value = unwrap(field);
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else return null;
  const cleaned = text.replace(UNSAFE_TEXT_CHARS, '').trim();
  if (cleaned === '') return null;
  return cleaned.length > MAX_TEXT_LENGTH ? `${cleaned.slice(0, MAX_TEXT_LENGTH - 1)}…` : cleaned;
}

export function toBoolean(field: unknown): boolean | null {
  const value = unwrap(field);
  return typeof value === 'boolean' ? value : null;
}

/** An array (unwrapped); anything else -> []. */
export function toArray(field: unknown): unknown[] {
  const value = unwrap(field);
  return Array.isArray(value) ? value : [];
}

/** One object or an array of them (`apply_info` vs `apply_infos`): always an array; anything else -> []. */
export function toList(field: unknown): unknown[] {
  const value = unwrap(field);
  if (Array.isArray(value)) return value;
  return isRecord(value) ? [value] : [];
}

/** Where a list answer keeps its payload: the top level, `data`, or `data.response` (S3 notes all three). */
export function payloadLevels(body: JsonRecord): JsonRecord[] {
  const levels: JsonRecord[] = [body];
  const data = toRecord(body.data);
  if (data) {
    levels.push(data);
    const response = toRecord(data.response);
    if (response) levels.push(response);
  }
  return levels;
}

/**
 * The list `key` of a list answer, under `data` or at the top level. A success answer that has no such list but
 * says there is nothing (has_more false, a zero total, or no payload at all) is an empty list; an answer that
 * has neither the list nor such a sign is unreadable (null).
 */
export function listOrEmpty(body: JsonRecord, ...keys: string[]): unknown[] | null {
  const levels = payloadLevels(body);
  for (const level of levels) {
    for (const key of keys) {
      const value = unwrap(level[key]);
      if (Array.isArray(value)) return value;
      if (value === null && key in level) return [];
    }
  }
  for (const level of levels) {
    if (level.has_more === false) return [];
    for (const total of ['total_count', 'total', 'total_num']) {
      if (toNumber(level[total]) === 0) return [];
    }
  }
  const data = body.data;
  const emptyData = data === undefined || data === null || (isRecord(data) && Object.keys(data).length === 0);
  const topKeys = Object.keys(body).filter((k) => k !== 'code' && k !== 'message' && k !== 'msg' && k !== 'data');
  return emptyData && topKeys.length === 0 ? [] : null;
}

export function toRecord(field: unknown): JsonRecord | null {
  const value = unwrap(field);
  return isRecord(value) ? value : null;
}

/** Full-width digits and punctuation to ASCII, so "１５％" reads like "15%". */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[％]/g, '%')
    .replace(/[＋]/g, '+');
}

/** Multipliers of compact count suffixes: K/M/B (en), 千/万/億 (ja), 万/亿 and w (zh) . */
const COMPACT_MULTIPLIER: Record<string, number> = {
  k: 1e3, m: 1e6, b: 1e9, 千: 1e3, 万: 1e4, 萬: 1e4, w: 1e4, 億: 1e8, 亿: 1e8,
};

/**
 * A count from UI text: "1.2万" 12000, "3.4K" 3400, "12.5M" 12500000, "1,234" 1234, "1.2億" 120000000,
 * "12.3w" 123000. Garbage, negative or absurd -> null.
 */
export function parseCompactCount(text: string): number | null {
  if (typeof text !== 'string' || text.length > 64) return null;
  const cleaned = toHalfWidth(text).trim().replace(/\s+/g, '').replace(/\+$/, '');
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([kKmMbBwW千万萬億亿])?$/.exec(cleaned);
  if (!match) return null;
  const base = Number(`${match[1]!.replace(/,/g, '')}${match[2] ? `.${match[2]}` : ''}`);
  const suffix = match[3]?.toLowerCase();
  const multiplier = suffix ? COMPACT_MULTIPLIER[suffix] ?? null : 1;
  if (multiplier === null || !Number.isFinite(base)) return null;
  const value = Math.round(base * multiplier);
  return value <= MAX_PLAUSIBLE_NUMBER ? value : null;
}

/** A percentage from UI text ("15%", "15.00%", "１５％"): fraction, or null. Requires the % sign. */
export function parsePercentText(text: string): number | null {
  if (typeof text !== 'string' || text.length > 32) return null;
  const match = /^(\d{1,3}(?:\.\d{1,4})?)\s*%$/.exec(toHalfWidth(text).trim());
  if (!match) return null;
  const fraction = Number(match[1]) / 100;
  return fraction >= 0 && fraction <= 1 ? fraction : null;
}
