/**
 * Reads the first sheet of an .xlsx workbook into a table of text cells (read-excel-file, MIT,
 * https://gitlab.com/catamphetamine/read-excel-file), for the same import rules as a CSV (readCreatorsTable).
 * Loaded only when a seller picks an .xlsx. Numbers are kept as the text the file stores, never through a JS number,
 * so an ID a spreadsheet saved as a number reads as what it is (rounded: "7.494650123456789E+18") and the import
 * matches it by handle or refuses it; dates become "YYYY-MM-DD HH:mm" as shown.
 */
import { readSheet } from 'read-excel-file/universal';

/** Bounds on what one workbook may bring (a Mitate export of 50,000 creators fits well within them). */
export const XLSX_MAX_ROWS = 100_000;
export const XLSX_MAX_COLUMNS = 64;

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as text. A date cell holds the wall-clock time it shows (read-excel-file gives it as UTC fields). */
export function cellText(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export class XlsxTooLargeError extends Error {}

export async function readXlsxTable(file: Blob | ArrayBuffer): Promise<string[][]> {
  const rows = await readSheet<string>(file, { parseNumber: (text) => text, trim: false });
  if (rows.length > XLSX_MAX_ROWS) throw new XlsxTooLargeError(`more than ${XLSX_MAX_ROWS} rows`);
  const table: string[][] = [];
  for (const row of rows) {
    if (row.length > XLSX_MAX_COLUMNS) throw new XlsxTooLargeError(`more than ${XLSX_MAX_COLUMNS} columns`);
    table.push(row.map(cellText));
  }
  return table;
}
