/**
 * Issue 17 end to end: a seller's week on the sample Affiliate Center, in real Chromium with the production build.
 *
 *  1. Sample requests page: @sakura_beauty_jp (scored: her badge is in her row) asked for the shampoo; the seller
 *     approves. The list re-read makes it a sample record dated at that read; due = that Tokyo day + 14 (the [G] rule).
 *  2. Dashboard Samples tab: the seller types the sample's cost ¥1,800 and shipping ¥600; Costs tab: the shampoo's
 *     cost of goods ¥1,100. Collaboration create then shows the shampoo's break-even beside its commission input.
 *  3. Time passes. The worker's clock cannot be moved from a test and the shipped build has no date override, so the
 *     sample's approval date is moved 16 days back through the store's own write (saveSamples): every due date is a
 *     difference of Tokyo days, so this is the same as 16 days passing. Now it is overdue: Today lists it and the
 *     toolbar badge counts it.
 *  4. The creator posts (the fixture server's list now says completed); the re-read marks it posted: Today is clear.
 *  5. Affiliate orders are read; the dashboard ROI tab ranks creators by net profit.
 *  6. The seller's target plans are read; the popup's commission advisor shows acceptance by commission level.
 *
 * Hand-worked profit (fixture orders, tests/fixtures/api/ordersList; only the shampoo has a cost, so only its
 * category is known and every line is taxed at the standard 10 %; fee 7 % of tax-included GMV; commission = the
 * settled actual, else the estimate; refunded/returned units removed):
 *  - @yumekawa_cosme77: GMV 1,296 + 4,290 + 4,320 + 1,980 + 2,980 + 3,850 = ¥18,716 → ÷1.1 = 17,014.55;
 *    fee 1,310.12; commission 103 + 557 + 388 + 237 + 298 + 577 = 2,160; goods 1 shampoo × 1,100
 *    → 17,014.55 − 1,310.12 − 2,160 − 1,100 = ¥12,444.43
 *  - @sakura_beauty_jp: 3,960 (2 shampoos) + 2,980 + 3,850 + 1,650 + 1,296 + 8,580 = ¥22,316 → 20,287.27; fee
 *    1,562.12; commission 475 + 298 + 577 + 165 + 103 + 1,115 = 2,733; goods 2 × 1,100 = 2,200; sample 1,800 +
 *    shipping 600 → 20,287.27 − 1,562.12 − 2,733 − 2,200 − 2,400 = ¥11,392.15 (first before her costs: ¥15,992.15)
 *  - @kurashi_note: 2,160 + 1,980 + 2,980 (returned) + 7,700 + 1,650 + 1,296 → kept ¥14,786 → 13,441.82; fee
 *    1,035.02; commission 194 + 237 + 0 + 1,155 + 165 + 103 = 1,854; goods 1,100 → ¥9,452.80
 *  - @tokyo_kitchen_mama: 3,850 + 3,300 (refunded) + 1,296 + 4,290 + 2,160 + 1,980 → kept ¥13,576 → 12,341.818…;
 *    fee 950.32; commission 577 + 0 + 103 + 557 + 194 + 237 = 1,668; goods 1,100 → ¥8,623.498 (shown ¥8,623)
 *  Ranking: yumekawa, sakura, kurashi, tokyo_kitchen; each marked * (some products have no cost of goods).
 *
 * Hand-worked break-even (shampoo ¥1,980 tax incl., beauty 10 %, cost ¥1,100): net 1,800; fee 138.60;
 * (1,800 − 1,100 − 138.60) ÷ 1,800 = 31.2 %.
 *
 * Hand-worked acceptance (tests/fixtures/api/invitationSearch: every invited creator has added the plan's products):
 * 8 %: plan 3 (1 creator); 10 %: plans 2 and 3 (2 + 1); 12 %: plans 2 and 3 (2 + 1); 15 % and 20 %: plan 1 (3).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { formatDate, formatJpy } from '../../lib/format';
import { tokyoDayNumber, tokyoDayStart } from '../../lib/format';
import type { SampleRecord } from '../../lib/store';
import { resetSampleRequests, setSampleRequestStatus } from '../fixtures/routes';
import { SAMPLE, extensionPage, launch, type Launched } from './harness';
import { MitateProbe } from './pages/extension';

const LANG = 'zh_CN' as const;
const APPLY = '7600000000000000001';
const SAKURA = '7494000000000000101';
const SHAMPOO = '1732000000000000001';
const DAY = 86_400_000;

let launched: Launched;
let mitate: MitateProbe;

beforeAll(async () => {
  resetSampleRequests();
  launched = await launch();
  mitate = new MitateProbe(launched);
});
afterAll(async () => {
  resetSampleRequests();
  await launched?.close();
});

async function sample(): Promise<SampleRecord | undefined> {
  return (await mitate.askOk('listSamples', { creatorId: SAKURA })).find((s) => s.id === APPLY);
}

async function badgeText(): Promise<string> {
  const probe = await mitate.probe();
  return probe.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
}

async function dashboard(tab: string): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(`${extensionPage(launched, 'options')}#${tab}`);
  return page;
}

/** Today's items in the dashboard, as "kind:creator text". */
async function todayKinds(): Promise<string[]> {
  const page = await dashboard('today');
  await page.locator('.mt-today').waitFor();
  const kinds = await page.locator('.mt-today-list li').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-kind')}:${e.textContent ?? ''}`));
  await page.close();
  return kinds;
}

describe('a seller\'s week (issue 17)', () => {
  let approvedAt = 0;

  it('approves a scored creator\'s sample request: the sample record appears with its due date', async () => {
    const { page } = await mitate.openTab(SAMPLE.sampleRequests);
    const row = page.locator('tr', { hasText: 'sakura_beauty_jp' });
    await expect.poll(() => row.locator('mitate-badge .mt-scoring-badge__score').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(async () => (await sample())?.pageStatus, { timeout: 15_000 }).toBe('to_review');
    expect((await sample())!.approvedAt).toBeNull();

    const before = Date.now();
    await row.locator('button.approve').click();
    await expect.poll(async () => (await sample())?.pageStatus, { timeout: 15_000 }).toBe('content_pending');
    const record = (await sample())!;
    expect(record).toMatchObject({ creatorId: SAKURA, productId: SHAMPOO, source: 'page', costJpy: null });
    approvedAt = record.approvedAt!;
    expect(approvedAt).toBeGreaterThanOrEqual(before);
    expect(approvedAt).toBeLessThanOrEqual(Date.now());

    const samples = await dashboard('samples');
    const tr = samples.locator(`tr[data-sample="${APPLY}"]`);
    await expect.poll(() => tr.getAttribute('data-state'), { timeout: 10_000 }).toBe('waiting');
    // due: 14 days after the Tokyo day of approval
    expect(await tr.locator('td').nth(2).textContent()).toBe(formatDate(LANG, tokyoDayStart(tokyoDayNumber(approvedAt) + 14)));
    expect(await tr.locator('th').textContent()).toBe('@sakura_beauty_jp');

    // the seller types the sample's cost and shipping
    await tr.locator('input[name="cost"]').fill('1800');
    await tr.locator('input[name="shipping"]').fill('600');
    await tr.getByRole('button', { name: t(LANG, 'save') }).click();
    await expect.poll(async () => (await sample())?.costJpy, { timeout: 10_000 }).toBe(1800);
    expect((await sample())!.shippingJpy).toBe(600);
    await samples.close();
    await page.close();
    expect((await todayKinds()).filter((k) => k.startsWith('sampleOverdue'))).toEqual([]);
  });

  it('the cost of goods saved in the Costs tab shows as the break-even chip beside the commission input', async () => {
    const costs = await dashboard('costs');
    const row = costs.locator(`tr[data-product="${SHAMPOO}"]`);
    await row.locator('input').fill('1100');
    await row.getByRole('button', { name: t(LANG, 'csSave') }).click();
    await expect.poll(async () => (await mitate.askOk('listProductCosts', {})).find((c) => c.productId === SHAMPOO)?.costOfGoodsJpy, { timeout: 10_000 }).toBe(1100);
    await costs.close();

    const page = await launched.context.newPage();
    await page.goto(SAMPLE.targetCollabCreate);
    const shampoo = page.locator('tr', { hasText: 'アミノ酸シャンプー' }).locator('mitate-breakeven .mt-breakeven-chip');
    await expect.poll(() => shampoo.locator('.mt-breakeven-chip__rate').textContent({ timeout: 1000 }).catch(() => null), { timeout: 15_000 })
      .toBe(t(LANG, 'beChipRate', '31.2%'));
    expect(await shampoo.getAttribute('data-above')).toBe('false'); // the form's 12 % is under it
    // a product without a saved cost says so (and where to add one)
    const serum = page.locator('tr', { hasText: '薬用美白美容液' }).locator('mitate-breakeven .mt-breakeven-chip');
    await expect.poll(() => serum.getAttribute('data-state', { timeout: 1000 }).catch(() => null), { timeout: 10_000 }).toBe('noCost');
    expect(await serum.getAttribute('title')).toContain(t(LANG, 'beChipNoCostDetail'));
    // text only: nothing the page could type into or submit, and never the cost
    expect(await page.locator('mitate-breakeven input, mitate-breakeven textarea, mitate-breakeven [contenteditable]').count()).toBe(0);
    expect(await page.locator('mitate-breakeven').allTextContents()).not.toContain('1100');
    // the seller types 35 %: above break-even
    await page.locator('tr', { hasText: 'アミノ酸シャンプー' }).locator('input').fill('35');
    await expect.poll(() => shampoo.getAttribute('data-above'), { timeout: 10_000 }).toBe('true');
    await page.close();
  });

  it('time passes: the sample is overdue in Today and on the toolbar badge; the post clears both', async () => {
    const record = (await sample())!;
    await mitate.askOk('saveSamples', { samples: [{ ...record, approvedAt: record.approvedAt! - 16 * DAY }] });
    await expect.poll(badgeText, { timeout: 10_000 }).toBe('1');
    const today = await todayKinds();
    expect(today).toHaveLength(1);
    expect(today[0]).toMatch(/^sampleOverdue:/);
    expect(today[0]).toContain('@sakura_beauty_jp');
    expect(today[0]).toContain(t(LANG, 'tdOverdue'));

    // the creator posts: Seller Center's list now shows the request completed
    setSampleRequestStatus(APPLY, 100);
    const { page } = await mitate.openTab(SAMPLE.sampleRequests);
    await expect.poll(async () => (await sample())?.pageStatus, { timeout: 15_000 }).toBe('completed');
    const posted = (await sample())!;
    expect(posted.postedAt).not.toBeNull();
    expect(posted).toMatchObject({ costJpy: 1800, shippingJpy: 600, approvedAt: approvedAt - 16 * DAY });
    await expect.poll(badgeText, { timeout: 10_000 }).toBe('');
    expect(await todayKinds()).toEqual([]);
    await page.close();
  });

  it('orders arrive: the dashboard ranks creators by net profit, equal to the hand-worked figures', async () => {
    const { page } = await mitate.openTab(SAMPLE.orders);
    await expect.poll(async () => (await mitate.askOk('listOrders', {})).length, { timeout: 15_000 }).toBe(24);
    await page.close();
    const roi = await dashboard('roi');
    const rows = roi.locator('tr.mt-roi-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(4);
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual([
      '7494000000000000103', SAKURA, '7494000000000000110', '7494000000000000102',
    ]);
    const netProfit = await rows.evaluateAll((els) => els.map((e) => e.querySelectorAll('td')[5]?.textContent ?? ''));
    expect(netProfit).toEqual([12_444.43, 11_392.15, 9_452.8, 8_623.498].map((yen) => `${formatJpy(LANG, yen)} *`));
    await roi.close();
  });

  it('plans are read: the popup\'s advisor shows acceptance by commission level', async () => {
    const { page } = await mitate.openTab(SAMPLE.targetCollabList);
    await expect.poll(async () => (await mitate.askOk('getFollowUp', {})).collaborations.length, { timeout: 15_000 }).toBe(3);
    await page.close();
    const popup = await launched.context.newPage();
    await popup.goto(extensionPage(launched, 'popup'));
    await popup.locator('#tab-advisor').click();
    await expect.poll(() => popup.locator('[data-testid="advisor-acceptance"]').textContent({ timeout: 1000 }).catch(() => null), { timeout: 10_000 })
      .toBe('佣金 8% 时，1 人中 1 人接受；佣金 10% 时，3 人中 3 人接受；佣金 12% 时，3 人中 3 人接受；佣金 15% 时，3 人中 3 人接受；佣金 20% 时，3 人中 3 人接受');
    await popup.close();
  });

  it('sends no request of its own', () => {
    expect(launched.fromExtension).toEqual([]);
    expect(launched.leaked).toEqual([]);
  });
});
