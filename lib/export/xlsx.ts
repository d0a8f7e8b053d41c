/**
 * The creators table as an .xlsx workbook (write-excel-file, MIT, https://gitlab.com/catamphetamine/write-excel-file).
 * Same columns and translated statuses as the CSV; IDs, handles and every text cell are typed as text, so Excel and
 * LibreOffice never round an ID or run a formula; numbers stay numbers.
 */
import writeXlsxFile, { type Cell } from 'write-excel-file/browser';
import type { Lang } from '../i18n';
import type { StoreData } from '../store';
import { CREATOR_CSV_COLUMNS, creatorsTable } from './creators-csv';
import { keepLeadingApostrophe } from './csv';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Column widths in characters: IDs need 20, notes more. */
const WIDTHS: Partial<Record<string, number>> = { creatorId: 21, handle: 18, nickname: 18, status: 16, tags: 20, nextActionAt: 17, noteText: 40, noteUpdatedAt: 17 };

export async function buildCreatorsXlsx(data: Pick<StoreData, 'creators' | 'notes'>, lang: Lang, sheetName: string): Promise<Blob> {
  const rows = creatorsTable(data, lang).map((row, rowIndex): Cell[] =>
    row.map((cell): Cell => {
      if (rowIndex === 0) return { value: String(cell ?? ''), type: String, fontWeight: 'bold' };
      if (cell === null || cell === '') return null;
      if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, type: Number } : null;
      return { value: typeof cell === 'object' ? cell.id : keepLeadingApostrophe(cell), type: String };
    }),
  );
  return writeXlsxFile(rows, {
    sheet: sheetName.slice(0, 31),
    columns: CREATOR_CSV_COLUMNS.map((column) => ({ width: WIDTHS[column.key] ?? 12 })),
    stickyRowsCount: 1,
  }).toBlob();
}
