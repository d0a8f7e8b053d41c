/**
 * The overlays end to end in the production build (issues 3, 4, 5): the dock and list badges follow exactly the
 * creators the page's own find responses carried, across load-more, in-app navigation, both route families and the
 * cross-border host; an unreadable response gives a notice, not a broken page; badge verdicts, the detail panel's
 * score, its video table and chart, commission chips and the popup advisor match the pure lib functions run here
 * on the same fixture JSON. Expectations are computed from the fixtures, never copied from a run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE, extensionPage, launch, type Launched } from './harness';
import { normaliseResponse, mergeCreator } from '../../lib/seller-center';
import { assessCreator, type Verdict } from '../../lib/scoring';
import { adviseCommission, buildBenchmarkContext, BENCHMARKS_JP, chooseBenchmark, pct, placeRate } from '../../lib/commission';
import { t, type Lang } from '../../lib/i18n';
import type { Creator, Product } from '../../lib/model';
import type { Observation } from '../../lib/store';

const API_DIR = path.join(ROOT, 'tests/fixtures/api');
const fixture = (rel: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(API_DIR, rel), 'utf8'));
const FIND_URL = 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find';
const PROFILE_URL = 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/profile';
const POLL = { timeout: 15_000 };

function findCreators(page: 0 | 1): Creator[] {
  const result = normaliseResponse('creatorFind', fixture(`creatorFind/page-${page}.json`), { url: FIND_URL, requestBody: { pagination: { page } }, now: Date.now() });
  if (!result.ok) throw new Error(result.diagnostic);
  return result.data.creators;
}

/** The three profile responses the detail page asks for, normalised and merged like the content script does. */
function profileCreator(id: string): Creator {
  let merged: Creator | null = null;
  for (const type of [1, 2, 3]) {
    const result = normaliseResponse('creatorProfile', fixture(`creatorProfile/${id}-${type}.json`), { url: PROFILE_URL, requestBody: { creator_oec_id: id, profile_types: [type] }, now: Date.now() });
    if (!result.ok) throw new Error(result.diagnostic);
    for (const c of result.data.creators) merged = merged ? mergeCreator(merged, c) : c;
  }
  if (!merged) throw new Error(`no profile for ${id}`);
  return merged;
}

/** Distinct videos in the raw profile fixture (both video lists the performance response carries). */
function fixtureVideoIds(id: string): Set<string> {
  const profile = fixture(`creatorProfile/${id}-2.json`).creator_profile as Record<string, { value?: Array<{ item_id: string }> }>;
  return new Set([...(profile.top_video_data?.value ?? []), ...(profile.ec_top_video_data?.value ?? [])].map((v) => String(v.item_id)));
}

function productsShown(): Product[] {
  const result = normaliseResponse('productSelection', fixture('productSelection/page-1.json'), { url: 'https://affiliate.tiktok.com/api/v1/affiliate/product_selection/list', requestBody: {}, now: Date.now() });
  if (!result.ok) throw new Error(result.diagnostic);
  return result.data.products;
}

const page0 = findCreators(0);
const page1 = findCreators(1);
const byHandle = new Map([...page0, ...page1].map((c) => [c.handle!, c]));
const idOf = (handle: string) => byHandle.get(handle)!.id;
// Roles from tests/fixtures/api/README.md
const BOUGHT_LIKES = 'yumekawa_cosme77';
const BOUGHT_VIEWS = 'gadget_sokuhou';
const HEALTHY = 'sakura_beauty_jp';

let launched: Launched;
let ext: Page;
let lang: Lang;
const pageErrors: string[] = [];

async function send<T>(message: Record<string, unknown>): Promise<T> {
  const reply = await ext.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message) as { ok: boolean; data: T };
  if (!reply.ok) throw new Error(`${String(message.type)} failed: ${JSON.stringify(reply)}`);
  return reply.data;
}

async function open(url: string): Promise<Page> {
  const page = await launched.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  await page.goto(url);
  return page;
}

const dockCount = (page: Page) => page.locator('mitate-dock .mt-dock-count').textContent({ timeout: 1000 }).then((s) => Number(s)).catch(() => 0);
const rowHandles = (page: Page) => page.locator('tr[data-row-key] span.handle').evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ''));
/** Per row: its handle, how many badges it holds, and the verdict class of its badge button. */
const rowBadges = (page: Page) => page.locator('tr[data-row-key]').evaluateAll((rows) => rows.map((row) => {
  const hosts = row.querySelectorAll('mitate-badge');
  const button = hosts[0]?.shadowRoot?.querySelector('.mt-scoring-badge');
  const verdict = button ? (/mt-scoring-badge--(\w+)/.exec(button.className)?.[1] ?? null) : null;
  return { handle: row.querySelector('span.handle')?.firstChild?.textContent ?? '', badges: hosts.length, verdict };
}));

async function expectBadgesFor(page: Page, handles: string[]) {
  await expect.poll(async () => (await rowBadges(page)).filter((r) => r.badges === 1 && r.verdict).length, POLL).toBe(handles.length);
  const rows = await rowBadges(page);
  expect(rows.map((r) => r.handle).sort()).toEqual([...handles].sort());
  for (const row of rows) expect(row.badges).toBe(1);
  expect(await page.locator('mitate-badge').count()).toBe(handles.length);
}

beforeAll(async () => {
  launched = await launch();
  ext = await launched.context.newPage();
  await ext.goto(extensionPage(launched, 'popup'));
  lang = (await send<{ lang: Lang }>({ type: 'getSettings' })).lang;
}, 120_000);
afterAll(async () => {
  await launched?.close();
});

describe('issue 3: the overlay follows what the page read', () => {
  it('badges every creator row of the find response and counts them; load-more grows the count to the union', async () => {
    const page = await open(SAMPLE.findCreators);
    const handles0 = page0.map((c) => c.handle!);
    await expectBadgesFor(page, handles0);
    await expect.poll(() => dockCount(page), POLL).toBe(new Set(page0.map((c) => c.id)).size);
    // badge verdicts on the list = the scoring model on the list's own data (platform medians)
    const now = Date.now();
    for (const row of await rowBadges(page)) expect(row.verdict, row.handle).toBe(assessCreator(byHandle.get(row.handle)!, { now }).verdict);

    await page.locator('#load-more').click();
    const union = new Set([...page0, ...page1].map((c) => c.id));
    await expect.poll(() => dockCount(page), POLL).toBe(union.size);
    await expectBadgesFor(page, [...handles0, ...page1.map((c) => c.handle!)]);
    await page.close();
  });

  it('after clicking a row the dock shows that creator\'s detail panel; going back shows the list badges again', async () => {
    const page = await open(SAMPLE.findCreators);
    await expectBadgesFor(page, page0.map((c) => c.handle!));
    const id = idOf(BOUGHT_LIKES);
    const nickname = profileCreator(id).nickname!;
    expect(nickname).toBeTruthy();
    // click the row's own text (not our badge, which keeps clicks to itself)
    await page.locator(`tr[data-row-key="${id}"] span.nick`).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/connection/creator/detail');
    const panelName = page.locator('mitate-dock .mt-dock-panel .mt-scoring-panel__name');
    await expect.poll(() => panelName.textContent().catch(() => null), POLL).toBe(nickname);
    await expect.poll(() => page.locator('mitate-dock .mt-scoring-panel__score').count(), POLL).toBe(1);
    expect(await page.locator('mitate-badge').count()).toBe(0);

    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/connection/creator');
    await expectBadgesFor(page, page0.map((c) => c.handle!));
    // the detail panel is gone from the dock on the list
    await expect.poll(() => page.locator('mitate-dock .mt-scoring-panel').count(), POLL).toBe(0);
    await page.close();
  });

  it('works on the newer /affiliate/creator route and on the cross-border host', async () => {
    for (const url of [SAMPLE.findCreatorsNew, SAMPLE.crossBorderFind]) {
      const page = await open(url);
      await expectBadgesFor(page, page0.map((c) => c.handle!));
      await expect.poll(() => dockCount(page), POLL).toBe(page0.length);
      await page.close();
    }
  });

  it('an unrecognised response format gives a notice with a copy-diagnostic button, and the page keeps working', async () => {
    const before = pageErrors.length;
    const page = await open(`${SAMPLE.findCreators}&mitate_fixture=garbled`);
    // the sample app itself renders its (empty) list
    await expect.poll(() => page.locator('h1').first().textContent(), POLL).toBeTruthy();
    const toggle = page.locator('mitate-dock .mt-dock-toggle');
    await expect.poll(() => toggle.count(), POLL).toBe(1);
    await expect.poll(() => page.locator('mitate-dock .mt-dock-alert').count(), POLL).toBe(1);
    await toggle.click();
    const notice = page.locator('mitate-dock .mt-notice');
    await expect.poll(() => notice.textContent().catch(() => ''), POLL).toContain(t(lang, 'scFormatNotRecognised'));
    expect(await notice.getByRole('button').textContent()).toBe(t(lang, 'scCopyDiagnostic'));
    expect(await page.locator('mitate-badge').count()).toBe(0);
    expect(await page.locator('mitate-dock .mt-dock-count').count()).toBe(0);
    // the page's own navigation still works
    await page.locator('#side-nav a[href^="/product/order"]').click();
    await expect.poll(() => page.locator('main h1').first().textContent(), POLL).toBe('アフィリエイト注文');
    expect(pageErrors.slice(before)).toEqual([]);
    await page.close();
  });
});

describe('issue 4: verdicts, popover, detail panel, layout', () => {
  it('a bought-likes creator seen on its page shows the likely-fake badge on the list; Enter opens the warnings, Escape closes', async () => {
    const page = await open(SAMPLE.findCreators);
    await expectBadgesFor(page, page0.map((c) => c.handle!));
    for (const handle of [BOUGHT_LIKES, BOUGHT_VIEWS]) {
      const id = idOf(handle);
      await page.locator(`tr[data-row-key="${id}"] span.nick`).click();
      await expect.poll(() => page.locator('mitate-dock .mt-scoring-panel__name').textContent().catch(() => null), POLL).toBe(profileCreator(id).nickname);
      await page.goBack();
      await expectBadgesFor(page, page0.map((c) => c.handle!));
      // the list now scores with the videos seen on the creator's page (list data + profile, as the page merged them)
      const expected = assessCreator(mergeCreator(byHandle.get(handle)!, profileCreator(id)), { now: Date.now() });
      expect(expected.verdict).toBe<Verdict>('likely_fake');
      const button = page.locator(`tr[data-row-key="${id}"] mitate-badge .mt-scoring-badge`);
      await expect.poll(() => button.getAttribute('class'), POLL).toContain(`mt-scoring-badge--${expected.verdict}`);
      expect(await button.locator('.mt-scoring-badge__score').textContent()).toBe(String(expected.score));
      // danger colour on the dot
      expect(await button.locator('.mt-scoring-dot').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(198, 40, 40)');

      await button.focus();
      await page.keyboard.press('Enter');
      const popover = page.locator(`tr[data-row-key="${id}"] mitate-badge .mt-scoring-popover`);
      await expect.poll(() => popover.count(), POLL).toBe(1);
      const signals = await popover.locator('li[data-signal]').evaluateAll((els) => els.map((e) => e.getAttribute('data-signal')));
      expect(signals.length).toBeGreaterThan(0);
      expect(signals.sort()).toEqual(expected.signals.map((s) => s.id).sort());
      // Enter on the badge did not open the creator (the row's own handler)
      expect(new URL(page.url()).pathname).toBe('/connection/creator');
      await page.keyboard.press('Escape');
      await expect.poll(() => popover.count(), POLL).toBe(0);
      expect(await button.getAttribute('aria-expanded')).toBe('false');
    }
    await page.close();
  });

  it('the detail page panel shows the score of the merged profile responses, one table row per video and the chart', async () => {
    for (const handle of [HEALTHY, BOUGHT_VIEWS]) {
      const id = idOf(handle);
      const page = await open(SAMPLE.creatorDetail(id));
      const creator = profileCreator(id);
      const expected = assessCreator(creator, { now: Date.now() });
      const panel = page.locator('mitate-dock .mt-dock-panel .mt-scoring-panel');
      await expect.poll(() => panel.locator('.mt-scoring-panel__score').textContent().catch(() => null), POLL).toBe(String(expected.score));
      expect(await panel.locator('.mt-scoring-panel__name').textContent()).toBe(creator.nickname);
      expect(await panel.locator('.mt-scoring-panel__verdict').textContent()).toBe(t(lang, { healthy: 'scoreVerdictHealthy', suspicious: 'scoreVerdictSuspicious', likely_fake: 'scoreVerdictLikelyFake', insufficient_data: 'scoreVerdictInsufficient' }[expected.verdict]));
      const videos = fixtureVideoIds(id);
      expect(videos.size).toBeGreaterThan(0);
      expect(await panel.locator('.mt-scoring-table tbody tr').count()).toBe(videos.size);
      const shownIds = await panel.locator('.mt-scoring-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-video')));
      expect(new Set(shownIds)).toEqual(videos);
      expect(await panel.locator('svg.mt-scoring-chart rect').count()).toBe(expected.videos.filter((v) => v.views != null).length);
      const warned = await panel.locator('li[data-signal]').evaluateAll((els) => els.map((e) => e.getAttribute('data-signal')));
      expect(warned.sort()).toEqual(expected.signals.map((s) => s.id).sort());
      await page.close();
    }
  });

  it('every badge can be seen and hit: not clipped by the page\'s truncated handle text', async () => {
    const page = await open(SAMPLE.findCreators);
    await expectBadgesFor(page, page0.map((c) => c.handle!));
    const hits = await page.locator('tr[data-row-key]').evaluateAll((rows) => rows.map((row) => {
      const host = row.querySelector('mitate-badge')!;
      const box = host.shadowRoot!.querySelector('.mt-scoring-badge')!.getBoundingClientRect();
      row.scrollIntoView({ block: 'center' });
      const after = host.shadowRoot!.querySelector('.mt-scoring-badge')!.getBoundingClientRect();
      // the topmost element at the badge's centre (document-level hit testing stops at the shadow host)
      const hit = document.elementFromPoint(after.x + after.width / 2, after.y + after.height / 2);
      return { handle: row.querySelector('span.handle')?.firstChild?.textContent ?? '', ok: hit === host && box.width > 0 };
    }));
    expect(hits.filter((h) => !h.ok).map((h) => h.handle)).toEqual([]);
    // an open popover is on top of the next rows' badges: every point of it hits its own badge host
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('mitate-badge .mt-scoring-badge').first().click();
    await expect.poll(() => page.locator('mitate-badge .mt-scoring-popover').count(), POLL).toBe(1);
    const covered = await page.locator('mitate-badge').first().evaluate((host) => {
      const r = host.shadowRoot!.querySelector('.mt-scoring-popover')!.getBoundingClientRect();
      const misses: string[] = [];
      for (let x = r.left + 2; x < r.right - 2; x += 6) {
        for (let y = r.top + 2; y < r.bottom - 2; y += 6) {
          const hit = document.elementFromPoint(x, y);
          if (hit !== host) misses.push(`${Math.round(x)},${Math.round(y)}: ${hit?.tagName}`);
        }
      }
      return misses;
    });
    expect(covered.slice(0, 5)).toEqual([]);
    await page.close();
  });

  it('badge hosts do not change the page rows\' boxes', async () => {
    const page = await open(SAMPLE.findCreators);
    await expectBadgesFor(page, page0.map((c) => c.handle!));
    // measure with badges, remove every host, measure again, in one task (before our observer could re-add them)
    const { withBadges, without } = await page.evaluate(() => {
      const boxes = () => Array.from(document.querySelectorAll('tr[data-row-key]'), (row) => {
        const r = row.getBoundingClientRect();
        const handle = row.querySelector('span.handle')!.getBoundingClientRect();
        return [r.x, r.y, r.width, r.height, handle.width, handle.height];
      });
      const withBadges = boxes();
      document.querySelectorAll('mitate-badge').forEach((host) => host.remove());
      return { withBadges, without: boxes() };
    });
    expect(withBadges.length).toBe(page0.length);
    expect(withBadges).toEqual(without);
    await page.close();
  });
});

describe('issue 5: commission chips and the advisor', () => {
  it('a chip beside every commission input, placed against the category band; typing a rate updates it', async () => {
    const page = await open(SAMPLE.targetCollabCreate);
    const inputs = page.locator('input[data-product-id]');
    const products = productsShown();
    // one input per product row the page shows (one product's id lost precision in JSON, so the reader drops it)
    const inputIds = () => inputs.evaluateAll((els) => els.map((e) => e.getAttribute('data-product-id')!));
    await expect.poll(() => inputs.count(), POLL).toBeGreaterThan(0);
    const ids = await inputIds();
    expect(ids.length).toBe((fixture('productSelection/page-1.json').data as { products: unknown[] }).products.length);
    await expect.poll(() => page.locator('mitate-chip').count(), POLL).toBe(ids.length);
    // the same benchmark context the overlay builds: the seller's overrides + every rate seen so far
    const context = async () => {
      const settings = await send<{ benchmarkOverrides: unknown }>({ type: 'getSettings' });
      const observations = await send<Observation[]>({ type: 'listObservations' });
      return buildBenchmarkContext(settings.benchmarkOverrides, observations);
    };
    const chipOf = (productId: string) => page.locator(`span.arco-input-group:has(input[data-product-id="${productId}"]) mitate-chip .mt-commission-chip`);
    // a product the page did not describe (unreadable id) has no known category: the fallback band
    const expectedFor = async (productId: string, rate: number) => {
      const category = products.find((p) => p.id === productId)?.category ?? null;
      return placeRate(rate, (await context()).benchmarkFor(category)).position;
    };
    for (const id of ids) {
      const rate = Number(await page.locator(`input[data-product-id="${id}"]`).inputValue()) / 100;
      const chip = chipOf(id);
      await expect.poll(() => chip.count(), POLL).toBe(1);
      await expect.poll(async () => [await chip.getAttribute('data-position'), await chip.locator('.mt-commission-chip__rate').textContent()], POLL)
        .toEqual([await expectedFor(id, rate), pct(rate)]);
    }

    // a rate under the beauty band's low edge
    const beauty = products.find((p) => p.category && /beauty/i.test(p.category))!;
    const band = (await context()).benchmarkFor(beauty.category);
    const lowPercent = Math.round(band.low * 100) / 2; // half the band's lower edge
    const lowRate = lowPercent / 100;
    await page.locator(`input[data-product-id="${beauty.id}"]`).fill(String(lowPercent));
    const position = await expectedFor(beauty.id, lowRate);
    expect(position).toBe('below');
    await expect.poll(async () => [await chipOf(beauty.id).getAttribute('data-position'), await chipOf(beauty.id).locator('.mt-commission-chip__rate').textContent()], POLL)
      .toEqual([position, pct(lowRate)]);
    await page.close();
  });

  it('the popup advisor gives the break-even rate of the research worked example', async () => {
    const popup = await launched.context.newPage();
    await popup.goto(extensionPage(launched, 'popup'));
    await popup.locator('#tab-advisor').click();
    const form = popup.locator('#panel-advisor');
    await form.locator('select[name="categoryId"]').selectOption('beauty');
    await form.locator('input[name="price"]').fill('3300');
    await form.locator('input[name="cogs"]').fill('954');
    await form.locator('input[name="shipping"]').fill('500');
    const expected = adviseCommission({ priceJpy: 3300, costOfGoodsJpy: 954, shippingJpy: 500, category: 'beauty', benchmark: chooseBenchmark(BENCHMARKS_JP.beauty, null) });
    if (!expected.ok || expected.breakEvenRate == null) throw new Error('advisor gave no break-even');
    // research/scoring.md §5.3 worked example: (3000 − 954 − 500 − 7 % × 3300) ÷ 3000 ≈ 43.8 %
    expect(Math.round(expected.breakEvenRate * 1000) / 10).toBe(43.8);
    await expect.poll(() => form.locator('[data-testid="break-even"]').textContent().catch(() => null), POLL).toBe(pct(expected.breakEvenRate));
    await popup.close();
  });

  it('sends no request of its own and raised no page error', () => {
    expect(launched.fromExtension).toEqual([]);
    expect(launched.leaked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
