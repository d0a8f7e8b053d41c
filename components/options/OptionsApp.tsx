/** Options / dashboard page: saved creators, ROI, benchmarks, settings, export and import. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../../lib/i18n';
import type { ProtocolClient } from '../../lib/protocol';
import { commissionOverridesSchema, type BenchmarkContext } from '../../lib/commission';
import { computeRoi } from '../../lib/roi';
import type { Settings } from '../../lib/store';
import { CreatorTable, type CreatorTableQuery } from '../dashboard/CreatorTable';
import { ExportImport } from '../dashboard/ExportImport';
import { PageFormats } from '../dashboard/PageFormats';
import { extensionVersion } from '../app/runtime';
import { loadBenchmarkContext } from '../app/benchmarks';
import { useDocumentLanguage } from '../app/document-language';
import { RoiView } from './RoiView';
import { TodayView } from '../collab/TodayView';
import { SamplesView } from '../collab/SamplesView';
import { PlanResults } from '../collab/PlanResults';
import { CostsEditor } from '../collab/CostsEditor';
import { WeeklyReview } from '../roi/WeeklyReview';
import { BenchmarksEditor } from './BenchmarksEditor';
import { SettingsForm } from './SettingsForm';
import { StorageView } from './StorageView';
import '../app/page.css';
import './options.css';

const TABS = ['today', 'creators', 'roi', 'review', 'samples', 'plans', 'costs', 'benchmarks', 'data', 'settings'] as const;
type Tab = (typeof TABS)[number];
const TAB_KEYS: Record<Tab, MessageKey> = {
  today: 'tabToday', creators: 'tabCreators', roi: 'tabRoi', review: 'tabReview', samples: 'tabSamples', plans: 'tabPlans', costs: 'tabCosts',
  benchmarks: 'tabBenchmarks', data: 'tabData', settings: 'tabSettings',
};

export function OptionsApp({ client, initialLang, onOpenCreator }: { client: ProtocolClient; initialLang: Lang; onOpenCreator?: (creatorId: string) => void }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [tab, setTab] = useState<Tab>(() => tabFromHash());
  const [settings, setSettings] = useState<Settings | null>(null);
  const [benchmarks, setBenchmarks] = useState<BenchmarkContext | null>(null);
  const [roiByCreator, setRoiByCreator] = useState<Map<string, number | null>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [reloadKey, setReloadKey] = useState(0);

  const load = async () => {
    const [s, orders] = await Promise.all([client.getSettings({}), client.listOrders({})]);
    if (!s.ok) return setError(s.error.message);
    setSettings(s.data);
    setLang(s.data.lang);
    setBenchmarks((await loadBenchmarkContext(client, s.data.benchmarkOverrides)).context);
    if (orders.ok) setRoiByCreator(new Map(computeRoi({ orders: orders.data, groupBy: 'creator' }).rows.map((r) => [r.key, r.roi.value])));
  };
  useEffect(() => void load(), [reloadKey]);
  useDocumentLanguage(lang, 'dashboardTitle');
  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const saveSettings = async (patch: Partial<Settings>) => {
    const result = await client.setSettings({ patch });
    if (!result.ok) return result.error.message;
    setSettings(result.data);
    setLang(result.data.lang);
    return null;
  };
  const query = useMemo(() => async (params: CreatorTableQuery) => {
    const result = await client.queryCreators({ query: params });
    if (!result.ok) throw new Error(result.error.message);
    return { total: result.data.total, rows: result.data.rows.map((row) => ({ ...row, roi: roiByCreator.get(row.creator.id) ?? null })) };
  }, [client, roiByCreator]);

  const loadPageFormats = useMemo(() => async () => {
    const result = await client.listPageFormats({});
    if (!result.ok) throw new Error(result.error.message);
    return result.data;
  }, [client]);
  const clearPageFormats = useMemo(() => async () => {
    const result = await client.clearPageFormats({});
    if (!result.ok) throw new Error(result.error.message);
  }, [client]);

  const overrides = commissionOverridesSchema.safeParse(settings?.benchmarkOverrides ?? []);
  return (
    <div class="mt-options">
      <header class="mt-options-header">
        <h1>{t(lang, 'dashboardTitle')}</h1>
        <p class="mt-muted">{t(lang, 'dockPrivacy')}</p>
      </header>
      <nav role="tablist" aria-label={t(lang, 'dashboardTitle')} class="mt-tabs">
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1} class="mt-tab"
            onClick={() => { location.hash = id; setTab(id); }}
            onKeyDown={(e) => {
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
              location.hash = next;
              setTab(next);
              (e.currentTarget.parentElement?.querySelector(`#tab-${next}`) as HTMLElement | null)?.focus();
            }}>
            {t(lang, TAB_KEYS[id])}
          </button>
        ))}
      </nav>
      {error ? <p class="mt-error" role="alert">{t(lang, 'storageError', error)}</p> : null}
      <main role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="mt-panel">
        {tab === 'creators' ? <CreatorTable lang={lang} query={query} reloadKey={reloadKey} onOpenCreator={onOpenCreator} /> : null}
        {tab === 'today' ? <TodayView lang={lang} client={client} reloadKey={reloadKey} /> : null}
        {tab === 'roi' && settings ? <RoiView lang={lang} client={client} threshold={{ roi: settings.roiThreshold, profitRoi: settings.profitRoiThreshold }} cnyPerJpy={settings.cnyPerJpy} /> : null}
        {tab === 'review' && settings ? <WeeklyReview lang={lang} client={client} cnyPerJpy={settings.cnyPerJpy} /> : null}
        {tab === 'samples' && settings ? <SamplesView lang={lang} client={client} cnyPerJpy={settings.cnyPerJpy} /> : null}
        {tab === 'plans' && settings ? <PlanResults lang={lang} client={client} cnyPerJpy={settings.cnyPerJpy} /> : null}
        {tab === 'costs' && settings ? <CostsEditor lang={lang} client={client} cnyPerJpy={settings.cnyPerJpy} /> : null}
        {tab === 'benchmarks' && benchmarks ? (
          <BenchmarksEditor lang={lang} context={benchmarks} overrides={overrides.success ? overrides.data : []}
            onSave={async (next) => {
              const message = await saveSettings({ benchmarkOverrides: next } as Partial<Settings>);
              if (!message) setReloadKey((k) => k + 1);
              return message;
            }} />
        ) : null}
        {tab === 'data' ? (
          <>
            <ExportImport lang={lang} loadExport={() => client.exportAll({})}
              importPreview={(file) => client.importPreview(file)} importApply={(file) => client.importApply(file)}
              onImported={() => setReloadKey((k) => k + 1)} />
            <PageFormats lang={lang} load={loadPageFormats} clear={clearPageFormats} extensionVersion={extensionVersion()} />
          </>
        ) : null}
        {tab === 'settings' && settings ? <SettingsForm lang={lang} settings={settings} onSave={saveSettings} /> : null}
        {tab === 'settings' ? (
          <StorageView lang={lang} client={client} estimate={() => navigator.storage.estimate()} onChanged={() => setReloadKey((k) => k + 1)} />
        ) : null}
      </main>
    </div>
  );
}

function tabFromHash(): Tab {
  const hash = location.hash.slice(1);
  return (TABS as readonly string[]).includes(hash) ? (hash as Tab) : 'creators';
}
