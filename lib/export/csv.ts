/**
 * CSV writing and reading for Excel users in China and Japan (research: extension-stack.md §5).
 * Writing: UTF-8 with BOM, CRLF, every field quoted (RFC 4180), and text cells that Excel would run as a
 * formula get a leading apostrophe (OWASP CSV injection). Reading reverses all of that.
 */

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

/**
 * First characters that make a spreadsheet treat a cell as a formula (OWASP CSV Injection; ASVS 5.0 V1.2.10 adds NUL).
 * The apostrophe itself is included too, so a text that really starts with "'" survives export → import unchanged.
 */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n', '\0'] as const;
export const NEUTRALISE_PREFIX = "'";

export type CsvCell = string | number | null;

/** Text cell safe for a spreadsheet: prefixes "'" when the first character could start a formula. */
export function neutraliseText(text: string): string {
  const first = text.charAt(0);
  return (FORMULA_TRIGGERS as readonly string[]).includes(first) || first === NEUTRALISE_PREFIX ? NEUTRALISE_PREFIX + text : text;
}

/** Reverses neutraliseText for a cell read back from Mitate's own CSV. */
export function restoreText(cell: string): string {
  if (cell.charAt(0) !== NEUTRALISE_PREFIX) return cell;
  const second = cell.charAt(1);
  return (FORMULA_TRIGGERS as readonly string[]).includes(second) || second === NEUTRALISE_PREFIX ? cell.slice(1) : cell;
}

/** One quoted field: numbers as plain digits (so Excel keeps them numeric, negatives included), text neutralised. */
export function formatCell(cell: CsvCell): string {
  let text: string;
  if (cell === null) text = '';
  else if (typeof cell === 'number') text = Number.isFinite(cell) ? String(cell) : '';
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
