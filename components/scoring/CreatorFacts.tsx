import { t, type Lang } from '../../lib/i18n';
import { formatCount, formatDate, formatJpy, formatPercent } from '../../lib/format';
import type { Creator } from '../../lib/model';

/** How many categories, brands and regions the panel lists; the rest are counted, not shown. */
const SHOWN_ITEMS = 5;

function yesNo(lang: Lang, value: boolean | null | undefined): string {
  if (value == null) return '—';
  return t(lang, value ? 'scFactYes' : 'scFactNo');
}

/** "¥1,402,000 (92%)": an amount and its share, each "—" when unknown (never 0). */
function amountWithShare(lang: Lang, yen: number | null | undefined, share: number | null | undefined): string {
  if (yen == null && share == null) return '—';
  return share == null ? formatJpy(lang, yen) : `${formatJpy(lang, yen)} (${formatPercent(lang, share, 0)})`;
}

function listLine(lang: Lang, parts: string[], total: number): string {
  if (parts.length === 0) return '—';
  const shown = parts.slice(0, SHOWN_ITEMS).join(' · ');
  return total > SHOWN_ITEMS ? `${shown} ${t(lang, 'scFactMore', formatCount(lang, total - SHOWN_ITEMS))}` : shown;
}

/**
 * What sellers weigh before inviting a creator, as the Affiliate Center page gave it: GMV by video and LIVE and by
 * category, average order value, brands, contact, past work with this shop, fulfilment, audience regions, and how
 * current the figures are. Page data is rendered as text only.
 */
export function CreatorFacts({ lang, creator }: { lang: Lang; creator: Creator }) {
  const categories = (creator.gmvShareByCategory ?? []).map((c) => `${c.name ?? (c.key === '-1' ? t(lang, 'scFactOther') : c.key)} ${formatPercent(lang, c.share, 0)}`);
  const brands = creator.brands ?? [];
  const brandTotal = creator.brandCount ?? brands.length;
  const regions = (creator.audienceByRegion ?? []).map((r) => `${r.key} ${formatCount(lang, r.count)}`);
  const rows: Array<[string, string, string]> = [
    ['video-gmv', t(lang, 'scFactVideoGmv'), amountWithShare(lang, creator.videoGmvJpy, creator.videoGmvShare)],
    ['live-gmv', t(lang, 'scFactLiveGmv'), amountWithShare(lang, creator.liveGmvJpy, creator.liveGmvShare)],
    ['category-gmv', t(lang, 'scFactCategoryGmv'), listLine(lang, categories, categories.length)],
    ['aov', t(lang, 'scFactAov'), formatJpy(lang, creator.avgOrderValueJpy)],
    ['brands', t(lang, 'scFactBrands'), creator.brandCount == null && brands.length === 0 ? '—'
      : `${formatCount(lang, brandTotal)}${brands.length > 0 ? `: ${listLine(lang, brands, brands.length)}` : ''}`],
    ['contact', t(lang, 'scFactContact'), yesNo(lang, creator.contactInfoAvailable)],
    ['collaborated', t(lang, 'scFactCollaborated'), yesNo(lang, creator.hasCollaborated)],
    ['invited-90d', t(lang, 'scFactInvited90d'), yesNo(lang, creator.invitedLast90d)],
    ['fulfilment-score', t(lang, 'scFactFulfilmentScore'), formatCount(lang, creator.fulfillmentScore)],
    ['sample-fulfilment', t(lang, 'scFactSampleFulfilment'), formatPercent(lang, creator.sampleFulfillmentRate, 0)],
    ['regions', t(lang, 'scFactRegions'), listLine(lang, regions, regions.length)],
    ['data-until', t(lang, 'scFactDataUntil'), formatDate(lang, creator.dataUntil)],
  ];
  return (
    <div class="mt-scoring-panel__section" data-facts="">
      <h4 class="mt-scoring-panel__h">{t(lang, 'scFactsTitle')}</h4>
      <dl class="mt-scoring-facts">
        {rows.map(([id, label, value]) => (
          <div key={id} data-fact={id}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
