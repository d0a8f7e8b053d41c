/** Spreadsheet-safe CSV: IDs kept as text, rounded IDs recognised, statuses in any language, tags with "|", junk refused. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyImportFile, buildCreatorsCsv, formatCell, joinTags, matchesRoundedId, neutraliseText, parseCsv, previewImportFile, readCreatorId, readStatus,
  restoreText, splitTags, statusLabel, toCsv,
} from '../../lib/export';
import { ingestPageData, NOTE_STATUSES, saveNote, StoreError, type MitateDb } from '../../lib/store';
import { countNotes, freshDb, makeCreator, pageData, storedNote, storedNotes } from '../store/helpers';

const ID_A = '7494650123456789012';
const ID_B = '7301234567890123456';
const T = Date.UTC(2026, 10, 20);

async function seeded(): Promise<MitateDb> {
  const { db } = await freshDb();
  await ingestPageData(db, pageData({ creators: [makeCreator(ID_A, { handle: 'yamada_beauty', nickname: '山田' }), makeCreator(ID_B, { handle: 'lin.daily', nickname: '林' })] }), T);
  await saveNote(db, { creatorId: ID_A, baseRevision: 0, patch: { status: 'sample_sent', tags: ['a|b', 'c\\d', '美妆'] }, editor: 't' }, T + 1);
  return db;
}

function rewrite(csv: string, edit: (rows: string[][]) => void): string {
  const rows = parseCsv(csv);
  edit(rows);
  return rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
}

async function importError(db: MitateDb, text: string): Promise<StoreError> {
  const error = await previewImportFile(db, { format: 'csv', text }, T + 5).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe('creator IDs in a CSV', () => {
  it('writes digits after a tab so a spreadsheet keeps them as text, and reads them back exactly', () => {
    expect(formatCell({ id: ID_A })).toBe(`"\t${ID_A}"`);
    expect(readCreatorId(`\t${ID_A}`)).toEqual({ kind: 'digits', text: ID_A });
    // non-numeric IDs are plain text cells, neutralised like any other
    expect(formatCell({ id: '=x' })).toBe(`"'=x"`);
  });

  it('recognises the forms a spreadsheet leaves', () => {
    expect(readCreatorId('7.49465012345679E+18')).toMatchObject({ kind: 'rounded', significant: '749465012345679', digits: 19 });
    expect(readCreatorId('7.494E+018')).toMatchObject({ kind: 'rounded', significant: '7494', digits: 19 });
    expect(readCreatorId('1.00000000000000E+18')).toMatchObject({ kind: 'rounded', significant: '100000000000000', digits: 19 });
    expect(readCreatorId('7494650123456790000')).toMatchObject({ kind: 'rounded', significant: '749465012345679' });
    expect(readCreatorId('7,494,650,123,456,790,000')).toMatchObject({ kind: 'rounded', digits: 19 });
    expect(readCreatorId('="7494650123456789012"')).toEqual({ kind: 'digits', text: ID_A });
    expect(readCreatorId(`\u200E${ID_A}\u200B `)).toEqual({ kind: 'digits', text: ID_A });
    expect(readCreatorId('foo')).toEqual({ kind: 'other', text: 'foo' });
    expect(readCreatorId(' ')).toEqual({ kind: 'empty', text: '' });
  });

  it('matches a rounded ID only to an ID that rounds to it (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** 18n, max: 10n ** 19n - 1n }), (big) => {
        const id = big.toString();
        const asSpreadsheet = Number(id).toPrecision(15).replace('e+', 'E+');
        const reading = readCreatorId(asSpreadsheet);
        expect(reading.kind).toBe('rounded');
        if (reading.kind !== 'rounded') return;
        expect(matchesRoundedId(id, reading)).toBe(true);
        const far = (big + 10n ** 6n).toString();
        if (far.length === id.length) expect(matchesRoundedId(far, reading)).toBe(false);
      }),
    );
  });

  it('re-imports a file whose IDs a spreadsheet rounded: matched by handle, nothing added', async () => {
    const db = await seeded();
    const csv = rewrite(buildCreatorsCsv({ creators: [await db.get('creators', ID_A), await db.get('creators', ID_B)].filter((c) => !!c), notes: [(await storedNote(db, ID_A))!] }, 'en'), (rows) => {
      for (const row of rows.slice(1)) row[0] = Number(row[0]!.trim()).toPrecision(15).replace('e+', 'E+');
      rows[2]![5] = 'Invited';
    });
    const preview = await previewImportFile(db, { format: 'csv', text: csv }, T + 5);
    expect(preview.counts.creators.added).toBe(0);
    expect(preview.counts.notes).toMatchObject({ added: 1, changed: 0 });
    expect(preview.samples.map((s) => s.label)).toEqual(['@lin.daily']);
    await applyImportFile(db, { format: 'csv', text: csv }, T + 5);
    expect((await storedNote(db, ID_B))?.status).toBe('invited');
    expect(await db.count('creators')).toBe(2);
  });

  it('refuses a rounded ID whose handle matches no saved creator, naming the row', async () => {
    const db = await seeded();
    const header = buildCreatorsCsv({ creators: [], notes: [] }, 'ja');
    const error = await importError(db, `${header}"7.494E+018","someone_new","新人"\r\n`);
    expect(error.detail).toMatchObject({ store: 'csv', index: 2, field: 'creatorId', reason: 'id_rounded', name: '@someone_new', value: '7.494E+018' });
    // a handle that exists but whose ID does not round to the cell is refused too
    const wrong = await importError(db, `${header}"7.301E+018","yamada_beauty",""\r\n`);
    expect(wrong.detail).toMatchObject({ reason: 'id_rounded', name: '@yamada_beauty' });
    expect(await countNotes(db)).toBe(1);
  });

  it('refuses a junk row ("foo,bar") and accepts a new real ID', async () => {
    const db = await seeded();
    const header = buildCreatorsCsv({ creators: [], notes: [] }, 'en');
    const error = await importError(db, `${header}foo,bar\r\n`);
    expect(error.detail).toMatchObject({ reason: 'id_invalid', value: 'foo', name: '@bar' });
    await expect(importError(db, 'foo,bar\r\n')).resolves.toMatchObject({ detail: { field: 'creatorId' } });
    const fine = await previewImportFile(db, { format: 'csv', text: `${header}"\t7000000000000000001","newbie","新人"\r\n` }, T + 5);
    expect(fine.counts.creators.added).toBe(1);
  });
});

describe('statuses and tags', () => {
  it('exports statuses in the seller\'s language and reads any of the three back', () => {
    for (const status of NOTE_STATUSES) {
      for (const lang of ['zh_CN', 'ja', 'en'] as const) expect(readStatus(statusLabel(status, lang))).toBe(status);
      expect(readStatus(status)).toBe(status);
    }
    expect(statusLabel('sample_sent', 'ja')).toBe('サンプル発送済み');
    expect(readStatus('sample-sent')).toBeNull();
    expect(readStatus('SAMPLE SENT')).toBe('sample_sent');
  });

  it('round-trips tags containing "|" and "\\" (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }).map((s) => s.trim()).filter((s) => s.length > 0), { maxLength: 6 }), (tags) => {
        expect(splitTags(restoreText(parseCsv(toCsv([[joinTags(tags)]]))[0]![0]!))).toEqual(tags);
      }),
    );
    expect(splitTags('A | B')).toEqual(['A', 'B']); // files written before escaping
  });

  it('an export re-imported changes nothing, escaped tags included', async () => {
    const db = await seeded();
    const before = await storedNote(db, ID_A);
    const csv = buildCreatorsCsv({ creators: await db.getAll('creators'), notes: await storedNotes(db) }, 'zh_CN');
    expect(csv).toContain('a\\|b | c\\\\d | 美妆');
    expect(csv).toContain('已寄样');
    const summary = await applyImportFile(db, { format: 'csv', text: csv }, T + 9);
    expect(summary.counts.notes).toMatchObject({ added: 0, changed: 0 });
    expect(await storedNote(db, ID_A)).toEqual(before);
  });
});

describe('formula neutralising (full-width and leading blanks)', () => {
  const risky = ['＝1+1', '＋81', '－5', '＠SUM(A1)', ' =1+1', '\u3000=1+1', '\t=cmd', '  -2', '\u3000＋1'];
  for (const text of risky) {
    it(`neutralises ${JSON.stringify(text)} and restores it`, () => {
      expect(neutraliseText(text)).toBe(`'${text}`);
      expect(restoreText(neutraliseText(text))).toBe(text);
    });
  }
  it('leaves harmless text alone', () => {
    for (const text of ['美妆 | +VIP', 'a=b', ' 山田', '\u3000こんにちは', "it's"]) expect(neutraliseText(text)).toBe(text);
  });
});
