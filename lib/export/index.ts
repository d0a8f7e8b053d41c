/** File formats (the .xlsx writer is ./xlsx, imported on demand): CSV and .xlsx for spreadsheets (zh/ja headers, injection-safe, IDs kept as text) and lossless JSON; import of CSV and JSON. */
export {
  BOM, CRLF, FORMULA_TRIGGERS, FULL_WIDTH_TRIGGERS, ID_TEXT_PREFIX, NEUTRALISE_PREFIX, formatCell, neutraliseText, parseCsv, restoreText, startsLikeFormula, toCsv,
  type CsvCell,
} from './csv';
export {
  CREATOR_CSV_COLUMNS,
  TAG_SEPARATOR,
  buildCreatorsCsv,
  creatorsTable,
  joinTags,
  splitTags,
  statusLabel,
  readStatus,
  parseCreatorsCsv,
  readCreatorsCsv,
  type CsvColumn,
  type CsvColumnKey,
  type CsvNoteRow,
} from './creators-csv';
export { readCreatorId, matchesRoundedId, SPREADSHEET_DIGITS, type CreatorIdReading } from './creator-id';
export { EXPORT_SCHEMA, buildExportEnvelope, buildExportJson, parseExportJson, type ExportEnvelope } from './json';
export {
  parseImportFile, previewImportFile, applyImportFile, resolveCsvRows, type ImportFile, type ImportFormat, type LabelledImportSummary,
} from './import-file';
