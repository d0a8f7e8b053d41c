/**
 * The seller's desk in the browser's side panel (Firefox: sidebar). It follows the active tab: on a creator's page
 * or after a badge click it shows that creator (score, warnings, videos, commission, ROI, note); on a list, the
 * creators read there; on orders, their ROI. An extension page: Seller Center's scripts cannot reach it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import type { NoteChange, ProtocolClient } from '../../lib/protocol';
import type { TabView } from '../../lib/page-view';
import type { BenchmarkContext } from '../../lib/commission';
import type { Settings } from '../../lib/store';
import { creatorIdFromUrl } from '../../lib/seller-center/endpoints';
import { loadBenchmarkContext } from '../app/benchmarks';
import { useDocumentLanguage } from '../app/document-language';
import { ErrorBoundary } from './ErrorBoundary';
import { CreatorDesk } from './CreatorDesk';
import { ListDesk } from './ListDesk';
import { OrdersDesk } from './OrdersDesk';
import { UnreadNotice } from './UnreadNotice';
import { TodayView } from '../collab/TodayView';
import '../app/page.css';
import '../scoring/scoring.css';
import './sidepanel.css';

/** What the side panel needs from the browser; injected so tests can drive it. */
export interface DeskBrowser {
  activeTabId(): Promise<number | null>;
  /** calls back with the new active tab id; returns the unsubscribe */
  onActiveTabChanged(fn: (tabId: number) => void): () => void;
  /** calls back when a tab's view changed in the background */
  onTabViewChanged(fn: (tabId: number) => void): () => void;
  onSettingsChanged(fn: () => void): () => void;
  /** calls back when a note was saved anywhere (another window's panel included); returns the unsubscribe */
  onNoteChanged(fn: (change: NoteChange) => void): () => void;
  openDashboard(): void;
}

const LIST_KINDS = new Set(['find', 'sampleRequests', 'targetCollab', 'targetCollabCreate', 'openCollab']);

export function SidePanelApp({ client, initialLang, desk }: { client: ProtocolClient; initialLang: Lang; desk: DeskBrowser }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [benchmarks, setBenchmarks] = useState<BenchmarkContext | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<TabView | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const editor = useMemo(() => `panel-${Math.random().toString(36).slice(2, 10)}`, []);
  useDocumentLanguage(lang, 'deskTitle');

  const loadSettings = async () => {
    const s = await client.getSettings({});
    if (!s.ok) return setError(s.error.message);
    setSettings(s.data);
    setLang(s.data.lang);
    const loaded = await loadBenchmarkContext(client, s.data.benchmarkOverrides);
    setBenchmarks(loaded.context);
    if (loaded.error) setError(loaded.error);
  };
  // only the latest request's answer is shown: a slow answer for the tab before must not replace the current one's
  const latestView = useRef(0);
  const loadView = async (id: number | null) => {
    const request = ++latestView.current;
    if (id == null) return setView(null);
    const v = await client.getTabView({ tabId: id });
    if (request !== latestView.current) return;
    if (!v.ok) return setError(v.error.message);
    setError(null);
    setView(v.data);
    setVersion((n) => n + 1);
  };

  useEffect(() => {
    void loadSettings();
    void desk.activeTabId().then((id) => {
      setTabId(id);
      void loadView(id);
    });
    const offActive = desk.onActiveTabChanged((id) => {
      setTabId(id);
      void loadView(id);
    });
    const offSettings = desk.onSettingsChanged(() => {
      void loadSettings();
      // stored data may have changed too (an import, a deletion): the creator shown is read again
      setVersion((n) => n + 1);
    });
    return () => {
      offActive();
      offSettings();
    };
  }, []);
  useEffect(() => desk.onTabViewChanged((changed) => {
    if (changed === tabId) void loadView(changed);
  }), [tabId]);

  const report = (feature: string, message: string) => void client.reportFeatureFailure({ feature, message });
  const pageCreator = view?.kind === 'creatorDetail' && view.url ? creatorIdFromUrl(view.url) : null;
  const selected = view ? view.selectedCreatorId ?? pageCreator : null;
  const select = (creatorId: string | null) => {
    if (tabId == null) return;
    setView((v) => (v ? { ...v, selectedCreatorId: creatorId } : v));
    void client.selectCreator({ tabId, creatorId });
  };

  return (
    <main class="mt-desk">
      <header class="mt-desk-header">
        <h1 class="mt-desk-title"><span class="mt-dock-mark" aria-hidden="true">見</span> {t(lang, 'deskTitle')}</h1>
        <button type="button" class="mt-link-button" onClick={() => desk.openDashboard()}>{t(lang, 'openDashboard')}</button>
      </header>
      {error ? <p class="mt-error" role="alert">{t(lang, 'storageError', error)}</p> : null}
      {view?.notices.map((n) => <p key={n} class="mt-notice" role="status">{n}</p>)}
      {view?.unread.length ? <UnreadNotice lang={lang} unread={view.unread} /> : null}
      {!view || (!view.url && !view.creatorIds.length && !view.selectedCreatorId) ? (
        <>
          <p class="mt-muted mt-desk-empty">{t(lang, 'deskNoTab')}</p>
          <ErrorBoundary lang={lang} feature="today" name={t(lang, 'deskTitle')} onError={report}>
            <TodayView lang={lang} client={client} reloadKey={version} onOpenCreator={(id) => select(id)} />
          </ErrorBoundary>
        </>
      ) : selected ? (
        <>
          {view.selectedCreatorId && view.selectedCreatorId !== pageCreator ? (
            // back to what the tab shows: its list, its orders, its own creator, or Today
            <button type="button" class="mt-link-button" onClick={() => select(null)}>{t(lang, LIST_KINDS.has(view.kind) ? 'deskBackToList' : 'deskBack')}</button>
          ) : null}
          <ErrorBoundary key={selected} lang={lang} feature="creator-desk" name={t(lang, 'scoreTitle')} onError={report}>
            <CreatorDesk lang={lang} client={client} creatorId={selected} tabOrders={view.orders} benchmarks={benchmarks}
              cnyPerJpy={settings?.cnyPerJpy ?? null} editor={editor} version={version} onNoteChanged={desk.onNoteChanged} />
          </ErrorBoundary>
        </>
      ) : view.kind === 'orders' ? (
        <ErrorBoundary lang={lang} feature="orders-desk" name={t(lang, 'tabRoi')} onError={report}>
          <OrdersDesk lang={lang} client={client} orders={view.orders} cnyPerJpy={settings?.cnyPerJpy ?? null}
            threshold={{ roi: settings?.roiThreshold ?? null, profitRoi: settings?.profitRoiThreshold ?? null }} />
        </ErrorBoundary>
      ) : (
        <ErrorBoundary lang={lang} feature="list-desk" name={t(lang, 'tabCreators')} onError={report}>
          <ListDesk lang={lang} client={client} creatorIds={view.creatorIds} onOpen={(id) => select(id)} version={version} />
        </ErrorBoundary>
      )}
      <footer class="mt-desk-footer mt-muted">{t(lang, 'dockPrivacy')}</footer>
    </main>
  );
}
