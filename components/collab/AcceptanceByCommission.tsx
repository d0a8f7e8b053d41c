/**
 * The commission advisor's history line: acceptance by commission level across the seller's target plans, e.g.
 * "at 10%, 2 of 20 accepted; at 15%, 9 of 20" (lib/collab acceptanceSentence), or the empty state without history.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import { acceptanceByCommission, acceptanceSentence, planResultsByCommission } from '../../lib/collab';
import type { ProtocolClient } from '../../lib/protocol';
import type { Localised } from '../../lib/i18n';
import './collab.css';

type Loaded = { sentence: Localised | null } | { error: string };

export function AcceptanceByCommission({ lang, client }: { lang: Lang; client: ProtocolClient }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([client.getFollowUp({}), client.listOrders({})]).then(([followUp, orders]) => {
      if (!live) return;
      if (!followUp.ok) return setLoaded({ error: followUp.error.message });
      if (!orders.ok) return setLoaded({ error: orders.error.message });
      const rows = planResultsByCommission({ ...followUp.data, orders: orders.data });
      setLoaded({ sentence: acceptanceSentence(acceptanceByCommission(rows)) });
    });
    return () => { live = false; };
  }, [client]);
  return (
    <section class="mt-advisor-acceptance" aria-label={t(lang, 'plAcceptance')}>
      <h3>{t(lang, 'plAcceptance')}</h3>
      {loaded == null ? <p class="mt-collab-muted" aria-busy="true">{t(lang, 'loading')}</p>
        : 'error' in loaded ? <p class="mt-collab-error" role="alert">{t(lang, 'storageError', loaded.error)}</p>
        : loaded.sentence ? <p class="mt-acceptance" data-testid="advisor-acceptance">{loaded.sentence[lang]}</p>
        : <p class="mt-collab-muted" data-testid="advisor-acceptance-empty">{t(lang, 'advAcceptanceEmpty')}</p>}
    </section>
  );
}
