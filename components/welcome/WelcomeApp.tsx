/**
 * First-run page (opened once, on install) and the privacy policy page. Both show the seller's language: the
 * browser's until the seller picks one here or in the dashboard.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import type { ProtocolClient } from '../../lib/protocol';
import { LanguagePicker } from '../app/LanguagePicker';
import { useDocumentLanguage } from '../app/document-language';
import { PrivacyPolicy } from './PrivacyPolicy';
import '../app/page.css';
import './welcome.css';

const HOW_TO = ['wcHowList', 'wcHowDetail', 'wcHowPlans', 'wcHowCopy', 'wcHowDashboard'] as const;
const PRIVACY = ['wcPrivacy1', 'wcPrivacy2', 'wcPrivacy3', 'wcPrivacy4'] as const;

/** Loads the seller's language and saves a new choice; keeps the initial (browser) language if the store fails. */
function useSellerLang(client: ProtocolClient, initialLang: Lang): [Lang, (lang: Lang) => Promise<void>, string | null] {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void client.getSettings({}).then((result) => (result.ok ? setLang(result.data.lang) : setError(result.error.message)));
  }, [client]);
  const choose = async (next: Lang) => {
    setLang(next);
    const result = await client.setSettings({ patch: { lang: next } });
    setError(result.ok ? null : result.error.message);
  };
  return [lang, choose, error];
}

export interface WelcomeAppProps {
  client: ProtocolClient;
  initialLang: Lang;
  /** opens the dashboard (options page) */
  openDashboard: () => void;
  /** URL of the privacy policy page */
  privacyUrl: string;
}

export function WelcomeApp({ client, initialLang, openDashboard, privacyUrl }: WelcomeAppProps) {
  const [lang, choose, error] = useSellerLang(client, initialLang);
  useDocumentLanguage(lang, 'wcTitle');
  return (
    <main class="mt-welcome">
      <header class="mt-welcome-header">
        <img src="/icon/128.png" width={64} height={64} alt="" />
        <h1>{t(lang, 'wcTitle')}</h1>
      </header>
      <p class="mt-welcome-lead">{t(lang, 'wcWhat')}</p>
      <section aria-labelledby="mt-welcome-lang">
        <h2 id="mt-welcome-lang">{t(lang, 'wcLanguageTitle')}</h2>
        <p class="mt-muted">{t(lang, 'wcLanguageHint')}</p>
        <LanguagePicker lang={lang} onChange={(next) => void choose(next)} />
        {error !== null && <p class="mt-error" role="alert">{t(lang, 'storageError', error)}</p>}
      </section>
      <section aria-labelledby="mt-welcome-privacy">
        <h2 id="mt-welcome-privacy">{t(lang, 'wcPrivacyTitle')}</h2>
        <ul>{PRIVACY.map((key) => <li key={key}>{t(lang, key)}</li>)}</ul>
        <a href={privacyUrl} target="_blank" rel="noopener">{t(lang, 'wcPrivacyLink')}</a>
      </section>
      <section aria-labelledby="mt-welcome-how">
        <h2 id="mt-welcome-how">{t(lang, 'wcHowTitle')}</h2>
        <ol>{HOW_TO.map((key) => <li key={key}>{t(lang, key)}</li>)}</ol>
        <button type="button" class="mt-welcome-button" onClick={openDashboard}>{t(lang, 'wcOpenDashboard')}</button>
      </section>
    </main>
  );
}

export function PrivacyApp({ client, initialLang }: { client: ProtocolClient; initialLang: Lang }) {
  const [lang, choose] = useSellerLang(client, initialLang);
  useDocumentLanguage(lang, 'ppTitle');
  return (
    <main class="mt-welcome">
      <header class="mt-welcome-header">
        <h1>{t(lang, 'ppTitle')}</h1>
        <LanguagePicker lang={lang} onChange={(next) => void choose(next)} />
      </header>
      <PrivacyPolicy lang={lang} />
    </main>
  );
}
