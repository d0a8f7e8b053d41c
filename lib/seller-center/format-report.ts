/**
 * "Page formats": answers Mitate could not read, kept as their redacted shape (field names and value types, never a
 * value), merged per endpoint and shape with first/last seen and a count, bounded. A seller saves them as a report
 * file; `npm run fixture:from-report <file>` turns one into a fixture and a failing test. Pure: no storage, no DOM.
 */
import * as z from 'zod/mini';

/** A value's shape: a type name, an object of shapes, or a one-item array holding the union of its items' shapes. */
export type ShapeNode = string | ShapeNode[] | { [key: string]: ShapeNode };

/** Field-name-looking keys are kept; anything else (ids or names used as map keys) becomes KEY_PLACEHOLDER. */
const SAFE_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export const KEY_PLACEHOLDER = '<key>';
export const SHAPE_MAX_DEPTH = 10;
export const SHAPE_MAX_KEYS = 80;
/** Array items looked at: rows of different shapes still show the union of their fields. */
export const SHAPE_ARRAY_SAMPLES = 5;
/** Kept formats; the least recently seen go first. */
export const MAX_PAGE_FORMATS = 50;
/** A shape's JSON above this is cut to its top level (a report must stay small enough to mail). */
export const MAX_SHAPE_JSON = 20_000;
export const REPORT_KIND = 'mitate-page-formats';
export const REPORT_VERSION = 1;

const PRIMITIVES = new Set(['string', 'number', 'boolean', 'null']);

function typeName(value: unknown): string {
  if (value === null) return 'null';
  const type = typeof value;
  return PRIMITIVES.has(type) ? type : 'unknown';
}

/** Two shapes of the same place merged: objects key by key, differing types as "number|string". */
export function mergeShapes(a: ShapeNode, b: ShapeNode, depth = 0): ShapeNode {
  if (typeof a === 'string' && typeof b === 'string') {
    const types = new Set([...a.split('|'), ...b.split('|')]);
    return [...types].sort().join('|');
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length === 0) return b;
    if (b.length === 0) return a;
    return depth >= SHAPE_MAX_DEPTH ? a : [mergeShapes(a[0]!, b[0]!, depth + 1)];
  }
  if (isShapeObject(a) && isShapeObject(b)) {
    const out: Record<string, ShapeNode> = { ...a };
    for (const [key, shape] of Object.entries(b)) {
      if (Object.keys(out).length >= SHAPE_MAX_KEYS && !(key in out)) break;
      out[key] = key in out && depth < SHAPE_MAX_DEPTH ? mergeShapes(out[key]!, shape, depth + 1) : shape;
    }
    return out;
  }
  // object vs array vs primitive at one place: say so, without guessing
  return `${describeKind(a)}|${describeKind(b)}`;
}

function describeKind(shape: ShapeNode): string {
  if (typeof shape === 'string') return shape;
  return Array.isArray(shape) ? 'array' : 'object';
}

function isShapeObject(shape: ShapeNode): shape is { [key: string]: ShapeNode } {
  return typeof shape === 'object' && shape !== null && !Array.isArray(shape);
}

/** The redacted shape of any JSON value. Never throws; cycles and depth are cut. */
export function shapeOf(value: unknown, depth = 0, seen: Set<object> = new Set()): ShapeNode {
  if (value === null || typeof value !== 'object') return typeName(value);
  if (seen.has(value)) return 'cycle';
  if (depth >= SHAPE_MAX_DEPTH) return Array.isArray(value) ? 'array' : 'object';
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      let item: ShapeNode | null = null;
      for (const element of value.slice(0, SHAPE_ARRAY_SAMPLES)) {
        const shape = shapeOf(element, depth + 1, seen);
        item = item === null ? shape : mergeShapes(item, shape, depth + 1);
      }
      return item === null ? [] : [item];
    }
    const out: Record<string, ShapeNode> = {};
    for (const key of Object.keys(value).slice(0, SHAPE_MAX_KEYS)) {
      const shape = shapeOf((value as Record<string, unknown>)[key], depth + 1, seen);
      const name = SAFE_KEY.test(key) ? key : KEY_PLACEHOLDER;
      out[name] = name in out ? mergeShapes(out[name]!, shape, depth + 1) : shape;
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/** A shape as stored and sent: its JSON is bounded; an over-long one keeps only the top-level field names. */
export function boundedShape(shape: ShapeNode): ShapeNode {
  if (JSON.stringify(shape).length <= MAX_SHAPE_JSON) return shape;
  if (!isShapeObject(shape)) return describeKind(shape);
  return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, describeKind(v)]));
}

/** Long digit runs in a path could be ids: shown as <id>. Only the path, never host or query. */
export function redactedPath(url: string): string {
  try {
    return new URL(url, 'https://mitate.invalid').pathname.replace(/\d{6,}/g, '<id>').slice(0, 300);
  } catch {
    return '(unparseable url)';
  }
}

/** One unreadable answer, as the reading layer reports it. */
export interface UnreadableReport {
  endpoint: string;
  path: string;
  /** why it could not be read, e.g. "agg_info missing" (never a value from the body) */
  reason: string;
  shape: ShapeNode;
}

export function unreadableReport(endpoint: string, url: string, reason: string, body: unknown): UnreadableReport {
  return { endpoint, path: redactedPath(url), reason: reason.slice(0, 200), shape: boundedShape(shapeOf(body)) };
}

/** 32-bit FNV-1a as 8 hex digits: a stable id for an endpoint + shape, not a security hash. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function formatId(report: Pick<UnreadableReport, 'endpoint' | 'shape'>): string {
  return `${report.endpoint}:${fnv1a(JSON.stringify(report.shape))}`;
}

const shapeNodeSchema: z.ZodMiniType<ShapeNode> = z.lazy(() =>
  z.union([z.string().check(z.maxLength(200)), z.array(shapeNodeSchema).check(z.maxLength(1)), z.record(z.string().check(z.maxLength(64)), shapeNodeSchema)]),
);

export const pageFormatSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  endpoint: z.string().check(z.maxLength(100)),
  path: z.string().check(z.maxLength(300)),
  reason: z.string().check(z.maxLength(200)),
  firstSeen: z.number(),
  lastSeen: z.number(),
  count: z.number().check(z.int(), z.minimum(1)),
  shape: shapeNodeSchema,
});
export type PageFormat = z.infer<typeof pageFormatSchema>;

/** Counts stop here: "seen very often" is all a report needs to say. */
export const MAX_FORMAT_COUNT = 1_000_000_000;

/** One more occurrence of `report` at `now`, on a formats list (already bounded). Returns the new format. */
export function addOccurrence(existing: PageFormat | undefined, report: UnreadableReport, now: number): PageFormat {
  if (existing) {
    return {
      ...existing,
      reason: report.reason,
      path: report.path,
      firstSeen: Math.min(existing.firstSeen, now),
      lastSeen: Math.max(existing.lastSeen, now),
      count: Math.min(existing.count + 1, MAX_FORMAT_COUNT),
    };
  }
  return { id: formatId(report), endpoint: report.endpoint, path: report.path, reason: report.reason, firstSeen: now, lastSeen: now, count: 1, shape: report.shape };
}

/** `report` merged into `formats`: same endpoint and shape count up, a new one is added, the oldest fall off. */
export function mergeFormat(formats: readonly PageFormat[], report: UnreadableReport, now: number, max = MAX_PAGE_FORMATS): PageFormat[] {
  const id = formatId(report);
  const existing = formats.find((f) => f.id === id);
  const next = addOccurrence(existing, report, now);
  const others = formats.filter((f) => f.id !== id);
  return [next, ...others].sort((a, b) => b.lastSeen - a.lastSeen).slice(0, Math.max(1, max));
}

export const pageFormatsReportSchema = z.object({
  kind: z.literal(REPORT_KIND),
  version: z.literal(REPORT_VERSION),
  createdAt: z.string(),
  extensionVersion: z.nullable(z.string()),
  formats: z.array(pageFormatSchema).check(z.maxLength(MAX_PAGE_FORMATS)),
});
export type PageFormatsReport = z.infer<typeof pageFormatsReportSchema>;

/** The file a seller sends: formats only (shapes hold no values), newest first. */
export function pageFormatsReport(formats: readonly PageFormat[], now: number, extensionVersion: string | null): PageFormatsReport {
  return {
    kind: REPORT_KIND,
    version: REPORT_VERSION,
    createdAt: new Date(now).toISOString(),
    extensionVersion,
    formats: [...formats].sort((a, b) => b.lastSeen - a.lastSeen).slice(0, MAX_PAGE_FORMATS),
  };
}

export function reportFileName(now: number): string {
  return `mitate-page-formats-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** A JSON body with the given shape and placeholder values, for a fixture: "" / 0 / false / null, one array item. */
export function sampleFromShape(shape: ShapeNode, depth = 0): unknown {
  if (depth > SHAPE_MAX_DEPTH) return null;
  if (Array.isArray(shape)) return shape.length === 0 ? [] : [sampleFromShape(shape[0]!, depth + 1)];
  if (isShapeObject(shape)) {
    const out: Record<string, unknown> = {};
    let placeholders = 0;
    for (const [key, value] of Object.entries(shape)) {
      out[key === KEY_PLACEHOLDER ? `key_${placeholders++}` : key] = sampleFromShape(value, depth + 1);
    }
    return out;
  }
  // first of a "number|string" union; the fixture author refines it by hand
  const first = shape.split('|')[0];
  if (first === 'number') return 0;
  if (first === 'boolean') return false;
  if (first === 'string') return '';
  if (first === 'array') return [];
  if (first === 'object') return {};
  return null;
}

/** A safe file stem for one format: endpoint and hash only. */
function stemOf(format: PageFormat): string {
  return format.id.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 80);
}

export interface GeneratedFile {
  path: string;
  content: string;
}

/**
 * The files `npm run fixture:from-report` writes for each format: a fixture under tests/fixtures/reported/ and a
 * test that reads it and fails until the reader handles the shape and hand-worked values are filled in.
 */
export function fixtureFilesFromReport(report: PageFormatsReport): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const format of report.formats) {
    const stem = stemOf(format);
    const fixturePath = `tests/fixtures/reported/${stem}.json`;
    files.push({ path: fixturePath, content: `${JSON.stringify(sampleFromShape(format.shape), null, 2)}\n` });
    files.push({
      path: `tests/seller-center/reported/${stem}.test.ts`,
      content: testSkeleton(format, stem),
    });
  }
  return files;
}

function testSkeleton(format: PageFormat, stem: string): string {
  const when = `${new Date(format.firstSeen).toISOString().slice(0, 10)} to ${new Date(format.lastSeen).toISOString().slice(0, 10)}`;
  return `/**
 * Reported page format: ${format.endpoint} at ${format.path}, seen ${format.count} time(s), ${when}.
 * Reason it was unreadable: ${format.reason.replace(/\*\//g, '* /')}
 * The fixture was built from the redacted shape (placeholder values). Replace them with realistic values, make the
 * reader accept the shape, then write the expected values by hand below.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normaliseResponse, type EndpointId } from '../../../lib/seller-center';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/reported/${stem}.json');

describe(${JSON.stringify(`reported format ${format.id}`)}, () => {
  it('is read', () => {
    const body = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    const result = normaliseResponse(${JSON.stringify(format.endpoint)} as EndpointId, body, {
      url: ${JSON.stringify(`https://affiliate.tiktok.com${format.path}?shop_region=JP`)}, now: ${format.lastSeen},
    });
    expect(result.ok ? 'read' : result.diagnostic).toBe('read');
    throw new Error('TODO: replace this line with hand-worked expected values for the fixture');
  });
});
`;
}
