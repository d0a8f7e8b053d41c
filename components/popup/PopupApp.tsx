/** Toolbar popup: the ad-copy compliance check and the commission advisor, in the seller's language. */
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import type { ProtocolClient } from '../../lib/protocol';
import type { BenchmarkContext } from '../../lib/commission';
import { CATEGORIES, type Category } from '../../lib/compliance';
import { CopyChecker } from '../compliance/CopyChecker';
import { CommissionAdvisor } from '../commission/CommissionAdvisor';
import { AcceptanceByCommission } from '../collab/AcceptanceByCommission';
import { LanguagePicker } from '../app/LanguagePicker';
import { loadBenchmarkContext } from '../app/benchmarks';
import { useDocumentLanguage } from '../app/document-language';
import '../app/page.css';
import './popup.css';

type Tab = 'copy' | 'advisor';

export interface PopupAppProps {
  client: ProtocolClient;
  initialLang: Lang;
  /** text sent from the context menu ("check ad copy" on a selection) */
  pendingText?: string | null;
  openDashboard(): void;
  /** opens the side panel (the seller's desk) from the popup, where the browser allows it */
  openSidePanel?: () => void;
}

export function PopupApp({ client, initialLang, pendingText, openDashboard, openSidePanel }: PopupAppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [tab, setTab] = useState<Tab>('copy');
  const [category, setCategory] = useState<Category>('general');
  const [benchmarks, setBenchmarks] = useState<BenchmarkContext | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const settings = await client.getSettings({});
      if (!settings.ok) return setError(settings.error.message);
      setLang(settings.data.lang);
      const saved = CATEGORIES.find((c) => c.id === settings.data.complianceCategory);
      if (saved) setCategory(saved.id);
      setBenchmarks((await loadBenchmarkContext(client, settings.data.benchmarkOverrides)).context);
    })();
  }, []);
  useDocumentLanguage(lang, 'dockTitle');

  const save = async (patch: Parameters<ProtocolClient['setSettings']>[0]['patch']) => {
    const result = await client.setSettings({ patch });
    setError(result.ok ? null : result.error.message);
  };

  return (
    <main class="mt-popup">
      <header class="mt-popup-header">
        <h1>{t(lang, 'dockTitle')}</h1>
        <LanguagePicker lang={lang} onChange={(next) => { setLang(next); void save({ lang: next }); }} />
      </header>
      <div role="tablist" class="mt-tabs" aria-label={t(lang, 'dockTitle')}>
        {(['copy', 'advisor'] as Tab[]).map((id) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1} class="mt-tab" onClick={() => setTab(id)}
            onKeyDown={(e) => { if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') setTab(tab === 'copy' ? 'advisor' : 'copy'); }}>
            {t(lang, id === 'copy' ? 'tabCopyCheck' : 'tabAdvisor')}
          </button>
        ))}
      </div>
      {error ? <p class="mt-error" role="alert">{t(lang, 'storageError', error)}</p> : null}
      <section role="tabpanel" id="panel-copy" aria-labelledby="tab-copy" hidden={tab !== 'copy'}>
        <CopyChecker lang={lang} category={category} initialText={pendingText ?? undefined}
          onCategoryChange={(next: Category) => { setCategory(next); void save({ complianceCategory: next }); }} />
      </section>
      <section role="tabpanel" id="panel-advisor" aria-labelledby="tab-advisor" hidden={tab !== 'advisor'}>
        {tab === 'advisor' ? <CommissionAdvisor lang={lang} benchmarks={benchmarks?.chosen} /> : null}
        {tab === 'advisor' ? <AcceptanceByCommission lang={lang} client={client} /> : null}
      </section>
      <footer class="mt-popup-footer">
        <span class="mt-muted">{t(lang, 'dockPrivacy')}</span>
        {openSidePanel ? <button type="button" class="mt-link-button" onClick={openSidePanel}>{t(lang, 'popupOpenDesk')}</button> : null}
        <button type="button" class="mt-link-button" onClick={openDashboard}>{t(lang, 'openDashboard')}</button>
      </footer>
    </main>
  );
}

