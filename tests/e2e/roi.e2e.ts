/**
 * Issue 7 end to end: the orders the sample orders page shows are captured, and the dashboard's ROI tab and the
 * orders page dock show per-creator GMV, commission and ROI equal to lib/roi on the same fixture orders read by
 * lib/seller-center; a creator under the ROI threshold set in the Settings tab is listed under the warnings.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { formatJpy } from '../../lib/format';
import { computeRoi, type RoiRow } from '../../lib/roi';
import { normaliseResponse } from '../../lib/seller-center';
import { ROOT, SAMPLE, extensionPage, launch, type Launched } from './harness';

/** Fixture clock (tests/fixtures/api/README.md). */
const FIXTURE_NOW = Date.UTC(2026, 10, 24);
const ORDERS_URL = 'https://affiliate.tiktok.com/api/oec/pay/statement/order/seller/orders/list';
/** The browser runs in zh-CN and the settings default to Chinese with no CNY rate. */
const LANG = 'zh_CN' as const;

function expectedRows(): { rows: RoiRow[]; orderCount: number } {
  const body = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/api/ordersList/page-1.json'), 'utf8')) as unknown;
  const read = normaliseResponse('ordersList', body, { url: ORDERS_URL, now: FIXTURE_NOW });
  if (!read.ok) throw new Error(read.diagnostic);
  return { rows: computeRoi({ orders: read.data.orders, costs: [], groupBy: 'creator' }).rows, orderCount: read.data.orders.length };
}

let launched: Launched;
const expected = expectedRows();

beforeAll(async () => {
  launched = await launch();
});
afterAll(async () => {
  await launched?.close();
});

async function ask<T>(page: Page, message: unknown): Promise<{ ok: boolean; data: T }> {
  return page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  ) as Promise<{ ok: boolean; data: T }>;
}

/** Every expected creator row is shown once, with the yen figures and ROI the lib gives, formatted as the UI does. */
async function expectRoiRows(scope: Locator) {
  const shown = scope.locator('tr.mt-roi-row');
  await expect.poll(() => shown.count(), { timeout: 15_000 }).toBe(expected.rows.length);
  for (const row of expected.rows) {
    const tr = scope.locator(`tr.mt-roi-row[data-key="${row.key}"]`);
    expect(await tr.count()).toBe(1);
    expect(await tr.locator('th').textContent()).toBe(row.label ?? row.key);
    const cells = tr.locator('td');
    expect(await cells.nth(0).textContent()).toBe(formatJpy(LANG, row.gmvInclTaxJpy));
    const commission = (await cells.nth(1).textContent()) ?? '';
    expect(commission.startsWith(`${formatJpy(LANG, row.commissionJpy)} (`)).toBe(true);
    expect(row.roi.value).not.toBeNull();
    expect(await cells.nth(2).textContent()).toBe(`${row.roi.value!.toFixed(2)}×`);
  }
}

describe('ROI (issue 7)', () => {
  it('shows per-creator GMV, commission and ROI in the orders page dock, equal to lib/roi on the fixture orders', async () => {
    expect(expected.rows.length).toBeGreaterThanOrEqual(2);
    const page = await launched.context.newPage();
    await page.goto(SAMPLE.orders);
    const toggle = page.locator('mitate-dock .mt-dock-toggle');
    await toggle.waitFor({ timeout: 15_000 });
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await expectRoiRows(page.locator('mitate-dock .mt-dock-panel'));

    // the captured orders reach the store (batched off the page's busy moments)
    const ext = await launched.context.newPage();
    await ext.goto(extensionPage(launched, 'popup'));
    await expect.poll(async () => (await ask<unknown[]>(ext, { type: 'listOrders' })).data.length, { timeout: 10_000 }).toBe(expected.orderCount);
    await ext.close();
    await page.close();
  });

  it('shows the same rows in the dashboard ROI tab, and warns about a creator under the threshold set in Settings', async () => {
    const page = await launched.context.newPage();
    await page.goto(`${extensionPage(launched, 'options')}#roi`);
    const panel = page.locator('main[role="tabpanel"]');
    await expectRoiRows(panel);
    const warnings = page.locator('.mt-roi-warnings li');

    // a one-decimal threshold (the input's step) between the lowest ROI and the next one
    const byRoi = [...expected.rows].sort((a, b) => a.roi.value! - b.roi.value!);
    const lowest = byRoi[0]!;
    const threshold = Math.floor(lowest.roi.value! * 10 + 1) / 10;
    expect(threshold).toBeGreaterThan(lowest.roi.value!);
    expect(threshold).toBeLessThan(byRoi[1]!.roi.value!);
    // with the default threshold (1) nobody is under it yet
    expect(expected.rows.every((r) => r.roi.value! >= 1 && r.profitRoi.value! >= 0)).toBe(true);
    expect(await warnings.count()).toBe(0);

    await page.getByRole('tab', { name: t(LANG, 'tabSettings') }).click();
    const input = page.getByLabel(t(LANG, 'roiThreshold'));
    await input.fill(String(threshold));
    await page.getByRole('button', { name: t(LANG, 'save'), exact: true }).click();
    await expect.poll(() => page.locator('.mt-settings [role="status"]').textContent()).toBe(t(LANG, 'settingsSaved'));

    await page.getByRole('tab', { name: t(LANG, 'tabRoi') }).click();
    await expectRoiRows(panel);
    await expect.poll(() => warnings.count(), { timeout: 10_000 }).toBe(1);
    const warning = (await warnings.first().textContent()) ?? '';
    expect(warning).toContain(`@${lowest.label}`);
    expect(warning).toContain(String(Math.round(lowest.roi.value! * 100) / 100));
    expect(warning).toContain(String(threshold));
    for (const other of byRoi.slice(1)) expect(warning).not.toContain(`@${other.label}`);
    expect(await panel.locator(`tr.mt-roi-row--warning[data-key="${lowest.key}"]`).count()).toBe(1);
    expect(await panel.locator('tr.mt-roi-row--warning').count()).toBe(1);

    // the threshold is stored: a reload still warns
    await page.reload();
    await expect.poll(() => page.locator('.mt-roi-warnings li').count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('sends no request of its own', () => {
    expect(launched.fromExtension).toEqual([]);
    expect(launched.leaked).toEqual([]);
  });
});
