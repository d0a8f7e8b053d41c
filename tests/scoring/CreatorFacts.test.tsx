/** The seller-valued creator facts on the creator panel: real VN reading, unknown shown as unknown, text only. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CreatorFacts } from '../../components/scoring/CreatorFacts';
import { CreatorScorePanel } from '../../components/scoring/CreatorScorePanel';
import { emptyCreator, normaliseResponse } from '../../lib/seller-center';
import type { Creator } from '../../lib/model';
import { mount } from '../helpers/mount';

const REAL = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/real');
const HOSTILE = '<img src=x onerror="alert(1)">';

function fact(el: Element, id: string): string {
  return el.querySelector(`[data-fact="${id}"] dd`)?.textContent ?? '(missing)';
}

function realVnCreator(): Creator {
  const published = JSON.parse(readFileSync(join(REAL, 'creatorProfile/vn-2025-02-s5-docs-api.json'), 'utf8')) as Array<{ profiles: object }>;
  const result = normaliseResponse('creatorProfile', { code: 0, ...published[0]!.profiles }, {
    url: 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/profile?shop_region=VN', now: Date.UTC(2025, 2, 1),
  });
  if (!result.ok) throw new Error(result.diagnostic);
  return result.data.creators[0]!;
}

describe('CreatorFacts', () => {
  it('shows the real VN reading: shares but no yen, brands, regions, freshness', () => {
    const el = mount(<CreatorFacts lang="en" creator={realVnCreator()} />);
    expect(fact(el, 'video-gmv')).toBe('— (99%)');
    expect(fact(el, 'live-gmv')).toBe('—');
    expect(fact(el, 'category-gmv')).toBe('Beauty & Personal Care 39% · Shoes 26% · Womenswear & Underwear 26% · Other 9%');
    expect(fact(el, 'aov')).toBe('—');
    expect(fact(el, 'brands')).toBe('24: OLEVS · Làng Chài Xưa · JULIDO · MF MINI FOCUS · NESTY Premium Brand and 5 more');
    expect(fact(el, 'contact')).toBe('No');
    expect(fact(el, 'collaborated')).toBe('No');
    expect(fact(el, 'invited-90d')).toBe('No');
    expect(fact(el, 'fulfilment-score')).toBe('—');
    expect(fact(el, 'sample-fulfilment')).toBe('—');
    expect(fact(el, 'regions')).toBe('HA NOI 2,450 · HO CHI MINH 1,387 · THANH HOA 257 · HAI PHONG 251 · BAC GIANG 228');
    expect(fact(el, 'data-until')).toBe('02/26/2025'); // 1740528000 s = 2025-02-26 00:00 UTC = 09:00 JST
  });
  it('shows unknown as "—", never 0, for a creator read before these fields existed', () => {
    const old = { ...emptyCreator('1') } as Partial<Creator>;
    for (const key of ['videoGmvJpy', 'brands', 'brandCount', 'audienceByRegion', 'dataUntil', 'contactInfoAvailable'] as const) delete old[key];
    const el = mount(<CreatorFacts lang="ja" creator={old as Creator} />);
    const values = [...el.querySelectorAll('dd')].map((d) => d.textContent);
    expect(values).toHaveLength(12);
    expect(values.every((v) => v === '—')).toBe(true);
  });
  it('renders page text as text and yen when the page said yen', () => {
    const creator: Creator = {
      ...emptyCreator('2'), videoGmvJpy: 1_402_000, videoGmvShare: 0.92, liveGmvJpy: 121_400, avgOrderValueJpy: 2480,
      brands: [HOSTILE], brandCount: 1, audienceByRegion: [{ key: HOSTILE, count: 3 }], sampleFulfillmentRate: 0.86,
      fulfillmentScore: 4, hasCollaborated: true,
    };
    const el = mount(<CreatorFacts lang="ja" creator={creator} />);
    expect(el.querySelector('img')).toBeNull();
    expect(fact(el, 'brands')).toBe(`1: ${HOSTILE}`);
    expect(fact(el, 'video-gmv')).toBe('1,402,000円 (92%)');
    expect(fact(el, 'aov')).toBe('2,480円');
    expect(fact(el, 'sample-fulfilment')).toBe('86%');
    expect(fact(el, 'collaborated')).toBe('はい');
  });
  it('appears on the creator panel even before there is a score', () => {
    const el = mount(<CreatorScorePanel lang="zh_CN" creator={realVnCreator()} assessment={null} state="no-data" />);
    expect(el.querySelector('[data-facts]')).not.toBeNull();
    expect(fact(el, 'contact')).toBe('否');
  });
});
