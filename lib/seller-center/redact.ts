/**
 * The structure of a JSON value with every value replaced by its type, for the "copy diagnostic" button.
 * Keys are shown only when they look like field names; keys that could be data (ids, names, numbers used as map
 * keys) become "<key>". No string, number or id from the body ever appears in the output.
 */

/** Field-name-looking keys (snake/camel case identifiers). */
const SAFE_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Bounds keep the text pasteable and make deep or huge junk safe to describe. */
export const REDACT_MAX_DEPTH = 8;
export const REDACT_MAX_KEYS = 60;
export const REDACT_MAX_LENGTH = 6_000;
/** Array items described, so list rows of different shapes still show their union of fields. */
const REDACT_ARRAY_SAMPLES = 3;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function describe(value: unknown, depth: number, seen: Set<unknown>): string {
  if (value === null || typeof value !== 'object') return typeOf(value);
  if (seen.has(value)) return '<cycle>';
  if (depth >= REDACT_MAX_DEPTH) return Array.isArray(value) ? '[…]' : '{…}';
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      if (value.length === 0) return '[]';
      const shapes = new Set<string>();
      for (const item of value.slice(0, REDACT_ARRAY_SAMPLES)) shapes.add(describe(item, depth + 1, seen));
      return `[${[...shapes].join(' | ')}]×${value.length}`;
    }
    const keys = Object.keys(value);
    const parts: string[] = [];
    let unsafeKeys = 0;
    for (const key of keys.slice(0, REDACT_MAX_KEYS)) {
      const shape = describe((value as Record<string, unknown>)[key], depth + 1, seen);
      if (SAFE_KEY.test(key)) parts.push(`${key}:${shape}`);
      else if (unsafeKeys++ === 0) parts.push(`<key>:${shape}`);
    }
    if (unsafeKeys > 1) parts.push(`<key>×${unsafeKeys}`);
    if (keys.length > REDACT_MAX_KEYS) parts.push(`…+${keys.length - REDACT_MAX_KEYS} keys`);
    return `{${parts.join(',')}}`;
  } finally {
    seen.delete(value);
  }
}

export function redactShape(body: unknown): string {
  try {
    const text = describe(body, 0, new Set());
    return text.length > REDACT_MAX_LENGTH ? `${text.slice(0, REDACT_MAX_LENGTH)}…` : text;
  } catch {
    return '<unreadable>';
  }
}
