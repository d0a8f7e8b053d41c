/**
 * Issue 7 end to end: the orders the sample orders page shows are captured, and the side panel beside the orders
 * page (its orders desk) and the dashboard's ROI tab show per-creator GMV, commission and ROI equal to lib/roi on the
 * same fixture orders read by lib/seller-center; a creator under the ROI threshold set in the Settings tab is
 * listed under the warnings.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { formatJpy } from '../../lib/format';
import { computeRoi, type RoiRow } from '../../lib/roi';
import { normaliseResponse } from '../../lib/seller-center';
import { ROOT, SAMPLE, launch, type Launched } from './harness';
import { MitateProbe } from './pages/extension';
import { SidePanel } from './pages/side-panel';
import { Dashboard } from './pages/dashboard';

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
let mitate: MitateProbe;
const expected = expectedRows();

beforeAll(async () => {
  launched = await launch();
  mitate = new MitateProbe(launched);
});
afterAll(async () => {
  await launched?.close();
});

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
    // cells: GMV, commission, costs, ROI (GMV ÷ commission), profit ROI, net profit
    expect(await cells.nth(3).textContent()).toBe(`${row.roi.value!.toFixed(2)}×`);
  }
}

describe('ROI (issue 7)', () => {
  it('shows per-creator GMV, commission and ROI in the side panel beside the orders page, equal to lib/roi on the fixture orders', async () => {
    expect(expected.rows.length).toBeGreaterThanOrEqual(2);
    const { page, tabId } = await mitate.openTab(SAMPLE.orders);
    await expect.poll(async () => (await mitate.tabView(tabId)).orders.length, { timeout: 15_000 }).toBe(expected.orderCount);
    const panel = await SidePanel.open(launched, tabId);
    await expectRoiRows(panel.root);
    // nothing of it is on the Seller Center page: no table, no figure of ours
    expect(await page.locator('mitate-badge .mt-roi-row, mitate-chip .mt-roi-row, .mt-roi-table').count()).toBe(0);

    // the captured orders reach the store
    await expect.poll(async () => (await mitate.askOk('listOrders', {})).length, { timeout: 10_000 }).toBe(expected.orderCount);
    await panel.close();
    await page.close();
  });

  it('shows the same rows in the dashboard ROI tab, and warns about a creator under the threshold set in Settings', async () => {
    const dashboard = await Dashboard.open(launched, LANG, 'roi');
    const page = dashboard.page;
    const panel = dashboard.tabPanel;
    await expectRoiRows(panel);
    const warnings = dashboard.roiWarnings;

    // a one-decimal threshold (the input's step) between the lowest ROI and the next one
    const byRoi = [...expected.rows].sort((a, b) => a.roi.value! - b.roi.value!);
    const lowest = byRoi[0]!;
    const threshold = Math.floor(lowest.roi.value! * 10 + 1) / 10;
    expect(threshold).toBeGreaterThan(lowest.roi.value!);
    expect(threshold).toBeLessThan(byRoi[1]!.roi.value!);
    // with the default threshold (1) nobody is under it yet
    expect(expected.rows.every((r) => r.roi.value! >= 1 && r.profitRoi.value! >= 0)).toBe(true);
    expect(await warnings.count()).toBe(0);

    await dashboard.tab('tabSettings').click();
    const input = page.getByLabel(t(LANG, 'roiThreshold'));
    await input.fill(String(threshold));
    await page.getByRole('button', { name: t(LANG, 'save'), exact: true }).click();
    await expect.poll(() => page.locator('.mt-settings [role="status"]').textContent()).toBe(t(LANG, 'settingsSaved'));

    await dashboard.tab('tabRoi').click();
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
    await expect.poll(() => dashboard.roiWarnings.count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('sends no request of its own', () => {
    expect(launched.fromExtension).toEqual([]);
    expect(launched.leaked).toEqual([]);
  });
});
