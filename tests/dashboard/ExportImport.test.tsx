import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ExportImport, describeImportError } from '../../components/dashboard/ExportImport';
import { createClient, createHandler } from '../../lib/protocol';
import { dumpAll, type MitateDb } from '../../lib/store';
import { parseCsv, restoreText, type ImportFile } from '../../lib/export';
import { countNotes, freshDb } from '../store/helpers';
import { populate, T0 } from '../export/fixture';
import { mount } from '../helpers/mount';
import { buildCreatorsXlsx, XLSX_MIME } from '../../lib/export/xlsx';

async function flush() {
  for (let i = 0; i < 40; i++) await act(async () => { await new Promise((r) => setTimeout(r, 1)); });
}
function clientFor(db: MitateDb) {
  const handle = createHandler({ openDb: async () => db, now: () => T0 + 500 });
  return createClient(async (msg) => JSON.parse(JSON.stringify(await handle(msg))));
}
function chooseFile(el: HTMLElement, name: string, text: string | Blob) {
  const input = el.querySelector('input[type=file]') as HTMLInputElement;
  const file = new File([text], name, { type: name.endsWith('.csv') ? 'text/csv' : name.endsWith('.xlsx') ? XLSX_MIME : 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
}

function props(db: MitateDb, extra: Partial<Parameters<typeof ExportImport>[0]> = {}) {
  const client = clientFor(db);
  return {
    loadExport: () => client.exportAll({}),
    importPreview: (file: ImportFile) => client.importPreview(file),
    importApply: (file: ImportFile) => client.importApply(file),
    now: () => Date.UTC(2026, 10, 24, 1, 5),
    ...extra,
  };
}

describe('ExportImport', () => {
  it('exports CSV with BOM and language headers, and JSON, as page-made Blobs', async () => {
    const { db } = await freshDb();
    await populate(db);
    const files: Array<{ name: string; blob: Blob }> = [];
    const el = mount(<ExportImport lang="ja" {...props(db, { download: (name, blob) => files.push({ name, blob }) })} />);
    const [xlsxButton, csvButton, jsonButton] = [...el.querySelectorAll('button')];
    expect(xlsxButton!.textContent).toBe('Excel で書き出す（.xlsx）');
    act(() => csvButton!.click());
    await flush();
    act(() => jsonButton!.click());
    await flush();
    act(() => xlsxButton!.click());
    // the .xlsx writer is loaded on demand: wait for the file, however long the import takes on a busy machine
    for (let i = 0; i < 50 && files.length < 3; i++) await flush();
    expect(files.map((f) => f.name)).toEqual(['mitate-creators-20261124-1005.csv', 'mitate-backup-20261124-1005.json', 'mitate-creators-20261124-1005.xlsx']);
    // an .xlsx is a zip (PK) holding the sheet
    expect([...new Uint8Array(await files[2]!.blob.arrayBuffer()).slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(files[2]!.blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const csvBytes = new Uint8Array(await files[0]!.blob.arrayBuffer());
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = await files[0]!.blob.text();
    const table = parseCsv(csv);
    expect(table[0]![0]).toBe('クリエイターID');
    expect(restoreText(table.find((r) => r[0] === 'c1')![1]!)).toBe('=cmd|calc');
    const json = JSON.parse(await files[1]!.blob.text());
    expect(json.data).toEqual(await dumpAll(db));
  });

  it('previews, then imports on confirm, and reports counts', async () => {
    const source = (await freshDb()).db;
    await populate(source);
    const exported = await clientFor(source).exportAll({});
    const { db } = await freshDb();
    const onImported = vi.fn();
    const el = mount(<ExportImport lang="en" {...props(db, { onImported })} />);
    chooseFile(el, 'backup.json', JSON.stringify(exported.ok && exported.data));
    await flush();
    const preview = el.querySelector('section')!;
    expect(preview.textContent).toContain('Import preview (nothing written yet) · backup.json');
    const notesRow = preview.querySelector('tr[data-store=notes]')!;
    expect([...notesRow.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Notes', '3', '0', '0']);
    expect(await countNotes(db)).toBe(0);
    const confirm = [...preview.querySelectorAll('button')].find((b) => b.textContent === 'Confirm import')!;
    act(() => confirm.click());
    await flush();
    expect(await dumpAll(db)).toEqual(await dumpAll(source));
    expect(onImported).toHaveBeenCalledTimes(1);
    expect(el.querySelector('[role=status]')!.textContent).toMatch(/^Imported: \d+ added, 0 changed$/);
  });

  it('names the record and field at fault and writes nothing', async () => {
    const { db } = await freshDb();
    await populate(db);
    const before = await dumpAll(db);
    const el = mount(<ExportImport lang="zh_CN" {...props(db)} />);
    chooseFile(el, 'edited.csv', '"达人ID","评级(1-5)"\r\n"c1","5"\r\n"c2","10"\r\n');
    await flush();
    const alert = el.querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('导入失败，数据未做任何修改。');
    expect(alert.textContent).toContain('问题位置：CSV 第 3 行，列 “评级(1-5)”。');
    expect(await dumpAll(db)).toEqual(before);
  });

  it('imports an .xlsx (its reader loaded on demand): preview in seller terms, errors name the Excel row', async () => {
    const { db } = await freshDb();
    await populate(db);
    const before = await dumpAll(db);
    const blob = await buildCreatorsXlsx(before, 'ja', 'x');
    const el = mount(<ExportImport lang="ja" {...props(db)} />);
    expect(el.querySelector('input[type=file]')!.getAttribute('accept')).toContain('.xlsx');
    chooseFile(el, 'edited.xlsx', blob);
    for (let i = 0; i < 5 && !el.querySelector('section'); i++) await flush();
    const preview = el.querySelector('section')!;
    expect(preview.textContent).toContain('edited.xlsx');
    expect(await dumpAll(db)).toEqual(before);
    expect(describeImportError('zh_CN', { code: 'invalid', message: 'x', detail: { store: 'xlsx', index: 4, field: 'rating' } })).toBe('问题位置：Excel 第 4 行，列 “评级(1-5)”。');
  });

  it('describes JSON record errors 1-based with the store name', () => {
    expect(describeImportError('en', { code: 'invalid', message: 'x', detail: { store: 'notes', index: 3, field: 'rating' } })).toBe(
      'Problem at: Notes record 4, field "rating".',
    );
    expect(describeImportError('ja', { code: 'version', message: 'x' })).toBe('このファイルは互換性のない Mitate のバージョンのものです。');
  });
});
