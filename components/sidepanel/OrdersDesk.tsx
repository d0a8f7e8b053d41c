/** Affiliate orders page: ROI per creator for the orders this tab has shown, computed locally. */
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import { computeRoi, type CostEntry, type RoiThreshold } from '../../lib/roi';
import type { AffiliateOrder } from '../../lib/model';
import type { ProtocolClient } from '../../lib/protocol';
import { RoiTable } from '../roi/RoiTable';

export function OrdersDesk({ lang, client, orders, threshold, cnyPerJpy }: {
  lang: Lang; client: ProtocolClient; orders: readonly AffiliateOrder[]; threshold: RoiThreshold; cnyPerJpy: number | null;
}) {
  const [costs, setCosts] = useState<CostEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void client.listCosts({}).then((r) => (r.ok ? setCosts(r.data) : setError(r.error.message)));
  }, []);
  const rows = orders.length ? computeRoi({ orders: [...orders], costs, groupBy: 'creator' }).rows : [];
  return (
    <section aria-label={t(lang, 'deskOrdersHeading')}>
      <h2 class="mt-section-title">{t(lang, 'deskOrdersHeading')}</h2>
      <RoiTable lang={lang} rows={rows} threshold={threshold} cnyPerJpy={cnyPerJpy} error={error ?? undefined} />
    </section>
  );
}
