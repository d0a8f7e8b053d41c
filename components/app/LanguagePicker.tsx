import { LANGS, t, type Lang } from '../../lib/i18n';

const NAMES: Record<Lang, string> = { zh_CN: '简体中文', ja: '日本語', en: 'English' };

/** The seller's UI language, independent of the browser's. */
export function LanguagePicker({ lang, onChange }: { lang: Lang; onChange(lang: Lang): void }) {
  return (
    <label class="mt-lang">
      <span class="mt-visually-hidden">{t(lang, 'language')}</span>
      <select value={lang} aria-label={t(lang, 'language')} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as Lang)}>
        {LANGS.map((l) => <option key={l} value={l}>{NAMES[l]}</option>)}
      </select>
    </label>
  );
}
