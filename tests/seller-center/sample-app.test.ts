/**
 * Runs the sample Affiliate Center (tests/fixtures/pages) inside happy-dom with fetch/XHR answered by the fixture
 * routes, and checks that the DOM fallback and the normalisers read what the app renders: the sample page is a
 * faithful enough stand-in for e2e tests.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtureResponse, SAMPLE_SCRIPT_PATH } from '../fixtures/routes';
import { analyticsRowsFromPerformance } from '../../lib/roi';
import { creatorIdFromUrl, findCommissionFigures, matchApiPath, normaliseResponse, pageKindOf, readCreatorCards, readCreatorDetail, SELECTORS } from '../../lib/seller-center';

const HOST = 'https://affiliate.tiktok.com';
/** the fixture clock (tests/fixtures/api/README.md) */
const NOW = Date.UTC(2026, 10, 24);
const calls: Array<{ path: string; body: any; via: 'fetch' | 'xhr' }> = [];
const originalFetch = globalThis.fetch;
const originalXhr = globalThis.XMLHttpRequest;

function answer(url: string, body: string | null, via: 'fetch' | 'xhr') {
  const parsed = new URL(url, HOST);
  calls.push({ path: parsed.pathname, body: body ? JSON.parse(body) : null, via });
  return fixtureResponse(`${HOST}${parsed.pathname}${parsed.search}`, 'POST', body);
}

class FixtureXhr {
  response: unknown = null;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  responseType = '';
  private url = '';
  open(_method: string, url: string) { this.url = url; }
  setRequestHeader() {}
  send(body: string) {
    const r = answer(this.url, body, 'xhr');
    setTimeout(() => {
      if (!r) { this.onerror?.(); return; }
      this.response = JSON.parse(r.body);
      this.onload?.();
    }, 0);
  }
}

/** Names of the SELECTORS that matched on some rendered sample page (checked by the last test). */
const matchedOnSamplePages = new Set<string>();

async function settle() {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  for (const [name, info] of Object.entries(SELECTORS)) if (document.querySelector(info.selector)) matchedOnSamplePages.add(name);
}

beforeAll(() => {
  const html = fixtureResponse(`${HOST}/connection/creator?shop_region=JP`, 'GET', null)!.body;
  const script = fixtureResponse(`${HOST}${SAMPLE_SCRIPT_PATH}`, 'GET', null)!.body;
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)![1]!.replace(/<script[\s\S]*?<\/script>/g, '');
  history.replaceState({}, '', '/connection/creator?shop_region=JP');
  globalThis.fetch = vi.fn(async (url: string, init?: { body?: string }) => {
    const r = answer(String(url), init?.body ?? null, 'fetch');
    if (!r) throw new Error('no fixture');
    return { json: async () => JSON.parse(r.body) };
  }) as unknown as typeof fetch;
  globalThis.XMLHttpRequest = FixtureXhr as unknown as typeof XMLHttpRequest;
  new Function(script)();
});

afterAll(() => {
  globalThis.fetch = originalFetch;
  globalThis.XMLHttpRequest = originalXhr;
});

describe('sample Affiliate Center app', () => {
  it('renders Find creators: 12 rows the DOM fallback reads, hostile names as text', async () => {
    await settle();
    expect(pageKindOf(location.href)).toBe('find');
    const cards = readCreatorCards(document);
    expect(cards).toHaveLength(12);
    expect(cards[0]).toMatchObject({ handle: 'sakura_beauty_jp', nickname: 'さくら美容ちゃんねる', followersText: '4.8万' });
    expect(cards.find((c) => c.handle === 'xss_probe_jp')!.nickname).toBe('<img src=x onerror=alert(1)>');
    // badges read only the handle: the same rows, handles and handle elements, without the rest of each row
    const handlesOnly = readCreatorCards(document, undefined, { handleOnly: true });
    expect(handlesOnly.map((c) => [c.element, c.handle, c.handleElement])).toEqual(cards.map((c) => [c.element, c.handle, c.handleElement]));
    expect(handlesOnly.every((c) => c.nickname === null && c.followersText === null)).toBe(true);
    expect(document.querySelector('img[src="x"], script:not([src])')).toBeNull();
    const find = calls.find((c) => matchApiPath(c.path) === 'creatorFind')!;
    expect(find.body.pagination).toMatchObject({ size: 12, page: 0 });
    // the engagement-rate column is not mistaken for commission
    expect(findCommissionFigures(document)).toEqual([]);
  });

  it('load more fetches page 1 with the echoed search_key', async () => {
    (document.getElementById('load-more') as HTMLButtonElement).click();
    await settle();
    expect(readCreatorCards(document)).toHaveLength(24);
    const second = calls.filter((c) => matchApiPath(c.path) === 'creatorFind')[1]!;
    expect(second.body.pagination).toMatchObject({ page: 1, search_key: 'opaque-server-signed-cursor-1' });
    expect(document.getElementById('load-more')!.hasAttribute('hidden')).toBe(true);
  });

  it('clicking a row opens the detail page in-app, one profile request per type', async () => {
    calls.length = 0;
    (readCreatorCards(document)[2]!.element as HTMLElement).click();
    await settle();
    expect(pageKindOf(location.href)).toBe('creatorDetail');
    expect(creatorIdFromUrl(location.href)).toBe('7494000000000000103');
    const profiles = calls.filter((c) => matchApiPath(c.path) === 'creatorProfile');
    expect(profiles.map((c) => c.body.profile_types)).toEqual([[1], [2], [3]]);
    expect(profiles.every((c) => c.body.creator_oec_id === '7494000000000000103' && c.via === 'fetch')).toBe(true);
    expect(readCreatorDetail(document)).toMatchObject({ handle: 'yumekawa_cosme77' });
    expect(document.querySelectorAll('#creator-detail-profile-container tbody tr').length).toBeGreaterThanOrEqual(8);
  });

  it('orders page uses XMLHttpRequest; commission column figures are found', async () => {
    calls.length = 0;
    (document.querySelector('#side-nav a[href^="/product/order"]') as HTMLAnchorElement).click();
    await settle();
    expect(pageKindOf(location.href)).toBe('orders');
    expect(calls.map((c) => [matchApiPath(c.path), c.via])).toEqual([['ordersList', 'xhr']]);
    const figures = findCommissionFigures(document);
    expect(figures).toHaveLength(24);
    const result = fixtureResponse(`${HOST}/api/oec/pay/statement/order/seller/orders/list`, 'POST', '{}')!;
    const normalised = normaliseResponse('ordersList', result.body, { url: '/x', now: Date.UTC(2026, 10, 24) });
    expect(normalised.ok && figures.map((f) => f.rate)).toEqual(normalised.ok && normalised.data.orders.map((o) => o.commissionRate));
  });

  it('target collaboration create shows one commission input per product', async () => {
    (document.querySelector('#side-nav a[href^="/connection/target-invitation/create"]') as HTMLAnchorElement).click();
    await settle();
    expect(pageKindOf(location.href)).toBe('targetCollabCreate');
    const figures = findCommissionFigures(document);
    expect(figures.every((f) => f.element.tagName === 'INPUT')).toBe(true);
    // 7 products in the picker fixture have a readable rate; the absurd 1e30 one shows the 10 % default
    expect(figures.map((f) => f.rate)).toEqual([0.12, 0.15, 0.08, 0.09, 0.1, 0.1, 0.13, 0.1]);
    // product rows: a bare word (a brand in a title, a category) reads as a handle unless only marked handles count
    const handles = (markedHandlesOnly: boolean) => readCreatorCards(document, undefined, { markedHandlesOnly }).filter((c) => c.handle !== null);
    expect(handles(false).length).toBeGreaterThan(0);
    expect(handles(true)).toEqual([]);
  });

  it('open collaboration and target list render commission % texts', async () => {
    (document.querySelector('#side-nav a[href^="/affiliate/collaboration/open-collaboration"]') as HTMLAnchorElement).click();
    await settle();
    expect(pageKindOf(location.href)).toBe('openCollab');
    expect(findCommissionFigures(document).map((f) => f.rate)).toEqual([0.12, 0.15, 0.08, 0.09, 0.1, 0.1, 0.13, 0.1]);
    (document.querySelector('#side-nav a[href^="/affiliate/collaboration/target-invitation"]') as HTMLAnchorElement).click();
    await settle();
    expect(pageKindOf(location.href)).toBe('targetCollab');
    expect(document.querySelectorAll('.arco-table-body tr')).toHaveLength(3);
  });

  it('sample requests list creators; back navigation re-renders the previous route', async () => {
    (document.querySelector('#side-nav a[href^="/affiliate/sample/sample-request"]') as HTMLAnchorElement).click();
    await settle();
    expect(pageKindOf(location.href)).toBe('sampleRequests');
    expect(readCreatorCards(document).map((c) => c.handle)).toEqual(['sakura_beauty_jp', 'gadget_sokuhou', 'xss_probe_jp']);
    history.back();
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle();
    expect(pageKindOf(location.href)).toBe('targetCollab');
    expect(document.querySelectorAll('.arco-table-body tr')).toHaveLength(3);
  });

  it('the Analytics page asks for the creator and video tabs of one Tokyo week; both read as performance rows the weekly review uses', async () => {
    const before = calls.length;
    (document.querySelector('#side-nav a[href^="/insights/transaction-analysis"]') as HTMLAnchorElement).click();
    await settle();
    expect(pageKindOf(location.href)).toBe('analytics');
    const asked = calls.slice(before).filter((c) => matchApiPath(`${HOST}${c.path}`) === 'analyticsDetailList');
    expect(asked).toHaveLength(2);
    const rows = asked.flatMap((c) => {
      const result = normaliseResponse('analyticsDetailList', JSON.parse(fixtureResponse(`${HOST}${c.path}`, 'POST', JSON.stringify(c.body))!.body), { url: `${HOST}${c.path}`, requestBody: c.body, now: NOW });
      return result.ok ? result.data.performance ?? [] : [];
    });
    expect(rows.filter((r) => r.kind === 'creator').map((r) => r.label)).toEqual(['sakura_beauty_jp', 'yumekawa_cosme77', 'tokyo_kitchen_mama', 'kurashi_note']);
    expect(rows.filter((r) => r.kind === 'video')).toHaveLength(8);
    // Monday 16 Nov 2026 00:00 Tokyo, one week: short enough for the weekly review (lib/roi/review.ts)
    expect(new Set(rows.map((r) => `${r.periodStart}-${r.periodEnd}`))).toEqual(new Set([`${Date.UTC(2026, 10, 15, 15)}-${Date.UTC(2026, 10, 22, 15) - 1000}`]));
    expect(analyticsRowsFromPerformance(rows)).toHaveLength(12);
    const sakura = rows.find((r) => r.kind === 'creator' && r.label === 'sakura_beauty_jp')!;
    expect(sakura).toMatchObject({ gmvJpy: 86_300, orders: 41, views: 48_200, clicks: 1_930 });
    expect(document.querySelectorAll('.arco-table-body tr')).toHaveLength(12);
  });

  it('every selector that is not a guess matches on some sample page (after the pages above rendered)', () => {
    const confirmed = Object.entries(SELECTORS).filter(([, info]) => !info.guess).map(([name]) => name);
    expect(confirmed.length).toBeGreaterThan(0);
    expect(confirmed.filter((name) => !matchedOnSamplePages.has(name))).toEqual([]);
  });
});
