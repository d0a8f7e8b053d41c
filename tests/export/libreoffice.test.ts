/**
 * @vitest-environment node
 * A real spreadsheet round trip: Mitate's CSV and .xlsx are opened in LibreOffice Calc the way Excel opens a CSV
 * (UTF-8, numbers detected), saved, and re-imported. No ID may come back wrong. .ci/run installs libreoffice-calc.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { applyImportFile, buildCreatorsCsv, parseCsv, previewImportFile } from '../../lib/export';
import { buildCreatorsXlsx } from '../../lib/export/xlsx';
import { readXlsxTable } from '../../lib/export/xlsx-read';
import { dumpAll, ingestPageData, saveNote, StoreError, type MitateDb } from '../../lib/store';
import { countNotes, freshDb, makeCreator, pageData } from '../store/helpers';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
const work = mkdtempSync(join(tmpdir(), 'mitate-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** CSV import options as Excel uses them: comma, double quote, UTF-8 (76), from line 1; numbers detected. */
const CSV_IN = 'CSV:44,34,76,1';
const CSV_OUT = 'csv:Text - txt - csv (StarCalc):44,34,76,1';

function soffice(args: string[]): void {
  if (!SOFFICE) throw new Error('LibreOffice is not installed: apt-get install -y libreoffice-calc (.ci/run does this)');
  // own profile folder, so parallel runs and a desktop LibreOffice do not block each other
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${work}/profile`, '--headless', ...args], { cwd: work, stdio: 'pipe', timeout: 120_000 });
}

/** file → LibreOffice → .xlsx → LibreOffice → .csv, as a seller who opens, edits nothing and saves would. */
function throughCalc(name: string, contents: string | Uint8Array): string {
  writeFileSync(join(work, name), contents);
  const stem = name.replace(/\.\w+$/, '');
  if (name.endsWith('.csv')) {
    soffice([`--infilter=${CSV_IN}`, '--convert-to', 'xlsx', '--outdir', join(work, 'xlsx'), join(work, name)]);
    soffice(['--convert-to', CSV_OUT, '--outdir', join(work, 'back'), join(work, 'xlsx', `${stem}.xlsx`)]);
  } else {
    soffice(['--convert-to', CSV_OUT, '--outdir', join(work, 'back'), join(work, name)]);
  }
  return readFileSync(join(work, 'back', `${stem}.csv`), 'utf8');
}

/** file → LibreOffice → saved as .xlsx (a seller who opens the file in Calc and keeps it as a workbook). */
function savedAsXlsx(name: string, contents: string | Uint8Array): Promise<string[][]> {
  writeFileSync(join(work, name), contents);
  const stem = name.replace(/\.\w+$/, '');
  soffice([...(name.endsWith('.csv') ? [`--infilter=${CSV_IN}`] : []), '--convert-to', 'xlsx', '--outdir', join(work, 'saved'), join(work, name)]);
  const bytes = readFileSync(join(work, 'saved', `${stem}.xlsx`));
  return readXlsxTable(new Blob([new Uint8Array(bytes)]));
}

const IDS = ['7494650123456789012', '7301234567890123456', '6900000000000000001'];
const SORTED_IDS = [...IDS].sort();

async function seeded(): Promise<MitateDb> {
  const { db } = await freshDb();
  const t0 = Date.UTC(2026, 10, 20);
  await ingestPageData(db, pageData({
    creators: [
      makeCreator(IDS[0]!, { handle: 'yamada_beauty', nickname: '山田 "ヤマ" 太郎', followers: 125000 }),
      makeCreator(IDS[1]!, { handle: '=cmd|calc', nickname: '林小美', followers: 9800 }),
      makeCreator(IDS[2]!, { handle: 'kitchen.mama', nickname: '＝キッチン', followers: null }),
    ],
  }), t0);
  await saveNote(db, { creatorId: IDS[0]!, baseRevision: 0, patch: { status: 'sample_sent', tags: ['美妆', 'A|B'], rating: 4, sampleCostJpy: 1800, text: '-5% 返佣\r\n下周联系' }, editor: 't' }, t0 + 1);
  await saveNote(db, { creatorId: IDS[1]!, baseRevision: 0, patch: { status: 'agreement_confirmed', text: '\u3000=HYPERLINK("x")', sampleTrackingNo: '+81-3-0000' }, editor: 't' }, t0 + 2);
  return db;
}

// each conversion starts LibreOffice (a few seconds, more on a first run)
describe('LibreOffice Calc round trip', { timeout: 120_000 }, () => {
  for (const lang of ['ja', 'zh_CN', 'en'] as const) {
    it(`Mitate's CSV (${lang}) opened and saved in Calc re-imports with every ID exact and nothing changed`, async () => {
      const db = await seeded();
      const before = await dumpAll(db);
      const back = throughCalc(`mitate-${lang}.csv`, buildCreatorsCsv(before, lang));
      const ids = parseCsv(back).slice(1).map((row) => row[0]!.trim());
      expect(ids.sort()).toEqual(SORTED_IDS);
      const summary = await applyImportFile(db, { format: 'csv', text: back }, Date.UTC(2026, 10, 21));
      expect(summary.counts.creators).toMatchObject({ added: 0, changed: 0 });
      expect(summary.counts.notes).toMatchObject({ added: 0, changed: 0 });
      expect(await dumpAll(db)).toEqual(before);
    });
  }

  it('a plain-number CSV that Calc rounds to 7.49465012345679E+18 is matched by handle or refused, never imported under a wrong ID', async () => {
    const db = await seeded();
    const plain = buildCreatorsCsv(await dumpAll(db), 'en').replace(/"\t(\d+)"/g, '"$1"');
    const back = throughCalc('plain.csv', plain);
    const ids = parseCsv(back).slice(1).map((row) => row[0]!);
    expect(ids.every((id) => /E\+0?18$/i.test(id))).toBe(true); // the spreadsheet really did round them
    const summary = await previewImportFile(db, { format: 'csv', text: back }, Date.UTC(2026, 10, 21));
    expect(summary.counts.creators.added).toBe(0);
    expect(summary.counts.notes.added).toBe(0);

    // the same file for a database that has no such creators: refused, naming the row
    const empty = (await freshDb()).db;
    const error = await previewImportFile(empty, { format: 'csv', text: back }, 0).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    const firstRow = parseCsv(back)[1]!;
    expect((error as StoreError).detail).toMatchObject({ reason: 'id_rounded', name: `@${firstRow[1]}`, index: 2, value: firstRow[0] });
    expect(await empty.count('creators')).toBe(0);
  });

  it('the .xlsx export keeps IDs as text and statuses translated when Calc saves it as CSV', async () => {
    const db = await seeded();
    const blob = await buildCreatorsXlsx(await dumpAll(db), 'ja', 'クリエイター');
    const back = throughCalc('mitate.xlsx', new Uint8Array(await blob.arrayBuffer()));
    const rows = parseCsv(back);
    expect(rows[0]![0]).toBe('クリエイターID');
    const byId = new Map(rows.slice(1).map((row) => [row[0]!, row]));
    expect([...byId.keys()].sort()).toEqual(SORTED_IDS);
    expect(byId.get(IDS[0]!)![5]).toBe('サンプル発送済み');
    expect(byId.get(IDS[1]!)![1]).toBe('=cmd|calc'); // text, never run as a formula
    // and that CSV re-imports onto the same creators
    const summary = await previewImportFile(db, { format: 'csv', text: back }, Date.UTC(2026, 10, 21));
    expect(summary.counts.creators.added).toBe(0);
    expect(summary.counts.notes.added).toBe(0);
  });

  it('Mitate\'s .xlsx opened and saved as .xlsx in Calc imports with every ID exact and nothing changed', async () => {
    const db = await seeded();
    const before = await dumpAll(db);
    const table = await savedAsXlsx('mitate-kept.xlsx', new Uint8Array(await (await buildCreatorsXlsx(before, 'zh_CN', '达人')).arrayBuffer()));
    expect(table.slice(1).map((row) => row[0]).sort()).toEqual(SORTED_IDS);
    const summary = await applyImportFile(db, { format: 'xlsx', text: JSON.stringify(table) }, Date.UTC(2026, 10, 21));
    expect(summary.counts.notes).toMatchObject({ added: 0, changed: 0 });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('Mitate\'s CSV opened in Calc and saved as .xlsx imports with every ID exact and nothing changed', async () => {
    const db = await seeded();
    const before = await dumpAll(db);
    const table = await savedAsXlsx('mitate-csv-kept.csv', buildCreatorsCsv(before, 'ja'));
    expect(table.slice(1).map((row) => row[0]!.trim()).sort()).toEqual(SORTED_IDS);
    const summary = await applyImportFile(db, { format: 'xlsx', text: JSON.stringify(table) }, Date.UTC(2026, 10, 21));
    expect(summary.counts.notes).toMatchObject({ added: 0, changed: 0 });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('a plain-number CSV saved as .xlsx by Calc (IDs rounded to numbers) is matched by handle, or refused naming the Excel row', async () => {
    const db = await seeded();
    const plain = buildCreatorsCsv(await dumpAll(db), 'en').replace(/"\t(\d+)"/g, '"$1"');
    const table = await savedAsXlsx('plain-kept.csv', plain);
    expect(table.slice(1).every((row) => !IDS.includes(row[0]!))).toBe(true); // Calc really did round them
    const summary = await previewImportFile(db, { format: 'xlsx', text: JSON.stringify(table) }, Date.UTC(2026, 10, 21));
    expect(summary.counts.creators.added).toBe(0);
    expect(summary.counts.notes.added).toBe(0);
    const empty = (await freshDb()).db;
    const error = await previewImportFile(empty, { format: 'xlsx', text: JSON.stringify(table) }, 0).then(() => null, (e: unknown) => e);
    expect((error as StoreError).detail).toMatchObject({ store: 'xlsx', reason: 'id_rounded', index: 2 });
    expect(await countNotes(empty)).toBe(0);
  });
});
