/**
 * CSV writing and reading for Excel users in China and Japan (BOM so Excel reads UTF-8:
 * https://qiita.com/JustsuQ/items/4c60d67f38dab3a9435b). Writing: UTF-8 with BOM, CRLF, every field quoted
 * (https://datatracker.ietf.org/doc/rfc4180), and text cells that Excel would run as a formula get a leading
 * apostrophe (https://owasp.org/www-community/attacks/CSV_Injection). Reading reverses all of that.
 */

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

/**
 * First characters that make a spreadsheet treat a cell as a formula (OWASP CSV Injection; ASVS 5.0 V1.2.10 adds NUL).
 * The apostrophe itself is included too, so a text that really starts with "'" survives export → import unchanged.
 */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n', '\0'] as const;
/** Full-width forms a Japanese or Chinese IME types; spreadsheets in those locales read them as = + - @ too. */
export const FULL_WIDTH_TRIGGERS = ['\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'] as const;
/** Blanks a spreadsheet may skip before it looks for a formula character (space, ideographic space U+3000, tab, CR, LF). */
const LEADING_BLANKS = /^[ \u3000\t\r\n]+/;
export const NEUTRALISE_PREFIX = "'";
/**
 * Long numeric IDs are written as a tab followed by the digits: spreadsheets (Excel, LibreOffice) then keep the cell as
 * text instead of rounding it to 15 digits (7.494E+18), and keep the tab through an open-and-save. A tab followed only by
 * digits cannot start a formula. Reading trims it. (Verified with LibreOffice in tests/export/libreoffice.test.ts.)
 */
export const ID_TEXT_PREFIX = '\t';

/** A cell value: text, number, empty, or an ID written so spreadsheets keep all its digits. */
export type CsvCell = string | number | null | { id: string };

const FORMULA_CHARS: readonly string[] = [...FORMULA_TRIGGERS, ...FULL_WIDTH_TRIGGERS];

/** True when a spreadsheet could read the text as a formula: a trigger first, or blanks then = + - @ (half or full width). */
export function startsLikeFormula(text: string): boolean {
  if (FORMULA_CHARS.includes(text.charAt(0))) return true;
  const rest = text.replace(LEADING_BLANKS, '');
  return rest.length < text.length && FORMULA_CHARS.includes(rest.charAt(0));
}

/** Text cell safe for a spreadsheet: prefixes "'" when it could start a formula (or already starts with "'"). */
export function neutraliseText(text: string): string {
  return startsLikeFormula(text) || text.startsWith(NEUTRALISE_PREFIX) ? NEUTRALISE_PREFIX + text : text;
}

/** Reverses neutraliseText for a cell read back from Mitate's own CSV. */
export function restoreText(cell: string): string {
  if (!cell.startsWith(NEUTRALISE_PREFIX)) return cell;
  const rest = cell.slice(1);
  return startsLikeFormula(rest) || rest.startsWith(NEUTRALISE_PREFIX) ? rest : cell;
}

/**
 * For a text cell that is already safe (an .xlsx text cell): a leading "'" that restoreText would remove is doubled,
 * so the same reading rule gives the text back exactly.
 */
export function keepLeadingApostrophe(text: string): string {
  return restoreText(text) !== text ? NEUTRALISE_PREFIX + text : text;
}

/** One quoted field: numbers as plain digits (so Excel keeps them numeric, negatives included), text neutralised. */
export function formatCell(cell: CsvCell): string {
  let text: string;
  if (cell === null) text = '';
  else if (typeof cell === 'number') text = Number.isFinite(cell) ? String(cell) : '';
  else if (typeof cell === 'object') text = /^\d+$/.test(cell.id) ? ID_TEXT_PREFIX + cell.id : neutraliseText(cell.id);
  else text = neutraliseText(cell);
  return `"${text.replace(/"/g, '""')}"`;
}

/** Whole file with BOM; every record (the last included) ends with CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(formatCell).join(',') + CRLF).join('');
}

/** RFC 4180 reader: BOM, quoted fields with "" and embedded CR/LF, CRLF or LF line ends. Returns raw cells. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  let cellStarted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && !cellStarted) {
      quoted = true;
      cellStarted = true;
      i += 1;
      continue;
    }
    if (ch === ',') {
      row.push(cell);
      cell = '';
      cellStarted = false;
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      cellStarted = false;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += ch;
    cellStarted = true;
    i += 1;
  }
  if (quoted) throw new Error('Unterminated quoted field at end of file');
  if (cellStarted || cell.length > 0 || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
