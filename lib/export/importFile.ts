/** Import of a Mitate JSON export or Mitate CSV: parse + validate fully first, then preview or apply atomically. */
import { applyImport, type ImportPayload, type ImportSummary, type MitateDb } from '../store';
import { parseCreatorsCsv } from './creatorsCsv';
import { parseExportJson } from './json';

export type ImportFormat = 'json' | 'csv';
export interface ImportFile {
  format: ImportFormat;
  text: string;
}

/** Throws StoreError('invalid' | 'version') naming the record and field; never touches the database. */
export function parseImportFile(file: ImportFile): ImportPayload {
  if (file.format === 'csv') return { noteEdits: parseCreatorsCsv(file.text) };
  return { records: parseExportJson(file.text).data };
}

/** Counts of added / changed / unchanged per store and a sample of changes; writes nothing. */
export async function previewImportFile(db: MitateDb, file: ImportFile, now: number): Promise<ImportSummary> {
  return applyImport(db, parseImportFile(file), { dryRun: true, now });
}

/** Writes everything in one transaction, or nothing. */
export async function applyImportFile(db: MitateDb, file: ImportFile, now: number): Promise<ImportSummary> {
  return applyImport(db, parseImportFile(file), { dryRun: false, now });
}
