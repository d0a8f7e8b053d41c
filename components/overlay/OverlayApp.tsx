/** Root of the dock: picks the panel for the page the seller is on. */
import { t } from '../../lib/i18n';
import type { Verdict } from '../../lib/scoring';
import { Dock } from './Dock';
import type { PageState } from './page-state';
import type { OverlayServices } from './services';
import { DetailPanel } from './features/DetailPanel';
import { OrdersPanel } from './features/OrdersPanel';
import { CreatorNote } from './features/CreatorNote';

const VERDICT_KEYS: Record<Verdict, string> = {
  healthy: 'scoreVerdictHealthy', suspicious: 'scoreVerdictSuspicious', likely_fake: 'scoreVerdictLikelyFake', insufficient_data: 'scoreVerdictInsufficient',
};

export function OverlayApp({ state, services }: { state: PageState; services: OverlayServices }) {
  const lang = services.lang.value;
  const kind = state.pageKind.value;
  return (
    <Dock lang={lang} state={state} defaultOpen={kind === 'creatorDetail'} storageError={services.storageError.value}
      onOpenDashboard={() => services.openDashboard()} openRequest={services.dockRequests.value}>
      {kind === 'creatorDetail' ? <DetailPanel lang={lang} state={state} services={services} /> : null}
      {kind === 'orders' ? <OrdersPanel lang={lang} state={state} services={services} /> : null}
      {kind === 'find' ? <VerdictSummary state={state} services={services} /> : null}
      {kind === 'find' && services.noteCreatorId.value ? <ListNote creatorId={services.noteCreatorId.value} state={state} services={services} /> : null}
    </Dock>
  );
}

/** On the list: how many creators on this page fall in each verdict. */
function VerdictSummary({ state, services }: { state: PageState; services: OverlayServices }) {
  const lang = services.lang.value;
  const counts = new Map<Verdict, number>();
  for (const creator of state.creators.value.values()) {
    const verdict = services.assessmentOf(creator).verdict;
    counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
  }
  if (!counts.size) return null;
  return (
    <ul class="mt-verdict-summary">
      {(Object.keys(VERDICT_KEYS) as Verdict[]).filter((v) => counts.has(v)).map((v) => (
        <li key={v} data-verdict={v}>{t(lang, VERDICT_KEYS[v])}: {counts.get(v)}</li>
      ))}
    </ul>
  );
}

/** The note of a creator opened from a list badge, without leaving the list. */
function ListNote({ creatorId, state, services }: { creatorId: string; state: PageState; services: OverlayServices }) {
  const lang = services.lang.value;
  const creator = state.creators.value.get(creatorId) ?? services.storedCreator(creatorId);
  return (
    <section class="mt-list-note" aria-label={t(lang, 'noteOpenFor', creator?.handle ?? creatorId)}>
      <h3 class="mt-section-title">{t(lang, 'noteOpenFor', creator?.handle ? `@${creator.handle}` : creatorId)}</h3>
      <CreatorNote lang={lang} creatorId={creatorId} services={services} />
    </section>
  );
}
