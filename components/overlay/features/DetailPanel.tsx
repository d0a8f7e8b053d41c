/** Creator detail page: score breakdown, warnings, videos, commission comparison, ROI and the seller's note. */
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../../../lib/i18n';
import { formatJpy } from '../../../lib/format';
import { assessCreator } from '../../../lib/scoring';
import { placeRate, pct } from '../../../lib/commission';
import { computeRoi, forecastRoi } from '../../../lib/roi';
import { orderLineKey } from '../../../lib/model';
import { creatorIdFromUrl, readCreatorDetail } from '../../../lib/seller-center';
import { CreatorScorePanel } from '../../scoring/CreatorScorePanel';
import { CommissionChip } from '../../commission/CommissionChip';
import type { PageState } from '../page-state';
import type { OverlayServices } from '../services';
import { CreatorNote } from './CreatorNote';

/** How long to wait for the page's profile responses before saying we have none. */
const NO_DATA_AFTER_MS = 8000;

export function DetailPanel({ lang, state, services }: { lang: Lang; state: PageState; services: OverlayServices }) {
  const id = creatorIdFromUrl(state.url.value);
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    setWaited(false);
    const timer = setTimeout(() => setWaited(true), NO_DATA_AFTER_MS);
    if (id) void services.loadCreator(id);
    return () => clearTimeout(timer);
  }, [id]);

  const pageCreator = id ? state.creators.value.get(id) ?? null : null;
  const creator = pageCreator ? services.withStoredVideos(pageCreator) : id ? services.storedCreator(id) : null;
  if (!id) return null;
  if (!creator) {
    const onScreen = waited ? readCreatorDetail(document) : null;
    return (
      <CreatorScorePanel lang={lang} creator={null} assessment={null} state={waited ? 'no-data' : 'loading'}
        error={onScreen?.handle ? `@${onScreen.handle}` : undefined} />
    );
  }
  const assessment = pageCreator ? services.assessmentOf(pageCreator) : assessCreator(creator, { now: Date.now() });
  const category = creator.categories[0] ?? null;
  const benchmark = services.benchmarkFor(category);
  const offer = services.offerFor(id);
  const orders = [...state.orders.value.values(), ...services.storedOrders(id)].filter((o) => o.creatorId === id);
  const realised = orders.length ? computeRoi({ orders: dedupeOrders(orders), costs: services.storedCosts(id), groupBy: 'creator' }).total : null;
  const forecast = realised ? null : forecastRoi({
    gpmJpy: creator.gpmJpy, expectedViews: creator.medianViews, commissionRate: offer ?? creator.medianCommissionRate ?? benchmark.mid,
  });
  return (
    <div class="mt-detail">
      <CreatorScorePanel lang={lang} creator={creator} assessment={assessment} state="ready" />
      <section aria-label={t(lang, 'cmCreatorRateTitle')}>
        <h3 class="mt-section-title">{t(lang, 'cmCreatorRateTitle')}</h3>
        {creator.medianCommissionRate != null ? (
          <p>
            {t(lang, 'cmCreatorUsualRate')}{' '}
            <CommissionChip lang={lang} rate={creator.medianCommissionRate} placement={placeRate(creator.medianCommissionRate, benchmark)} basis={benchmark}
              compareTo={offer != null ? { label: t(lang, 'cmYourOffer'), rate: offer } : undefined} />
            {offer != null ? <span class="mt-muted"> {t(lang, 'cmYourOffer')} {pct(offer)}</span> : null}
          </p>
        ) : <p class="mt-muted">{t(lang, 'unknown')}</p>}
      </section>
      <section aria-label={t(lang, 'tabRoi')}>
        <h3 class="mt-section-title">{realised ? realised.roi.label[lang] : forecast?.label[lang]}</h3>
        {realised ? (
          <p>GMV {formatJpy(lang, realised.gmvInclTaxJpy, services.cnyPerJpy.value)} · {t(lang, 'roiColCommission')} {formatJpy(lang, realised.commissionJpy, services.cnyPerJpy.value)} · ROI {realised.roi.value != null ? realised.roi.value.toFixed(1) : realised.roi.reason?.[lang]}</p>
        ) : forecast?.ok ? (
          <p>GMV {formatJpy(lang, forecast.gmvInclTaxJpy, services.cnyPerJpy.value)} · ROI {forecast.roi.value != null ? forecast.roi.value.toFixed(1) : forecast.roi.reason?.[lang]}</p>
        ) : (
          <p class="mt-muted">{forecast?.problems.map((p) => p[lang]).join(' · ')}</p>
        )}
      </section>
      <CreatorNote lang={lang} creatorId={id} services={services} />
    </div>
  );
}

function dedupeOrders<T extends { orderId: string; skuId: string | null }>(orders: T[]): T[] {
  return [...new Map(orders.map((order) => [orderLineKey(order), order])).values()];
}
