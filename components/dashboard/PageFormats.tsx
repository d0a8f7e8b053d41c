/**
 * Page formats: every Affiliate Center answer Mitate could not read, with endpoint, first and last seen, count and
 * the redacted shape (field names and types, never values). "Save report" downloads them as one JSON file a
 * seller can send; a developer turns it into a fixture with `npm run fixture:from-report`.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import { formatCount, formatDateTime } from '../../lib/format';
import { pageFormatsReport, reportFileName, type PageFormat } from '../../lib/seller-center/format-report';
import { downloadBlob } from './ExportImport';
import './dashboard.css';

/** Shapes are shown up to this many characters; the saved report holds them whole (already bounded). */
const SHOWN_SHAPE_CHARS = 4_000;

export interface PageFormatsProps {
  lang: Lang;
  load: () => Promise<PageFormat[]>;
  clear?: () => Promise<void>;
  extensionVersion: string | null;
  download?: (filename: string, blob: Blob) => void;
  now?: () => number;
}

export function PageFormats({ lang, load, clear, extensionVersion, download = downloadBlob, now = Date.now }: PageFormatsProps) {
  const [formats, setFormats] = useState<PageFormat[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => load().then(setFormats, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  useEffect(() => void refresh(), [load]);

  const save = () => {
    if (!formats) return;
    const report = pageFormatsReport(formats, now(), extensionVersion);
    download(reportFileName(now()), new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' }));
  };

  return (
    <section class="mt-page-formats" aria-labelledby="mt-page-formats-title">
      <h2 id="mt-page-formats-title">{t(lang, 'pfTitle')}</h2>
      <p class="mt-muted">{t(lang, 'pfIntro')}</p>
      {error != null && <p role="alert">{t(lang, 'errorPrefix', error)}</p>}
      {formats == null && error == null && <p role="status">{t(lang, 'loading')}</p>}
      {formats != null && formats.length === 0 && <p data-empty="">{t(lang, 'pfNone')}</p>}
      {formats != null && formats.length > 0 && (
        <>
          <div class="mt-page-formats__actions">
            <button type="button" onClick={save}>{t(lang, 'pfSaveReport')}</button>
            {clear && (
              <button type="button" onClick={() => void clear().then(refresh, (e: unknown) => setError(String(e)))}>{t(lang, 'pfClear')}</button>
            )}
          </div>
          <p class="mt-muted">{t(lang, 'pfHowToSend')}</p>
          <table class="mt-page-formats__table">
            <thead>
              <tr>
                <th scope="col">{t(lang, 'pfEndpoint')}</th>
                <th scope="col">{t(lang, 'pfFirstSeen')}</th>
                <th scope="col">{t(lang, 'pfLastSeen')}</th>
                <th scope="col">{t(lang, 'pfCount')}</th>
                <th scope="col">{t(lang, 'pfShape')}</th>
              </tr>
            </thead>
            <tbody>
              {formats.map((f) => {
                const shape = JSON.stringify(f.shape, null, 1);
                return (
                  <tr key={f.id} data-format={f.id}>
                    <td>{f.endpoint}<br /><code>{f.path}</code><br /><span class="mt-muted">{f.reason}</span></td>
                    <td>{formatDateTime(lang, f.firstSeen)}</td>
                    <td>{formatDateTime(lang, f.lastSeen)}</td>
                    <td>{formatCount(lang, f.count)}</td>
                    <td><pre class="mt-page-formats__shape">{shape.length > SHOWN_SHAPE_CHARS ? `${shape.slice(0, SHOWN_SHAPE_CHARS)}…` : shape}</pre></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
