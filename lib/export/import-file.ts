/**
 * Import of a Mitate JSON export, a Mitate CSV or a Mitate .xlsx: parse + validate fully first, then preview or apply
 * atomically. An .xlsx is read in the dashboard (lib/export/xlsx-read.ts, loaded on demand) and arrives as its first
 * sheet's text cells, JSON-encoded; from there it follows exactly the CSV's rules.
 */
import { applyImport, getCreatorsByHandles, getNotes, guard, type ImportPayload, type ImportSummary, type MitateDb, type NoteImport } from '../store';
import { mangledIdError, notAnIdError, readCreatorsCsv, readCreatorsTable, type CsvNoteRow } from './creators-csv';
import { StoreError } from '../store';
import { matchesRoundedId } from './creator-id';
import { parseExportJson } from './json';

export type ImportFormat = 'json' | 'csv' | 'xlsx';
export interface ImportFile {
  format: ImportFormat;
  text: string;
}

/** A preview line: which creator (by @handle or nickname) a change is about. */
export type LabelledImportSummary = Omit<ImportSummary, 'samples'> & { samples: Array<ImportSummary['samples'][number] & { label?: string }> };

async function savedIds(db: MitateDb, ids: readonly string[]): Promise<Set<string>> {
  const [creatorKeys, notes] = await Promise.all([
    guard(async () => {
      const tx = db.transaction('creators', 'readonly');
      const keys = await Promise.all(ids.map((id) => tx.store.getKey(id)));
      await tx.done;
      return keys;
    }),
    getNotes(db, ids),
  ]);
  return new Set(ids.filter((id, i) => creatorKeys[i] !== undefined || notes.has(id)));
}

/**
 * CSV rows → note edits, checked against what is saved: an ID a spreadsheet rounded (7.49465012345679E+18) is
 * replaced by the saved creator with the row's handle when that creator's ID rounds to it, otherwise the import is
 * refused naming the row; a cell that is no ID at all ("foo") is refused unless that exact ID is saved.
 */
export async function resolveCsvRows(db: MitateDb, rows: readonly CsvNoteRow[]): Promise<NoteImport[]> {
  const exact = await savedIds(db, rows.filter((row) => row.id.kind !== 'digits').map((row) => row.id.text));
  const handles = rows.filter((row) => row.id.kind === 'rounded' && !exact.has(row.id.text)).map((row) => row.edit.creator?.handle).filter((h): h is string => !!h);
  const byHandle = handles.length > 0 ? await getCreatorsByHandles(db, handles) : [];
  const edits = rows.map((row) => {
    const id = row.id;
    if (id.kind === 'digits' || exact.has(id.text)) return row.edit;
    if (id.kind === 'other' || id.kind === 'empty') throw notAnIdError(row);
    const handle = row.edit.creator?.handle?.replace(/^@/, '').toLowerCase();
    const match = handle ? byHandle.find((c) => c.handle?.replace(/^@/, '').toLowerCase() === handle && matchesRoundedId(c.id, id)) : undefined;
    if (match) return { ...row.edit, creatorId: match.id };
    throw mangledIdError(row);
  });
  return keepStoredLineEnds(db, edits);
}

const lf = (text: string) => text.replace(/\r\n?/g, '\n');

/** Spreadsheets save a line break inside a cell as LF: a note that differs from the saved one only in CR/LF is unchanged. */
async function keepStoredLineEnds(db: MitateDb, edits: NoteImport[]): Promise<NoteImport[]> {
  const withText = edits.filter((edit) => edit.patch.text !== undefined);
  if (withText.length === 0) return edits;
  const stored = await getNotes(db, withText.map((edit) => edit.creatorId));
  return edits.map((edit) => {
    const saved = stored.get(edit.creatorId)?.text;
    return saved !== undefined && edit.patch.text !== undefined && saved !== edit.patch.text && lf(saved) === lf(edit.patch.text)
      ? { ...edit, patch: { ...edit.patch, text: saved } }
      : edit;
  });
}

/** Throws StoreError('invalid' | 'version') naming the record and field; never writes to the database. */
export async function parseImportFile(db: MitateDb, file: ImportFile): Promise<ImportPayload> {
  if (file.format === 'csv') return { noteEdits: await resolveCsvRows(db, readCreatorsCsv(file.text)) };
  if (file.format === 'xlsx') return { noteEdits: await resolveCsvRows(db, readCreatorsTable(sheetTable(file.text), 'xlsx')) };
  return { records: parseExportJson(file.text).data };
}

/** Adds each creator's @handle (or nickname) to the preview's creator and note lines. */
async function labelSamples(db: MitateDb, summary: ImportSummary, payload: ImportPayload): Promise<LabelledImportSummary> {
  const fromFile = new Map<string, string>();
  for (const edit of payload.noteEdits ?? []) fromFile.set(edit.creatorId, edit.creator?.handle ? `@${edit.creator.handle.replace(/^@/, '')}` : edit.creator?.nickname ?? '');
  for (const creator of payload.records?.creators ?? []) fromFile.set(creator.id, creator.handle ? `@${creator.handle}` : creator.nickname ?? '');
  const samples = await guard(async () => {
    const tx = db.transaction('creators', 'readonly');
    const out = await Promise.all(
      summary.samples.map(async (sample) => {
        if (sample.store !== 'creators' && sample.store !== 'notes') return sample;
        const saved = await tx.store.get(sample.key);
        const label = saved?.handle ? `@${saved.handle}` : saved?.nickname || fromFile.get(sample.key) || '';
        return label ? { ...sample, label } : sample;
      }),
    );
    await tx.done;
    return out;
  });
  return { ...summary, samples };
}

/** Counts of added / changed / unchanged per store and a sample of changes; writes nothing. */
export async function previewImportFile(db: MitateDb, file: ImportFile, now: number): Promise<LabelledImportSummary> {
  const payload = await parseImportFile(db, file);
  return labelSamples(db, await applyImport(db, payload, { dryRun: true, now }), payload);
}

/** Writes everything in one transaction, or nothing. */
export async function applyImportFile(db: MitateDb, file: ImportFile, now: number): Promise<LabelledImportSummary> {
  const payload = await parseImportFile(db, file);
  return labelSamples(db, await applyImport(db, payload, { dryRun: false, now }), payload);
}

/** The sheet's text cells as the dashboard sent them: an array of rows of strings, nothing else. */
function sheetTable(text: string): string[][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || !parsed.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === 'string'))) {
    throw new StoreError('invalid', 'Excel sheet could not be read', { store: 'xlsx' });
  }
  return parsed as string[][];
}
