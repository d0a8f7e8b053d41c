/**
 * A quick look at an import's notes before zod: a note that is exactly what noteSchema (records.ts) would give back
 * unchanged passes here, and the import then need not run zod over it. zod cannot compile its checks in an extension's
 * service worker (no eval there), and checking 100,000 notes one by one cost it ~0.3-0.6 s of a ~2 s import.
 *
 * This check must never accept what zod would refuse or change: it is stricter where that is simpler (every number a
 * safe integer, only the schema's own keys, no key zod would treat specially, tags already trimmed). Anything it does
 * not accept goes through zod as before, so errors keep naming the record and field.
 * tests/store/plain-notes.test.ts compares it with noteSchema on generated notes and pins the schema's fields.
 */
import { MAX_EVENT_ID, MAX_EVENT_MEMO, MAX_NOTE_TAGS, MAX_NOTE_TEXT, MAX_SHORT_TEXT, MAX_TAG_LENGTH, MAX_TIMELINE_EVENTS, NOTE_STATUSES, type Note } from './records';

/** noteSchema's keys, in its order (a note with any other key, or without one of these, goes through zod). */
export const PLAIN_NOTE_KEYS = ['creatorId', 'text', 'status', 'tags', 'rating', 'nextActionAt', 'sampleCostJpy', 'sampleTrackingNo', 'revision', 'fieldRevisions', 'updatedAt', 'updatedBy', 'timeline'] as const;
/** timelineEventSchema's keys. */
export const PLAIN_EVENT_KEYS = ['id', 'status', 'at', 'recordedAt', 'costJpy', 'shippingJpy', 'trackingNo', 'dueAt', 'memo'] as const;

const STATUSES: ReadonlySet<unknown> = new Set(NOTE_STATUSES);

type Plain = Record<string, unknown>;

const isInt = Number.isSafeInteger as (value: unknown) => value is number;
const isString = (value: unknown): value is string => typeof value === 'string';
const isNullOr = (value: unknown, test: (value: unknown) => boolean) => value === null || test(value);
const isShortText = (value: unknown) => isString(value) && value.length <= MAX_SHORT_TEXT;
const isYen = (value: unknown) => isInt(value) && value >= 0;

/** An object as JSON.parse makes one (not an array, nothing but Object.prototype behind it). */
function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** A plain object with exactly these own keys. */
function hasExactly(value: unknown, keys: readonly string[]): value is Plain {
  if (!isPlainObject(value)) return false;
  const own = Object.keys(value);
  if (own.length !== keys.length) return false;
  for (const key of keys) if (!Object.hasOwn(value, key)) return false;
  return true;
}

function isPlainTag(value: unknown): boolean {
  // zod trims a tag: one with space around it would come back changed
  return isString(value) && value.length >= 1 && value.length <= MAX_TAG_LENGTH && value.trim() === value;
}

function isPlainEvent(value: unknown): boolean {
  if (!hasExactly(value, PLAIN_EVENT_KEYS)) return false;
  const e = value;
  return isString(e.id) && e.id.length >= 1 && e.id.length <= MAX_EVENT_ID
    && STATUSES.has(e.status)
    && isInt(e.at) && isInt(e.recordedAt)
    && isNullOr(e.costJpy, isYen) && isNullOr(e.shippingJpy, isYen)
    && isNullOr(e.trackingNo, isShortText)
    && isNullOr(e.dueAt, isInt)
    && isString(e.memo) && e.memo.length <= MAX_EVENT_MEMO;
}

function isPlainRevisions(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  for (const key of Object.keys(value)) {
    if (key === '__proto__') return false;
    const revision = value[key];
    if (!isInt(revision) || revision < 0) return false;
  }
  return true;
}

/** True when noteSchema would accept `value` and give back an equal note (so it can be used as it is). */
export function isPlainNote(value: unknown): value is Note {
  if (!hasExactly(value, PLAIN_NOTE_KEYS)) return false;
  const n = value;
  return isString(n.creatorId) && n.creatorId.length >= 1
    && isString(n.text) && n.text.length <= MAX_NOTE_TEXT
    && STATUSES.has(n.status)
    && Array.isArray(n.tags) && n.tags.length <= MAX_NOTE_TAGS && n.tags.every(isPlainTag)
    && isNullOr(n.rating, (r) => isInt(r) && r >= 1 && r <= 5)
    && isNullOr(n.nextActionAt, isInt)
    && isNullOr(n.sampleCostJpy, isInt)
    && isNullOr(n.sampleTrackingNo, isShortText)
    && isInt(n.revision) && n.revision >= 1
    && isPlainRevisions(n.fieldRevisions)
    && isInt(n.updatedAt)
    && isString(n.updatedBy)
    && Array.isArray(n.timeline) && n.timeline.length <= MAX_TIMELINE_EVENTS && n.timeline.every(isPlainEvent);
}
