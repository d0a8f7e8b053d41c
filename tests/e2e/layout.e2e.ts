/**
 * Layout at the sizes sellers use (issue 18), measured in real Chromium:
 * - chips and badges never cover the page's text, on every sample page (each mark's box against every line box of
 *   the page's own text; elementsFromPoint proves the mark is what is seen), incl. the creator page's
 *   平均コミッション率 card and the orders page, where tea is placed against the food band as on its plan page;
 * - the popup's commission advisor: no chart label overlaps another or leaves the chart, no select is clipped, at the
 *   popup's narrowest and widest size, in zh_CN, ja and en, for break-evens left, right and off the chart;
 * - panels at 1280×720: the side panel and every dashboard tab never scroll sideways (the ROI table scrolls inside
 *   itself), the popup fits, and a badge popover on the bottom row opens on screen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE, extensionPage, launch, type Launched } from './harness';
import { MitateProbe } from './pages/extension';
import { POLL } from './pages/find-page';
import { SidePanel } from './pages/side-panel';
import { clippedSelects, horizontalOverflow, markCollisions, svgLabelProblems } from './pages/geometry';
import { buildBenchmarkContext, pct, placeRate } from '../../lib/commission';
import { t, type Lang } from '../../lib/i18n';

const WINDOW = { width: 1280, height: 720 };
const PLAN_DETAIL = 'https://affiliate.tiktok.com/affiliate/collaboration/target-invitation/detail?invitation_group_id=7561000000000000002&shop_region=JP';
const CREATOR = '7494000000000000101';

let launched: Launched;
let mitate: MitateProbe;

beforeAll(async () => {
  launched = await launch({ viewport: WINDOW });
  mitate = new MitateProbe(launched);
}, 120_000);
afterAll(async () => {
  await launched?.close();
});

/** Opens a sample page and waits until its marks stop changing (badges placed, chips answered). */
async function openSettled(url: string, expectMarks: (page: Page) => Promise<number>): Promise<Page> {
  const { page } = await mitate.openTab(url);
  await expect.poll(() => expectMarks(page), POLL).toBeGreaterThan(0);
  let last = '';
  await expect.poll(async () => {
    const now = JSON.stringify(await markCollisions(page));
    const stable = now === last;
    last = now;
    return stable;
  }, { timeout: 15_000, interval: 500 }).toBe(true);
  return page;
}

const countChips = (page: Page) => page.locator('mitate-chip .mt-commission-chip').count();
const countBadges = (page: Page) => page.locator('mitate-badge .mt-scoring-badge:not(.mt-scoring-badge--loading)').count();

describe('chips and badges never cover the page\'s text', () => {
  const pages: Array<[string, string, (page: Page) => Promise<number>]> = [
    ['Find creators list', SAMPLE.findCreators, countBadges],
    ['plan page (target collaboration detail)', PLAN_DETAIL, countChips],
    ['creator page', SAMPLE.creatorDetail(CREATOR), countChips],
    ['orders page', SAMPLE.orders, countChips],
    ['collaboration create page', SAMPLE.targetCollabCreate, countChips],
    ['open collaboration page', SAMPLE.openCollab, countChips],
  ];
  for (const [name, url, marks] of pages) {
    it(`on the ${name}`, async () => {
      const page = await openSettled(url, marks);
      const result = await markCollisions(page);
      expect(result.marks).toBeGreaterThan(0);
      expect(result.texts).toBeGreaterThan(10);
      expect(result.collisions).toEqual([]);
      // the marks lower down are checked where they are seen too
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(300);
      expect((await markCollisions(page)).collisions).toEqual([]);
      await page.close();
    });
  }

  it('the creator page\'s 平均コミッション率 card: the chip sits beside 12.00%, not on it', async () => {
    const page = await openSettled(SAMPLE.creatorDetail(CREATOR), countChips);
    const card = page.locator('.stat', { hasText: '平均コミッション率' });
    const value = card.locator('.value');
    const chip = card.locator('mitate-chip .mt-commission-chip');
    await expect.poll(() => chip.count(), POLL).toBe(1);
    const [v, c] = [await value.evaluate((el) => {
      const r = document.createRange();
      r.selectNodeContents(el.firstChild!);
      const b = r.getBoundingClientRect();
      return { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
    }), (await chip.boundingBox())!];
    expect(c.x).toBeGreaterThanOrEqual(v.right);
    // on the same line as the figure, inside the card
    expect(c.y).toBeLessThan(v.bottom);
    expect(c.y + c.height).toBeGreaterThan(v.top);
    const cardBox = (await card.boundingBox())!;
    expect(c.x + c.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
    await page.close();
  });

  it('tea at 8% on the orders page is placed against the food band, as on its plan page', async () => {
    const plan = await openSettled(PLAN_DETAIL, countChips);
    await plan.close();
    const page = await openSettled(SAMPLE.orders, countChips);
    const context = buildBenchmarkContext((await mitate.askOk('getSettings', {})).benchmarkOverrides, await mitate.askOk('listObservations', {}));
    const expected = placeRate(0.08, context.benchmarkFor('Food & Beverages')).position;
    expect(expected).not.toBe(placeRate(0.08, context.benchmarkFor(null)).position);
    const teaChips = page.locator('tr', { hasText: 'ほうじ茶' }).locator('mitate-chip .mt-commission-chip');
    await expect.poll(() => teaChips.count(), POLL).toBeGreaterThan(0);
    await expect.poll(() => teaChips.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-position')))]), POLL).toEqual([expected]);
    expect(await teaChips.first().locator('.mt-commission-chip__rate').textContent()).toBe(pct(0.08));
    await page.close();
  });
});

describe('the popup\'s commission advisor', () => {
  // break-even: in the left half, in the right half, beyond the chart (never), and margins below zero throughout
  const CASES = [
    { price: '2000', cogs: '1100', shipping: '300' },
    { price: '3000', cogs: '1200', shipping: '400' },
    { price: '5000', cogs: '800', shipping: '300' },
    { price: '1000', cogs: '900', shipping: '300' },
  ];
  for (const width of [380, 460]) {
    it(`at ${width} px: chart labels apart and inside the chart, nothing clipped, in every language`, async () => {
      const popup = await launched.context.newPage();
      await popup.setViewportSize({ width, height: 600 });
      await popup.goto(extensionPage(launched, 'popup'));
      for (const lang of ['zh_CN', 'ja', 'en'] as Lang[]) {
        await popup.locator('.mt-lang select').selectOption(lang);
        await popup.locator('#tab-advisor').click();
        const advisor = popup.locator('.mt-commission-advisor');
        await expect.poll(() => advisor.locator('h3').textContent(), POLL).toBe(t(lang, 'cmAdvisorTitle'));
        for (const tax of ['auto', 'standard', 'reduced']) {
          await advisor.locator('select[name="tax"]').selectOption(tax);
          expect(await clippedSelects(popup, '.mt-commission-advisor'), `${lang} tax ${tax}`).toEqual([]);
        }
        for (const c of CASES) {
          for (const [name, value] of Object.entries(c)) await advisor.locator(`input[name="${name}"]`).fill(value);
          const chart = advisor.locator('svg.mt-commission-advisor__chart');
          await expect.poll(() => chart.count(), POLL).toBe(1);
          expect(await svgLabelProblems(chart), `${lang} ${JSON.stringify(c)}`).toEqual([]);
          expect(await horizontalOverflow(popup), `${lang} ${JSON.stringify(c)}`).toBeLessThanOrEqual(0);
        }
        // the case with its break-even in the right half really drew the marker there (the label turned left)
        await advisor.locator('input[name="price"]').fill('3000');
        await advisor.locator('input[name="cogs"]').fill('1200');
        await advisor.locator('input[name="shipping"]').fill('400');
        expect(await advisor.locator('.mt-commission-advisor__break-even text').getAttribute('text-anchor')).toBe('end');
      }
      await popup.close();
    });
  }
});

describe('panels are never clipped at 1280×720', () => {
  it('the side panel on the orders page: the ROI table scrolls inside itself, the panel never sideways', async () => {
    const { page, tabId } = await mitate.openTab(SAMPLE.orders);
    const panel = await SidePanel.open(launched, tabId);
    await expect.poll(() => panel.roiRows.count(), POLL).toBeGreaterThan(0);
    expect(await horizontalOverflow(panel.page)).toBeLessThanOrEqual(0);
    const table = panel.root.locator('table').first();
    const { scrollWidth, clientWidth, right } = await table.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, right: el.getBoundingClientRect().right }));
    expect(right).toBeLessThanOrEqual((await panel.page.viewportSize())!.width);
    if (scrollWidth > clientWidth) {
      // scrolling the table moves the table only
      await table.evaluate((el) => el.scrollBy(100, 0));
      expect(await table.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      expect(await panel.page.evaluate(() => document.scrollingElement!.scrollLeft)).toBe(0);
    }
    await panel.close();
    await page.close();
  });

  it('every dashboard tab fits 1280×720 without sideways scrolling', async () => {
    const page = await launched.context.newPage();
    await page.goto(extensionPage(launched, 'options'));
    const tabs = page.getByRole('tab');
    await expect.poll(() => tabs.count(), POLL).toBeGreaterThan(5);
    for (let i = 0; i < await tabs.count(); i++) {
      await tabs.nth(i).click();
      await page.waitForTimeout(300);
      expect(await horizontalOverflow(page), await tabs.nth(i).textContent() ?? String(i)).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('the popup fits its window in both tabs', async () => {
    const popup = await launched.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(extensionPage(launched, 'popup'));
    await expect.poll(() => popup.locator('.mt-compliance textarea').count(), POLL).toBe(1);
    expect(await horizontalOverflow(popup)).toBeLessThanOrEqual(0);
    await popup.locator('#tab-advisor').click();
    expect(await horizontalOverflow(popup)).toBeLessThanOrEqual(0);
    await popup.close();
  });

  it('a badge popover on the bottom row of the window opens on screen', async () => {
    const page = await openSettled(SAMPLE.findCreators, countBadges);
    // the lowest badge whose button is fully inside the window
    const index = await page.locator('mitate-badge .mt-scoring-badge').evaluateAll((els) => {
      let best = -1;
      let bestBottom = -1;
      els.forEach((el, i) => {
        const r = el.getBoundingClientRect();
        if (r.bottom <= innerHeight && r.top >= 0 && r.bottom > bestBottom) [best, bestBottom] = [i, r.bottom];
      });
      return best;
    });
    expect(index).toBeGreaterThanOrEqual(0);
    const badge = page.locator('mitate-badge .mt-scoring-badge').nth(index);
    expect((await badge.boundingBox())!.y).toBeGreaterThan(WINDOW.height - 200);
    await badge.click();
    const popover = page.locator('mitate-badge .mt-scoring-popover:not([hidden])');
    await expect.poll(() => popover.count(), POLL).toBe(1);
    const box = (await popover.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(WINDOW.height);
    expect(box.x + box.width).toBeLessThanOrEqual(WINDOW.width);
    await page.close();
  });
});
