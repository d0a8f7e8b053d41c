/** The creators + notes CSV: documented columns, headers in the seller's language, and its re-import. */
import { LANGS, t, type Lang, type Localised } from '../i18n';
import { formatTokyoMinute, parseTokyoMinute } from '../format/tokyo-time';
import { NOTE_STATUSES, StoreError, type Note, type NoteImport, type NotePatch, type NoteStatus, type StoreData, type StoredCreator } from '../store';
import { parseCsv, restoreText, toCsv, type CsvCell } from './csv';
import { readCreatorId, type CreatorIdReading } from './creator-id';
import { timelineCsvCell } from '../collab/timeline';

/** Tags share one cell, joined by this; a "|" or "\\" inside a tag is escaped with "\\" so it survives re-import. */
export const TAG_SEPARATOR = ' | ';

export type CsvColumnKey =
  | 'creatorId' | 'handle' | 'nickname' | 'followers' | 'score' | 'status' | 'tags' | 'rating'
  | 'nextActionAt' | 'sampleCostJpy' | 'sampleTrackingNo' | 'noteText' | 'noteUpdatedAt' | 'timeline';

export interface CsvColumn {
  key: CsvColumnKey;
  kind: 'text' | 'number' | 'date';
  /** header per language; the reader accepts any of the three, or the key */
  header: Localised;
  /** read back on import (false: shown for the seller only) */
  importable: boolean;
}

/** The CSV's columns, in order. */
export const CREATOR_CSV_COLUMNS: readonly CsvColumn[] = [
  { key: 'creatorId', kind: 'text', importable: true, header: { zh_CN: '达人ID', ja: 'クリエイターID', en: 'Creator ID' } },
  { key: 'handle', kind: 'text', importable: true, header: { zh_CN: '达人账号', ja: 'ハンドル', en: 'Handle' } },
  { key: 'nickname', kind: 'text', importable: true, header: { zh_CN: '昵称', ja: 'ニックネーム', en: 'Nickname' } },
  { key: 'followers', kind: 'number', importable: true, header: { zh_CN: '粉丝数', ja: 'フォロワー数', en: 'Followers' } },
  { key: 'score', kind: 'number', importable: false, header: { zh_CN: '评分', ja: 'スコア', en: 'Score' } },
  { key: 'status', kind: 'text', importable: true, header: { zh_CN: '合作状态', ja: 'ステータス', en: 'Status' } },
  { key: 'tags', kind: 'text', importable: true, header: { zh_CN: '标签', ja: 'タグ', en: 'Tags' } },
  { key: 'rating', kind: 'number', importable: true, header: { zh_CN: '评级(1-5)', ja: '評価(1-5)', en: 'Rating (1-5)' } },
  { key: 'nextActionAt', kind: 'date', importable: true, header: { zh_CN: '下次跟进(东京时间)', ja: '次のアクション(日本時間)', en: 'Next action (Tokyo time)' } },
  { key: 'sampleCostJpy', kind: 'number', importable: true, header: { zh_CN: '样品成本(日元)', ja: 'サンプル費用(円)', en: 'Sample cost (JPY)' } },
  { key: 'sampleTrackingNo', kind: 'text', importable: true, header: { zh_CN: '样品运单号', ja: 'サンプル追跡番号', en: 'Sample tracking no.' } },
  { key: 'noteText', kind: 'text', importable: true, header: { zh_CN: '备注', ja: 'メモ', en: 'Notes' } },
  { key: 'noteUpdatedAt', kind: 'date', importable: false, header: { zh_CN: '备注更新时间(东京时间)', ja: 'メモ更新日時(日本時間)', en: 'Notes updated (Tokyo time)' } },
  { key: 'timeline', kind: 'text', importable: false, header: { zh_CN: '合作时间线(东京日期)', ja: 'コラボ履歴(日本日付)', en: 'Collaboration timeline (Tokyo dates)' } },
];

/** Tags → one cell: "|" and "\\" inside a tag are escaped with "\\". */
export function joinTags(tags: readonly string[]): string {
  return tags.map((tag) => tag.replace(/[\\|]/g, (ch) => `\\${ch}`)).join(TAG_SEPARATOR);
}

/** Reverses joinTags; a file written before escaping (no "\\") reads the same as before. */
export function splitTags(cell: string): string[] {
  const tags: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    const next = cell[i + 1];
    if (ch === '\\' && (next === '|' || next === '\\')) {
      current += next;
      i += 1;
    } else if (ch === '|') {
      tags.push(current);
      current = '';
    } else current += ch;
  }
  tags.push(current);
  return tags.map((tag) => tag.trim()).filter((tag) => tag.length > 0);
}

/** The seller's word for a status, in the export's language. */
export function statusLabel(status: NoteStatus | string, lang: Lang): string {
  return (NOTE_STATUSES as readonly string[]).includes(status) ? t(lang, `ntStatus_${status as NoteStatus}`) : status;
}

/** A status cell in any of the three languages (or the internal code, as older exports wrote it) → the status. */
export function readStatus(cell: string): NoteStatus | null {
  const wanted = cell.trim().toLowerCase();
  for (const status of NOTE_STATUSES) {
    if (status === wanted) return status;
    if (LANGS.some((lang) => t(lang, `ntStatus_${status}`).toLowerCase() === wanted)) return status;
  }
  return null;
}

function cellFor(column: CsvColumn, creator: StoredCreator | undefined, note: Note | undefined, lang: Lang): CsvCell {
  switch (column.key) {
    case 'creatorId': return { id: creator?.id ?? note?.creatorId ?? '' };
    case 'handle': return creator?.handle ?? '';
    case 'nickname': return creator?.nickname ?? '';
    case 'followers': return creator?.followers ?? null;
    case 'score': return creator?.score ?? null;
    case 'status': return statusLabel(note?.status ?? creator?.status ?? '', lang);
    case 'tags': return joinTags(note?.tags ?? []);
    case 'rating': return note?.rating ?? null;
    case 'nextActionAt': return note?.nextActionAt == null ? '' : formatTokyoMinute(note.nextActionAt);
    case 'sampleCostJpy': return note?.sampleCostJpy ?? null;
    case 'sampleTrackingNo': return note?.sampleTrackingNo ?? '';
    case 'timeline': return timelineCsvCell(note);
    case 'noteText': return note?.text ?? '';
    case 'noteUpdatedAt': return note ? formatTokyoMinute(note.updatedAt) : '';
  }
}

/** The export table (header row first): one row per creator, plus one per note on a creator not (yet) seen on the page. */
export function creatorsTable(data: Pick<StoreData, 'creators' | 'notes'>, lang: Lang): CsvCell[][] {
  const notes = new Map(data.notes.map((note) => [note.creatorId, note]));
  const rows: CsvCell[][] = [CREATOR_CSV_COLUMNS.map((column) => column.header[lang])];
  const seen = new Set<string>();
  for (const creator of data.creators) {
    seen.add(creator.id);
    rows.push(CREATOR_CSV_COLUMNS.map((column) => cellFor(column, creator, notes.get(creator.id), lang)));
  }
  for (const note of data.notes) {
    if (!seen.has(note.creatorId)) rows.push(CREATOR_CSV_COLUMNS.map((column) => cellFor(column, undefined, note, lang)));
  }
  return rows;
}

export function buildCreatorsCsv(data: Pick<StoreData, 'creators' | 'notes'>, lang: Lang): string {
  return toCsv(creatorsTable(data, lang));
}

function headerIndex(headerRow: string[]): Map<CsvColumnKey, number> {
  const out = new Map<CsvColumnKey, number>();
  headerRow.forEach((raw, index) => {
    const header = restoreText(raw).trim();
    const column = CREATOR_CSV_COLUMNS.find(
      (c) => c.key === header || c.header.zh_CN === header || c.header.ja === header || c.header.en === header,
    );
    if (column && !out.has(column.key)) out.set(column.key, index);
  });
  return out;
}

/** Where a table came from: a CSV file, or the first sheet of an .xlsx workbook (lib/export/xlsx-read.ts). */
export type TableSource = 'csv' | 'xlsx';
const WHERE: Record<TableSource, string> = { csv: 'CSV line', xlsx: 'Excel row' };

/** One body row of the CSV (or sheet): its line (1 = header), how its creator ID reads, and the edit it makes. */
export interface CsvNoteRow {
  source: TableSource;
  line: number;
  id: CreatorIdReading;
  edit: NoteImport;
}

/**
 * Mitate's own CSV → note edits. Only columns present in the file are applied (deleting a column in Excel does
 * not wipe that field). Errors name the CSV line (1 = header) and the column. IDs a spreadsheet may have rounded
 * are only flagged here; lib/export/import-file.ts resolves them against the saved creators.
 */
export function readCreatorsCsv(text: string): CsvNoteRow[] {
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch (error) {
    throw new StoreError('invalid', `CSV: ${(error as Error).message}`, { store: 'csv' });
  }
  return readCreatorsTable(table, 'csv');
}

/** The same rules for a table of text cells, from a CSV or from the first sheet of an .xlsx; errors name its row. */
export function readCreatorsTable(table: readonly (readonly string[])[], source: TableSource): CsvNoteRow[] {
  const name = source === 'xlsx' ? 'Excel sheet' : 'CSV';
  const [headerRow, ...body] = table;
  if (!headerRow) throw new StoreError('invalid', `${name} is empty`, { store: source });
  const columns = headerIndex([...headerRow]);
  if (!columns.has('creatorId')) {
    throw new StoreError('invalid', `${name} has no creator ID column`, { store: source, index: 1, field: 'creatorId' });
  }
  const rows: CsvNoteRow[] = [];
  body.forEach((cells, bodyIndex) => {
    const line = bodyIndex + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const fail = (key: CsvColumnKey, why: string): never => {
      throw new StoreError('invalid', `${WHERE[source]} ${line}, column "${key}": ${why}`, { store: source, index: line, field: key });
    };
    const get = (key: CsvColumnKey): string | undefined => {
      const index = columns.get(key);
      // the same for an .xlsx: a Mitate CSV that a spreadsheet saved as a workbook keeps the CSV's leading "'"
      // (and Mitate's own .xlsx doubles a leading "'" that would otherwise be taken for one, lib/export/xlsx.ts)
      return index === undefined ? undefined : restoreText(cells[index] ?? '');
    };
    const number = (key: CsvColumnKey): number | null | undefined => {
      const raw = get(key);
      if (raw === undefined) return undefined;
      if (raw.trim() === '') return null;
      const value = Number(raw.replace(/[,¥￥円\s]/g, ''));
      return Number.isFinite(value) ? value : fail(key, `"${raw}" is not a number`);
    };
    const id = readCreatorId(get('creatorId') ?? '');
    if (id.kind === 'empty') fail('creatorId', 'empty');
    const patch: NotePatch = {};
    const status = get('status');
    if (status !== undefined && status.trim() !== '') {
      patch.status = readStatus(status) ?? fail('status', `"${status}" is not one of ${NOTE_STATUSES.join(', ')}`);
    }
    const tags = get('tags');
    if (tags !== undefined) patch.tags = splitTags(tags);
    const rating = number('rating');
    if (rating !== undefined) {
      if (rating !== null && (!Number.isInteger(rating) || rating < 1 || rating > 5)) fail('rating', 'must be 1-5 or empty');
      patch.rating = rating;
    }
    const nextAction = get('nextActionAt');
    if (nextAction !== undefined) {
      if (nextAction.trim() === '') patch.nextActionAt = null;
      else patch.nextActionAt = parseTokyoMinute(nextAction) ?? fail('nextActionAt', `"${nextAction}" is not YYYY-MM-DD HH:mm`);
    }
    const cost = number('sampleCostJpy');
    if (cost !== undefined) {
      if (cost !== null && !Number.isInteger(cost)) fail('sampleCostJpy', 'must be whole yen');
      patch.sampleCostJpy = cost;
    }
    const tracking = get('sampleTrackingNo');
    if (tracking !== undefined) patch.sampleTrackingNo = tracking === '' ? null : tracking;
    const noteText = get('noteText');
    if (noteText !== undefined) patch.text = noteText;
    const followers = number('followers');
    rows.push({
      source,
      line,
      id,
      edit: {
        creatorId: id.text,
        patch,
        creator: { handle: get('handle')?.trim() || null, nickname: get('nickname')?.trim() || null, followers: followers ?? null },
      },
    });
  });
  return rows;
}

/** readCreatorsCsv without a database: a row whose ID a spreadsheet rounded is refused, naming the row. */
export function parseCreatorsCsv(text: string): NoteImport[] {
  return readCreatorsCsv(text).map((row) => {
    if (row.id.kind === 'rounded') throw mangledIdError(row);
    return row.edit;
  });
}

/** The seller's name for a row: "@handle", else the nickname, else "". */
export function rowName(row: CsvNoteRow): string {
  const creator = row.edit.creator;
  return creator?.handle ? `@${creator.handle.replace(/^@/, '')}` : creator?.nickname ?? '';
}

export function mangledIdError(row: CsvNoteRow): StoreError {
  return new StoreError('invalid', `${WHERE[row.source]} ${row.line}: creator ID "${row.id.text}" was rounded by a spreadsheet and no saved creator ${rowName(row) || '(no handle)'} matches it`, {
    store: row.source, index: row.line, field: 'creatorId', reason: 'id_rounded', name: rowName(row), value: row.id.text,
  });
}

export function notAnIdError(row: CsvNoteRow): StoreError {
  return new StoreError('invalid', `${WHERE[row.source]} ${row.line}: "${row.id.text}" is not a creator ID`, {
    store: row.source, index: row.line, field: 'creatorId', reason: 'id_invalid', name: rowName(row), value: row.id.text,
  });
}
