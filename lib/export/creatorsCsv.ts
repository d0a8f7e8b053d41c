/** The creators + notes CSV: documented columns, headers in the seller's language, and its re-import. */
import type { Lang, Localised } from '../i18n';
import { NOTE_STATUSES, noteStatusSchema, StoreError, type Note, type NoteImport, type NotePatch, type StoreData, type StoredCreator } from '../store';
import { parseCsv, restoreText, toCsv, type CsvCell } from './csv';
import { timelineCsvCell } from '../collab/timeline';

/** Tags share one cell, joined by this; a "|" inside a tag would split it on re-import. */
export const TAG_SEPARATOR = ' | ';
/** Tokyo has no daylight saving: a fixed +9 h turns "YYYY-MM-DD HH:mm" (JST) into epoch ms and back. */
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

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

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** epoch ms → "YYYY-MM-DD HH:mm" in Tokyo time (minute precision). */
export function formatTokyoMinute(epochMs: number): string {
  const d = new Date(epochMs + TOKYO_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "YYYY-MM-DD" or "YYYY-MM-DD HH:mm" (also "/" separators, as Excel may rewrite them) in Tokyo time → epoch ms. */
export function parseTokyoMinute(text: string): number | null {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0)) - TOKYO_OFFSET_MS;
  return Number.isFinite(ms) ? ms : null;
}

function cellFor(column: CsvColumn, creator: StoredCreator | undefined, note: Note | undefined): CsvCell {
  switch (column.key) {
    case 'creatorId': return creator?.id ?? note?.creatorId ?? '';
    case 'handle': return creator?.handle ?? '';
    case 'nickname': return creator?.nickname ?? '';
    case 'followers': return creator?.followers ?? null;
    case 'score': return creator?.score ?? null;
    case 'status': return note?.status ?? creator?.status ?? '';
    case 'tags': return (note?.tags ?? []).join(TAG_SEPARATOR);
    case 'rating': return note?.rating ?? null;
    case 'nextActionAt': return note?.nextActionAt == null ? '' : formatTokyoMinute(note.nextActionAt);
    case 'sampleCostJpy': return note?.sampleCostJpy ?? null;
    case 'sampleTrackingNo': return note?.sampleTrackingNo ?? '';
    case 'timeline': return timelineCsvCell(note);
    case 'noteText': return note?.text ?? '';
    case 'noteUpdatedAt': return note ? formatTokyoMinute(note.updatedAt) : '';
  }
}

/** One row per creator, plus one per note on a creator not (yet) seen on the page. */
export function buildCreatorsCsv(data: Pick<StoreData, 'creators' | 'notes'>, lang: Lang): string {
  const notes = new Map(data.notes.map((note) => [note.creatorId, note]));
  const rows: CsvCell[][] = [CREATOR_CSV_COLUMNS.map((column) => column.header[lang])];
  const seen = new Set<string>();
  for (const creator of data.creators) {
    seen.add(creator.id);
    rows.push(CREATOR_CSV_COLUMNS.map((column) => cellFor(column, creator, notes.get(creator.id))));
  }
  for (const note of data.notes) {
    if (!seen.has(note.creatorId)) rows.push(CREATOR_CSV_COLUMNS.map((column) => cellFor(column, undefined, note)));
  }
  return toCsv(rows);
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

/**
 * Mitate's own CSV → note edits. Only columns present in the file are applied (deleting a column in Excel does
 * not wipe that field). Errors name the CSV line (1 = header) and the column.
 */
export function parseCreatorsCsv(text: string): NoteImport[] {
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch (error) {
    throw new StoreError('invalid', `CSV: ${(error as Error).message}`, { store: 'csv' });
  }
  const [headerRow, ...body] = table;
  if (!headerRow) throw new StoreError('invalid', 'CSV is empty', { store: 'csv' });
  const columns = headerIndex(headerRow);
  if (!columns.has('creatorId')) {
    throw new StoreError('invalid', 'CSV has no creator ID column', { store: 'csv', index: 1, field: 'creatorId' });
  }
  const edits: NoteImport[] = [];
  body.forEach((cells, bodyIndex) => {
    const line = bodyIndex + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const fail = (key: CsvColumnKey, why: string): never => {
      throw new StoreError('invalid', `CSV line ${line}, column "${key}": ${why}`, { store: 'csv', index: line, field: key });
    };
    const get = (key: CsvColumnKey): string | undefined => {
      const index = columns.get(key);
      return index === undefined ? undefined : restoreText(cells[index] ?? '');
    };
    const number = (key: CsvColumnKey): number | null | undefined => {
      const raw = get(key);
      if (raw === undefined) return undefined;
      if (raw.trim() === '') return null;
      const value = Number(raw.replace(/[,¥￥円\s]/g, ''));
      return Number.isFinite(value) ? value : fail(key, `"${raw}" is not a number`);
    };
    const creatorId = get('creatorId')?.trim() ?? '';
    if (!creatorId) fail('creatorId', 'empty');
    const patch: NotePatch = {};
    const status = get('status');
    if (status !== undefined && status.trim() !== '') {
      const parsed = noteStatusSchema.safeParse(status.trim());
      if (!parsed.success) fail('status', `"${status}" is not one of ${NOTE_STATUSES.join(', ')}`);
      else patch.status = parsed.data;
    }
    const tags = get('tags');
    if (tags !== undefined) patch.tags = tags.split('|').map((tag) => tag.trim()).filter((tag) => tag.length > 0);
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
    edits.push({
      creatorId,
      patch,
      creator: { handle: get('handle') || null, nickname: get('nickname') || null, followers: followers ?? null },
    });
  });
  return edits;
}
