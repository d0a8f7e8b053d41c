/** Language, CNY rate, ROI warnings and the sample posting rule; validated before saving, errors shown beside the form. */
import { useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../../lib/i18n';
import { samplePostingRuleSchema, type SamplePostingRule } from '../../lib/samples';
import type { Settings } from '../../lib/store';
import { LanguagePicker } from '../app/LanguagePicker';

interface Props {
  lang: Lang;
  settings: Settings;
  onSave(patch: Partial<Settings>): Promise<string | null>;
}

const RULE_FIELDS: Array<[keyof SamplePostingRule, MessageKey]> = [
  ['approveWithinDays', 'setApproveDays'], ['postWithinDays', 'setPostDays'],
  ['refundablePostWithinDays', 'setRefundableDays'], ['reminderAfterDays', 'setReminderDays'],
];

/** '' → null (off); otherwise a finite number or undefined (invalid). */
const optionalNumber = (text: string): number | null | undefined => {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
};

export function SettingsForm({ lang, settings, onSave }: Props) {
  const [cny, setCny] = useState(settings.cnyPerJpy == null ? '' : String(settings.cnyPerJpy));
  const [ratio, setRatio] = useState(settings.roiThreshold == null ? '' : String(settings.roiThreshold));
  const [profitPct, setProfitPct] = useState(settings.profitRoiThreshold == null ? '' : String(Math.round(settings.profitRoiThreshold * 1000) / 10));
  const [rule, setRule] = useState<Record<keyof SamplePostingRule, string>>(() => ({
    approveWithinDays: String(settings.samplePostingRule.approveWithinDays),
    postWithinDays: String(settings.samplePostingRule.postWithinDays),
    refundablePostWithinDays: String(settings.samplePostingRule.refundablePostWithinDays),
    reminderAfterDays: String(settings.samplePostingRule.reminderAfterDays),
  }));
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const rate = optionalNumber(cny);
    const roi = optionalNumber(ratio);
    const profit = optionalNumber(profitPct);
    const parsedRule = samplePostingRuleSchema.safeParse(Object.fromEntries(Object.entries(rule).map(([k, v]) => [k, Number(v)])));
    if (rate === undefined || (rate != null && !(rate > 0)) || roi === undefined || (roi != null && roi < 0) || profit === undefined || !parsedRule.success) {
      return setMessage({ kind: 'error', text: t(lang, 'settingsInvalid') });
    }
    const error = await onSave({
      cnyPerJpy: rate, roiThreshold: roi, profitRoiThreshold: profit == null ? null : profit / 100, samplePostingRule: parsedRule.data,
    });
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
        <span>{t(lang, 'setProfitRoiThreshold')}</span>
        <input type="number" inputMode="decimal" step="1" value={profitPct} name="profitRoiThreshold"
          onInput={(e) => setProfitPct((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label class="mt-field">
        <span>{t(lang, 'roiThreshold')}</span>
        <input type="number" inputMode="decimal" step="0.1" min="0" value={ratio} name="roiThreshold"
          onInput={(e) => setRatio((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <fieldset class="mt-field">
        <legend>{t(lang, 'setSampleRule')}</legend>
        {RULE_FIELDS.map(([key, label]) => (
          <label key={key} class="mt-field">
            <span>{t(lang, label)}</span>
            <input type="number" inputMode="numeric" min="1" max="365" step="1" value={rule[key]} name={key}
              onInput={(e) => setRule({ ...rule, [key]: (e.currentTarget as HTMLInputElement).value })} />
          </label>
        ))}
      </fieldset>
      <div class="mt-actions">
        <button type="submit" class="mt-primary">{t(lang, 'save')}</button>
        {message ? <span role="status" class={message.kind === 'error' ? 'mt-error' : 'mt-ok'}>{message.text}</span> : null}
      </div>
      <p class="mt-muted">{t(lang, 'dockPrivacy')}</p>
    </form>
  );
}
