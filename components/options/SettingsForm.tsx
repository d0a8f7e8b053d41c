/** Language, CNY rate and ROI threshold; validated before saving, errors shown beside the form. */
import { useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import type { Settings } from '../../lib/store';
import { LanguagePicker } from '../app/LanguagePicker';

interface Props {
  lang: Lang;
  settings: Settings;
  onSave(patch: Partial<Settings>): Promise<string | null>;
}

export function SettingsForm({ lang, settings, onSave }: Props) {
  const [cny, setCny] = useState(settings.cnyPerJpy == null ? '' : String(settings.cnyPerJpy));
  const [threshold, setThreshold] = useState(String(settings.roiThreshold));
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const rate = cny.trim() === '' ? null : Number(cny);
    const roi = Number(threshold);
    if ((rate != null && !(rate > 0 && Number.isFinite(rate))) || !Number.isFinite(roi) || threshold.trim() === '') {
      return setMessage({ kind: 'error', text: t(lang, 'settingsInvalid') });
    }
    const error = await onSave({ cnyPerJpy: rate, roiThreshold: roi });
    setMessage(error ? { kind: 'error', text: t(lang, 'storageError', error) } : { kind: 'ok', text: t(lang, 'settingsSaved') });
  };

  return (
    <form class="mt-settings" onSubmit={submit}>
      <div class="mt-field">
        <span>{t(lang, 'language')}</span>
        <LanguagePicker lang={lang} onChange={(next) => void onSave({ lang: next })} />
      </div>
      <label class="mt-field">
        <span>{t(lang, 'cnyRate')}</span>
        <input type="number" inputMode="decimal" step="0.0001" min="0" value={cny} placeholder="0.048"
          onInput={(e) => setCny((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label class="mt-field">
        <span>{t(lang, 'roiThreshold')}</span>
        <input type="number" inputMode="decimal" step="0.1" value={threshold}
          onInput={(e) => setThreshold((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <div class="mt-actions">
        <button type="submit" class="mt-primary">{t(lang, 'save')}</button>
        {message ? <span role="status" class={message.kind === 'error' ? 'mt-error' : 'mt-ok'}>{message.text}</span> : null}
      </div>
      <p class="mt-muted">{t(lang, 'dockPrivacy')}</p>
    </form>
  );
}
