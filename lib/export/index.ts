/** File formats: CSV for Excel (zh/ja headers, BOM, injection-safe) and lossless JSON; import of both. */
export { BOM, CRLF, FORMULA_TRIGGERS, NEUTRALISE_PREFIX, formatCell, neutraliseText, parseCsv, restoreText, toCsv, type CsvCell } from './csv';
export {
  CREATOR_CSV_COLUMNS,
  TAG_SEPARATOR,
  buildCreatorsCsv,
  parseCreatorsCsv,
  formatTokyoMinute,
  parseTokyoMinute,
  type CsvColumn,
  type CsvColumnKey,
} from './creatorsCsv';
export { EXPORT_SCHEMA, buildExportEnvelope, buildExportJson, parseExportJson, type ExportEnvelope } from './json';
export { parseImportFile, previewImportFile, applyImportFile, type ImportFile, type ImportFormat } from './importFile';
