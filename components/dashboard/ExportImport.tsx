/**
 * Export (CSV for Excel, JSON full backup) and import with a preview and confirm step.
 * Files are built here, in the page, because an MV3 service worker has no URL.createObjectURL (GoogleChrome/developer.chrome.com pull request #4269).
 */
import { useRef, useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import { buildCreatorsCsv, CREATOR_CSV_COLUMNS, type CsvColumnKey, type ImportFile } from '../../lib/export';
import { formatTokyoMinute } from '../../lib/format';
import { STORE_NAMES, type StoreName } from '../../lib/store';
import type { ProtocolError, ProtocolResult, ResponseData } from '../../lib/protocol';
import './dashboard.css';

export type ExportData = ResponseData<'exportAll'>;
export type ImportSummaryData = ResponseData<'importPreview'>;

export interface ExportImportProps {
  lang: Lang;
  /** the whole database as an export envelope (e.g. client.exportAll) */
  loadExport: () => Promise<ProtocolResult<ExportData>>;
  importPreview: (file: ImportFile) => Promise<ProtocolResult<ImportSummaryData>>;
  importApply: (file: ImportFile) => Promise<ProtocolResult<ImportSummaryData>>;
  /** after a successful import, e.g. to reload the table */
  onImported?: (summary: ImportSummaryData) => void;
  /** saves a file; default: Blob + temporary <a download> in this page */
  download?: (filename: string, blob: Blob) => void;
  now?: () => number;
}

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // give the browser a moment to start the download before the URL goes away
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function stamp(now: number): string {
  return formatTokyoMinute(now).replace(/[-: ]/g, '').replace(/^(\d{8})/, '$1-');
}

/** A CSV column's header in the seller's language (the error detail names the column by its key). */
function csvColumnName(lang: Lang, key: string | undefined): string {
  return CREATOR_CSV_COLUMNS.find((column) => column.key === key)?.header[lang] ?? key ?? '';
}

/** Preview field names (record fields) in the seller's words; bookkeeping fields are not shown. */
const PREVIEW_FIELDS: Partial<Record<string, CsvColumnKey>> = {
  text: 'noteText', status: 'status', tags: 'tags', rating: 'rating', nextActionAt: 'nextActionAt', sampleCostJpy: 'sampleCostJpy',
  sampleTrackingNo: 'sampleTrackingNo', handle: 'handle', nickname: 'nickname', followers: 'followers',
};
export function previewFieldNames(lang: Lang, fields: readonly string[]): string[] {
  return fields.flatMap((field) => {
    const key = PREVIEW_FIELDS[field];
    return key ? [csvColumnName(lang, key)] : [];
  });
}

/** The localised "where" of an import error, e.g. "Problem at: Notes record 4, field "rating"." */
export function describeImportError(lang: Lang, error: ProtocolError): string {
  if (error.code === 'version') return t(lang, 'dbErrorVersion');
  const detail = error.detail;
  if ((detail?.store === 'csv' || detail?.store === 'xlsx') && detail.index !== undefined) {
    // "CSV line 4" or "Excel row 4": the same rules, named as the seller sees the file
    const where = t(lang, detail.store === 'xlsx' ? 'exWhereXlsxRow' : 'exWhereCsvLine', detail.index);
    if (detail.reason === 'id_rounded') return t(lang, 'exErrorIdRounded', where, detail.name || t(lang, 'exNoName'), detail.value ?? '');
    if (detail.reason === 'id_invalid') return t(lang, 'exErrorIdInvalid', where, detail.value ?? '');
    return t(lang, 'dbErrorAtCsvLine', where, csvColumnName(lang, detail.field));
  }
  if (detail?.store && detail.index !== undefined) {
    const storeLabel = (STORE_NAMES as readonly string[]).includes(detail.store) ? t(lang, `dbStore_${detail.store as StoreName}`) : detail.store;
    return t(lang, 'dbErrorAt', storeLabel, detail.index + 1, detail.field ?? '');
  }
  return '';
}

/** The file as the import reads it; an .xlsx is read here (its reader loads only now) into its sheet's text cells. */
async function importFileOf(chosen: File): Promise<ImportFile> {
  if (/\.xlsx$/i.test(chosen.name)) {
    const { readXlsxTable } = await import('../../lib/export/xlsx-read');
    return { format: 'xlsx', text: JSON.stringify(await readXlsxTable(chosen)) };
  }
  return { format: /\.csv$/i.test(chosen.name) ? 'csv' : 'json', text: await chosen.text() };
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'preview'; file: ImportFile; name: string; summary: ImportSummaryData }
  | { kind: 'importing' }
  | { kind: 'done'; summary: ImportSummaryData }
  | { kind: 'failed'; error: ProtocolError };

export function ExportImport({ lang, loadExport, importPreview, importApply, onImported, download = downloadBlob, now = Date.now }: ExportImportProps) {
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);

  const runExport = async (format: 'csv' | 'xlsx' | 'json') => {
    setExporting(true);
    setExportError(null);
    try {
      const result = await loadExport();
      if (!result.ok) {
        setExportError(result.error.message);
        return;
      }
      const time = stamp(now());
      if (format === 'csv') {
        // buildCreatorsCsv starts with the BOM Excel needs to read UTF-8
        download(`mitate-creators-${time}.csv`, new Blob([buildCreatorsCsv(result.data.data, lang)], { type: 'text/csv;charset=utf-8' }));
      } else if (format === 'xlsx') {
        // the .xlsx writer (~70 kB) loads only when a seller asks for it
        const { buildCreatorsXlsx, XLSX_MIME } = await import('../../lib/export/xlsx');
        const blob = await buildCreatorsXlsx(result.data.data, lang, t(lang, 'dbStore_creators'));
        download(`mitate-creators-${time}.xlsx`, new Blob([blob], { type: XLSX_MIME }));
      } else {
        download(`mitate-backup-${time}.json`, new Blob([JSON.stringify(result.data, null, 2)], { type: 'application/json' }));
      }
    } catch (error) {
      setExportError(String((error as Error)?.message ?? error));
    } finally {
      setExporting(false);
    }
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = input.files?.[0];
    if (!chosen) return;
    setPhase({ kind: 'checking' });
    try {
      const file = await importFileOf(chosen);
      const result = await importPreview(file);
      setPhase(result.ok ? { kind: 'preview', file, name: chosen.name, summary: result.data } : { kind: 'failed', error: result.error });
    } catch (error) {
      setPhase({ kind: 'failed', error: { code: 'unknown', message: String((error as Error)?.message ?? error) } });
    } finally {
      input.value = '';
    }
  };

  const confirm = async (file: ImportFile) => {
    setPhase({ kind: 'importing' });
    try {
      const result = await importApply(file);
      if (result.ok) {
        setPhase({ kind: 'done', summary: result.data });
        onImported?.(result.data);
      } else setPhase({ kind: 'failed', error: result.error });
    } catch (error) {
      setPhase({ kind: 'failed', error: { code: 'unknown', message: String((error as Error)?.message ?? error) } });
    }
  };

  const totals = (summary: ImportSummaryData) =>
    Object.values(summary.counts).reduce((sum, c) => ({ added: sum.added + c.added, changed: sum.changed + c.changed }), { added: 0, changed: 0 });

  return (
    <div class="mt-dashboard-transfer">
      <div class="mt-dashboard-actions">
        <button type="button" class="mt-dashboard-button" disabled={exporting} onClick={() => void runExport('xlsx')}>{t(lang, 'exExportXlsx')}</button>
        <button type="button" class="mt-dashboard-button" disabled={exporting} onClick={() => void runExport('csv')}>{t(lang, 'dbExportCsv')}</button>
        <button type="button" class="mt-dashboard-button" disabled={exporting} onClick={() => void runExport('json')}>{t(lang, 'dbExportJson')}</button>
        <label class="mt-dashboard-filter">
          <span class="mt-dashboard-label">{t(lang, 'dbImport')}</span>
          <input
            ref={fileInput}
            class="mt-dashboard-input"
            type="file"
            accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={phase.kind === 'checking' || phase.kind === 'importing'}
            onChange={(event) => void onFile(event)}
          />
        </label>
      </div>
      <div role="status" aria-live="polite">
        {exporting && <span class="mt-dashboard-muted">{t(lang, 'dbExporting')}</span>}
        {phase.kind === 'checking' && <span class="mt-dashboard-muted">{t(lang, 'dbImportChecking')}</span>}
        {phase.kind === 'importing' && <span class="mt-dashboard-muted">{t(lang, 'dbImporting')}</span>}
        {phase.kind === 'done' && (
          <span class="mt-dashboard-ok">{t(lang, 'dbImportDone', totals(phase.summary).added, totals(phase.summary).changed)}</span>
        )}
      </div>
      {exportError !== null && <div class="mt-dashboard-error" role="alert">{t(lang, 'dbExportError', exportError)}</div>}
      {phase.kind === 'failed' && (
        <div class="mt-dashboard-error" role="alert">
          {t(lang, 'dbImportFailed', describeImportError(lang, phase.error))}
          {!phase.error.detail?.reason && <div class="mt-dashboard-muted">{phase.error.message}</div>}
        </div>
      )}
      {phase.kind === 'preview' && (
        <section class="mt-dashboard-preview" aria-label={t(lang, 'dbPreviewTitle')}>
          <h3 class="mt-dashboard-preview-title">{t(lang, 'dbPreviewTitle')} · {phase.name}</h3>
          <table class="mt-dashboard-table">
            <thead>
              <tr>
                <th scope="col">{t(lang, 'dbPreviewStore')}</th>
                <th scope="col" class="mt-dashboard-num">{t(lang, 'dbPreviewAdded')}</th>
                <th scope="col" class="mt-dashboard-num">{t(lang, 'dbPreviewChanged')}</th>
                <th scope="col" class="mt-dashboard-num">{t(lang, 'dbPreviewUnchanged')}</th>
              </tr>
            </thead>
            <tbody>
              {STORE_NAMES.filter((name) => {
                const c = phase.summary.counts[name];
                return c && c.added + c.changed + c.unchanged > 0;
              }).map((name) => {
                const c = phase.summary.counts[name]!;
                return (
                  <tr key={name} data-store={name}>
                    <td>{t(lang, `dbStore_${name}`)}</td>
                    <td class="mt-dashboard-num">{c.added}</td>
                    <td class="mt-dashboard-num">{c.changed}</td>
                    <td class="mt-dashboard-num">{c.unchanged}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {phase.summary.samples.length > 0 ? (
            <>
              <p class="mt-dashboard-label">{t(lang, 'dbPreviewSamples')}</p>
              <ul class="mt-dashboard-samples">
                {phase.summary.samples.map((sample, index) => {
                  const fields = sample.change === 'changed' ? previewFieldNames(lang, sample.fields) : [];
                  const who = sample.label ? `${t(lang, `dbStore_${sample.store as StoreName}`)} · ${sample.label}` : t(lang, `dbStore_${sample.store as StoreName}`);
                  return (
                    <li key={index} data-store={sample.store}>
                      {`${who} · ${t(lang, sample.change === 'added' ? 'dbPreviewAdded' : 'dbPreviewChanged')}`}
                      {fields.length > 0 ? ` (${fields.join(t(lang, 'exListSeparator'))})` : ''}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            <p class="mt-dashboard-muted">{t(lang, 'dbPreviewNothing')}</p>
          )}
          <div class="mt-dashboard-actions">
            <button
              type="button"
              class="mt-dashboard-button mt-dashboard-button--primary"
              disabled={phase.summary.samples.length === 0}
              onClick={() => void confirm(phase.file)}
            >
              {t(lang, 'dbConfirmImport')}
            </button>
            <button type="button" class="mt-dashboard-button" onClick={() => setPhase({ kind: 'idle' })}>{t(lang, 'cancel')}</button>
          </div>
        </section>
      )}
    </div>
  );
}
