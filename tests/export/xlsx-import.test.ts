/**
 * @vitest-environment node
 * .xlsx import: Mitate's own .xlsx export reads back through read-excel-file into the CSV's rules: every ID exact
 * (text cells), nothing changed; a sheet whose IDs a spreadsheet stored as numbers is matched by handle or refused,
 * naming the Excel row; a bad row anywhere refuses the whole file (all or nothing).
 */
import { describe, expect, it } from 'vitest';
import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import 'fake-indexeddb/auto';
import { applyImportFile, previewImportFile, type ImportFile } from '../../lib/export';
import { buildCreatorsXlsx } from '../../lib/export/xlsx';
import { cellText, readXlsxTable } from '../../lib/export/xlsx-read';
import { describeImportError } from '../../components/dashboard/ExportImport';
import { dumpAll, ingestPageData, saveNote, StoreError, type MitateDb } from '../../lib/store';
import { countNotes, freshDb, makeCreator, pageData } from '../store/helpers';

const IDS = ['7494650123456789012', '7301234567890123456'];
const T = Date.UTC(2026, 10, 20);

async function seeded(): Promise<MitateDb> {
  const { db } = await freshDb();
  await ingestPageData(db, pageData({
    creators: [makeCreator(IDS[0]!, { handle: 'yamada_beauty', nickname: '山田', followers: 125000 }), makeCreator(IDS[1]!, { handle: '=cmd|calc', nickname: '林', followers: 9800 })],
  }), T);
  await saveNote(db, { creatorId: IDS[0]!, baseRevision: 0, patch: { status: 'sample_sent', tags: ['美妆', 'A|B'], rating: 4, sampleCostJpy: 1800, text: '-5% 返佣\n下周联系', nextActionAt: Date.UTC(2026, 11, 1, 1, 0) }, editor: 't' }, T + 1);
  await saveNote(db, { creatorId: IDS[1]!, baseRevision: 0, patch: { status: 'agreement_confirmed', text: "'=HYPERLINK(\"x\")", sampleTrackingNo: '+81-3-0000' }, editor: 't' }, T + 2);
  return db;
}

const asFile = async (blob: Blob): Promise<ImportFile> => ({ format: 'xlsx', text: JSON.stringify(await readXlsxTable(blob)) });

/** A workbook written cell by cell (numbers as numbers, like a spreadsheet that detected them). */
async function workbook(rows: Cell[][]): Promise<Blob> {
  const buffer = await writeXlsxFile(rows).toBuffer();
  return new Blob([new Uint8Array(buffer)]);
}

describe('.xlsx import', () => {
  for (const lang of ['zh_CN', 'ja', 'en'] as const) {
    it(`Mitate's .xlsx export (${lang}) re-imports with every ID exact and nothing changed`, async () => {
      const db = await seeded();
      const before = await dumpAll(db);
      const file = await asFile(await buildCreatorsXlsx(before, lang, 'Creators'));
      const table = JSON.parse(file.text) as string[][];
      expect(table.slice(1).map((row) => row[0]).sort()).toEqual([...IDS].sort());
      const summary = await applyImportFile(db, file, T + 10);
      expect(summary.counts.creators).toMatchObject({ added: 0, changed: 0 });
      expect(summary.counts.notes).toMatchObject({ added: 0, changed: 0 });
      expect(await dumpAll(db)).toEqual(before);
    });
  }

  it('an edited .xlsx changes exactly the edited cells', async () => {
    const db = await seeded();
    const table = await readXlsxTable(await buildCreatorsXlsx(await dumpAll(db), 'ja', 'x'));
    const header = table[0]!;
    const row = table.find((r) => r[0] === IDS[1])!;
    row[header.indexOf('ステータス')] = '返信あり';
    row[header.indexOf('評価(1-5)')] = '5';
    const summary = await applyImportFile(db, { format: 'xlsx', text: JSON.stringify(table) }, T + 10);
    expect(summary.counts.notes).toMatchObject({ added: 0, changed: 1 });
    const note = (await dumpAll(db)).notes.find((n) => n.creatorId === IDS[1])!;
    expect([note.status, note.rating]).toEqual(['replied', 5]);
  });

  it('IDs stored as numbers are matched to the saved creator by handle, or refused naming the Excel row', async () => {
    const db = await seeded();
    const header: Cell[] = [{ value: 'Creator ID', type: String }, { value: 'Handle', type: String }, { value: 'Status', type: String }];
    const blob = await workbook([header, [{ value: Number(IDS[0]), type: Number }, { value: 'yamada_beauty', type: String }, { value: 'Replied', type: String }]]);
    const table = await readXlsxTable(blob);
    // the sheet really holds a rounded number, read as the text the file stores (never through a JS number)
    expect(table[1]![0]).not.toBe(IDS[0]);
    const summary = await previewImportFile(db, { format: 'xlsx', text: JSON.stringify(table) }, T + 10);
    expect(summary.counts.notes).toMatchObject({ added: 0, changed: 1 });

    const empty = (await freshDb()).db;
    const error = await previewImportFile(empty, { format: 'xlsx', text: JSON.stringify(table) }, T).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).detail).toMatchObject({ store: 'xlsx', reason: 'id_rounded', index: 2, name: '@yamada_beauty' });
    const message = describeImportError('ja', { code: 'invalid', message: '', detail: (error as StoreError).detail });
    expect(message).toContain('Excel の 2 行目');
    expect(await countNotes(empty)).toBe(0);
  });

  it('is all or nothing: one bad row refuses the file and writes nothing', async () => {
    const db = await seeded();
    const before = await dumpAll(db);
    const table = await readXlsxTable(await buildCreatorsXlsx(before, 'en', 'x'));
    const header = table[0]!;
    table[1]![header.indexOf('Status')] = 'Replied';
    table.push(['foo', 'bar']);
    const error = await applyImportFile(db, { format: 'xlsx', text: JSON.stringify(table) }, T + 10).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).detail).toMatchObject({ store: 'xlsx', reason: 'id_invalid', index: table.length });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses anything but a sheet of text cells', async () => {
    const db = await seeded();
    for (const text of ['{"a":1}', '[[1,2]]', 'not json']) {
      await expect(previewImportFile(db, { format: 'xlsx', text }, T)).rejects.toBeInstanceOf(StoreError);
    }
  });

  it('reads date cells as the wall-clock time they show', () => {
    expect(cellText(new Date(Date.UTC(2026, 11, 1, 10, 0)))).toBe('2026-12-01 10:00');
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('TRUE');
  });
});
