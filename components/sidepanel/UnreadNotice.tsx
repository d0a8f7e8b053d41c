import { useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import type { TabView } from '../../lib/page-view';

type UnreadResponse = TabView['unread'][number];

/** Quiet note when a response did not match any known format, with a redacted diagnostic to report. */
export function UnreadNotice({ lang, unread }: { lang: Lang; unread: UnreadResponse[] }) {
  const [copied, setCopied] = useState(false);
  const latest = unread[unread.length - 1];
  if (!latest) return null;
  const copy = async () => {
    const text = unread.map((u) => u.diagnostic).join('\n---\n');
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div class="mt-notice" role="status">
      <p>{t(lang, 'scFormatNotRecognised')}</p>
      <button type="button" class="mt-button" onClick={copy}>{copied ? t(lang, 'scCopied') : t(lang, 'scCopyDiagnostic')}</button>
    </div>
  );
}
