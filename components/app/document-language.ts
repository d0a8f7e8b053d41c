import { useEffect } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../../lib/i18n';
import { localeOf } from '../../lib/format';

/** Keeps an extension page's title and `lang` attribute in the seller's chosen language. */
export function useDocumentLanguage(lang: Lang, titleKey: MessageKey): void {
  useEffect(() => {
    document.title = t(lang, titleKey);
    document.documentElement.lang = localeOf(lang);
  }, [lang, titleKey]);
}
