/** Page formats: redacted shapes, merging occurrences with a bound, the report file, and fixture generation. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fixtureFilesFromReport, formatId, mergeFormat, normaliseResponse, pageFormatsReport, pageFormatsReportSchema,
  sampleFromShape, shapeOf, unreadableReport, MAX_PAGE_FORMATS, type PageFormat,
} from '../../lib/seller-center';
import { boundedShape, MAX_SHAPE_JSON, redactedPath } from '../../lib/seller-center/format-report';

const SECRET = 'sakura_beauty_jp';
const URL = 'https://affiliate.tiktok.com/api/v1/affiliate/sample/group/list?shop_region=JP&oec_seller_id=7494000000000000777';

describe('shapeOf', () => {
  it('keeps field names and types, never values', () => {
    const body = { code: 0, data: { rows: [{ handle: SECRET, n: 12, ok: true, x: null }, { handle: SECRET, extra: 'y' }], '7494000000000000001': { v: 1 } } };
    const shape = shapeOf(body);
    expect(shape).toEqual({
      code: 'number',
      data: { rows: [{ handle: 'string', n: 'number', ok: 'boolean', x: 'null', extra: 'string' }], '<key>': { v: 'number' } },
    });
    expect(JSON.stringify(shape)).not.toContain(SECRET);
    expect(JSON.stringify(shape)).not.toContain('7494');
  });
  it('merges differing types at one place and survives cycles and depth', () => {
    expect(shapeOf([1, 'a'])).toEqual(['number|string']);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(shapeOf(cyclic)).toEqual({ a: 'number', self: 'cycle' });
    let deep: unknown = 1;
    for (let i = 0; i < 50; i += 1) deep = { d: deep };
    expect(JSON.stringify(shapeOf(deep)).length).toBeLessThan(200);
  });
  it('bounds a huge shape to its top-level names', () => {
    const wide = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`f${i}`, Object.fromEntries(Array.from({ length: 80 }, (_, j) => [`g${j}`, { h: 1 }]))]));
    const bounded = boundedShape(shapeOf(wide));
    expect(JSON.stringify(bounded).length).toBeLessThanOrEqual(MAX_SHAPE_JSON);
    expect((bounded as Record<string, unknown>).f0).toBe('object');
  });
  it('redacts ids in paths and drops the query', () => {
    expect(redactedPath(URL)).toBe('/api/v1/affiliate/sample/group/list');
    expect(redactedPath('https://x/api/v1/item/1234567/get?secret=1')).toBe('/api/v1/item/<id>/get');
  });
});

describe('normaliseResponse reports an unknown shape, not an error code', () => {
  it('attaches a format report to an unreadable success', () => {
    const result = normaliseResponse('sampleRequests', { code: 0, data: { groups: [{ handle: SECRET }] } }, { url: URL, now: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.format).toEqual({ endpoint: 'sampleRequests', path: '/api/v1/affiliate/sample/group/list', reason: 'agg_info missing', shape: { code: 'number', data: { groups: [{ handle: 'string' }] } } });
    }
  });
  it('does not for an error envelope', () => {
    const result = normaliseResponse('sampleRequests', { code: 98001004, message: 'x' }, { url: URL, now: 0 });
    expect(result.ok === false && result.format).toBeUndefined();
  });
});

describe('mergeFormat', () => {
  const a = unreadableReport('sampleRequests', URL, 'agg_info missing', { code: 0, data: { groups: [] } });
  const b = unreadableReport('invitationSearch', URL, 'data.invitation_list missing', { code: 0, data: { x: 1 } });
  it('counts the same endpoint and shape once, with first and last seen', () => {
    let formats: PageFormat[] = [];
    formats = mergeFormat(formats, a, 1000);
    formats = mergeFormat(formats, b, 2000);
    formats = mergeFormat(formats, a, 3000);
    expect(formats.map((f) => [f.endpoint, f.count, f.firstSeen, f.lastSeen])).toEqual([
      ['sampleRequests', 2, 1000, 3000],
      ['invitationSearch', 1, 2000, 2000],
    ]);
    expect(formats[0]!.id).toBe(formatId(a));
  });
  it('keeps at most the bound, dropping the least recently seen', () => {
    let formats: PageFormat[] = [];
    for (let i = 0; i < MAX_PAGE_FORMATS + 5; i += 1) {
      formats = mergeFormat(formats, unreadableReport('creatorFind', URL, 'x', { [`f${i}`]: 1 }), i);
    }
    expect(formats).toHaveLength(MAX_PAGE_FORMATS);
    expect(formats.at(-1)!.lastSeen).toBe(5);
    expect(formats[0]!.lastSeen).toBe(MAX_PAGE_FORMATS + 4);
  });
});

describe('report file and fixture generation', () => {
  const formats = mergeFormat([], unreadableReport('sampleRequests', URL, 'agg_info missing', { code: 0, data: { groups: [{ handle: SECRET, n: 1 }] } }), Date.UTC(2026, 10, 20));
  const report = pageFormatsReport(formats, Date.UTC(2026, 10, 24), '0.1.0');

  it('is a valid, value-free report', () => {
    expect(pageFormatsReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
    expect(JSON.stringify(report)).not.toContain(SECRET);
    expect(report.createdAt).toBe('2026-11-24T00:00:00.000Z');
  });
  it('builds a placeholder body of the same shape', () => {
    expect(sampleFromShape({ code: 'number', data: { groups: [{ handle: 'string', n: 'number|string', '<key>': 'boolean' }] } }))
      .toEqual({ code: 0, data: { groups: [{ handle: '', n: 0, key_0: false }] } });
    expect(shapeOf(sampleFromShape(formats[0]!.shape))).toEqual(formats[0]!.shape);
  });
  it('writes a fixture and a test that fails on the unread shape', () => {
    const files = fixtureFilesFromReport(report);
    expect(files.map((f) => f.path)).toEqual([
      `tests/fixtures/reported/${formats[0]!.id.replace(':', '-')}.json`,
      `tests/seller-center/reported/${formats[0]!.id.replace(':', '-')}.test.ts`,
    ]);
    expect(files[1]!.content).toContain("normaliseResponse(\"sampleRequests\" as EndpointId");
    expect(files[1]!.content).toContain("toBe('read')");
  });
  it('the npm script writes those files and refuses a file that is not a report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mitate-report-'));
    const reportPath = join(dir, 'report.json');
    writeFileSync(reportPath, JSON.stringify(report));
    const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
    execFileSync(tsx, ['tests/tools/fixture-from-report.ts', reportPath, '--out', dir], { cwd: process.cwd() });
    const fixture = JSON.parse(readFileSync(join(dir, fixtureFilesFromReport(report)[0]!.path), 'utf8'));
    expect(fixture).toEqual({ code: 0, data: { groups: [{ handle: '', n: 0 }] } });
    expect(existsSync(join(dir, fixtureFilesFromReport(report)[1]!.path))).toBe(true);
    writeFileSync(reportPath, JSON.stringify({ kind: 'other' }));
    expect(() => execFileSync(tsx, ['tests/tools/fixture-from-report.ts', reportPath, '--out', dir], { cwd: process.cwd(), stdio: 'pipe' })).toThrow();
  }, 30_000);
});
