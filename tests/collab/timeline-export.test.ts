import { describe, expect, it } from 'vitest';
import { buildCreatorsCsv, buildExportJson, parseCsv, parseExportJson } from '../../lib/export';
import { event, note } from '../fixtures/followup/week';

const jst = (day: number) => Date.UTC(2026, 10, day) - 9 * 3_600_000;
const timeline = [event('a', 'invited', jst(23)), event('b', 'sample_sent', jst(25), { costJpy: 1800, trackingNo: 'YM-1' })];

describe('the timeline is exported', () => {
  it('CSV: one cell per creator, last column, in the seller\'s language', () => {
    const csv = buildCreatorsCsv({ creators: [], notes: [note('c1', timeline)] }, 'ja');
    const [header, row] = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(header!.at(-1)).toBe('コラボ履歴(日本日付)');
    expect(row!.at(-1)).toBe('2026-11-23 invited; 2026-11-25 sample_sent ¥1800 #YM-1');
  });
  it('JSON: every event with its dates and costs', () => {
    const json = buildExportJson({ notes: [note('c1', timeline)] } as never, 1);
    const parsed = parseExportJson(json);
    expect(parsed.data.notes[0]!.timeline).toEqual(timeline);
  });
});
