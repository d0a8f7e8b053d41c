/** Affiliate orders page: ROI per creator for the orders the page has shown, computed locally. */
import type { Lang } from '../../../lib/i18n';
import { computeRoi } from '../../../lib/roi';
import { RoiTable } from '../../roi/RoiTable';
import type { PageState } from '../page-state';
import type { OverlayServices } from '../services';

export function OrdersPanel({ lang, state, services }: { lang: Lang; state: PageState; services: OverlayServices }) {
  const orders = [...state.orders.value.values()];
  const rows = orders.length ? computeRoi({ orders, costs: services.allCosts(), groupBy: 'creator' }).rows : [];
  return <RoiTable lang={lang} rows={rows} threshold={services.roiThreshold.value} cnyPerJpy={services.cnyPerJpy.value} />;
}
