/**
 * `npm run demo`: opens Chromium with the built Mitate loaded on the built-in sample Affiliate Center, served
 * at the real addresses by request interception (the sample pages call the real API paths, so Mitate's real
 * reading code runs). `npm run demo -- --screenshot <dir>` runs headless and writes a screenshot per page; pages
 * with a side panel are shown as Seller Center (1280×720) with the side panel (400×720) beside it, the way the
 * browser shows them. Headless Chromium cannot open the real side panel, so the same app is opened as a page
 * pinned to the Seller Center tab (`sidepanel.html?tab=<id>`). The same run writes the store listing screenshots,
 * exactly 1280×800 (the Chrome Web Store and AMO size), into `<dir>/store/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SAMPLE, extensionPage, launch, type Launched } from './harness';
import { DEMO_COPY, DEMO_COST, sampleCreatorIds } from './demo-data';
import { MitateProbe } from './pages/extension';
import { SIDE_PANEL_SIZE, SidePanel } from './pages/side-panel';

const SELLER_CENTER_SIZE = { width: 1280, height: 720 };
/** Store listing screenshots: 1280×800; beside a 400 px side panel, Seller Center gets the rest. */
const STORE_SIZE = { width: 1280, height: 800 };
const STORE_PANEL = { width: 400, height: STORE_SIZE.height };
const STORE_PAGE = { width: STORE_SIZE.width - STORE_PANEL.width - 1, height: STORE_SIZE.height };

const argIndex = process.argv.indexOf('--screenshot');
const screenshotDir = argIndex >= 0 ? process.argv[argIndex + 1] : null;
if (argIndex >= 0 && !screenshotDir) {
  console.error('usage: npm run demo -- --screenshot <dir>');
  process.exit(2);
}
const headless = Boolean(screenshotDir) || !process.env.DISPLAY;
if (!screenshotDir && !process.env.DISPLAY) {
  console.log('No display found: running headless. Use `npm run demo -- --screenshot <dir>` to see the pages as images.');
}

async function settle(page: Page) {
  await page.waitForLoadState('domcontentloaded');
  await page.waitForTimeout(1200);
}

async function shoot(page: Page, name: string) {
  if (!screenshotDir) return;
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  console.log(`wrote ${file}`);
}

/** Seller Center with the side panel beside it, as one image (composed in a blank page, no image library). */
async function shootBeside(launched: Launched, page: Page, panel: SidePanel, name: string) {
  if (!screenshotDir) return;
  const [left, right] = [await page.screenshot(), await panel.page.screenshot()];
  const canvas = await launched.context.newPage();
  await canvas.setViewportSize({ width: SELLER_CENTER_SIZE.width + SIDE_PANEL_SIZE.width + 1, height: SELLER_CENTER_SIZE.height });
  const img = (png: Buffer) => `<img style="display:block" src="data:image/png;base64,${png.toString('base64')}">`;
  await canvas.setContent(`<body style="margin:0;display:flex;background:#c9cdd4;gap:1px">${img(left)}${img(right)}</body>`);
  await canvas.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
  await shoot(canvas, name);
  await canvas.close();
}

/** A Seller Center page at 1280×720 and the side panel pinned to its tab. */
async function openWithPanel(launched: Launched, mitate: MitateProbe, url: string): Promise<{ page: Page; panel: SidePanel }> {
  const { page, tabId } = await mitate.openTab(url);
  await page.setViewportSize(SELLER_CENTER_SIZE);
  await settle(page);
  const panel = await SidePanel.open(launched, tabId);
  await settle(panel.page);
  return { page, panel };
}

/** Images side by side on a 1280×800 canvas (composed in a blank page, no image library), written to <dir>/store. */
async function storeShot(launched: Launched, name: string, images: Buffer[], centred = false) {
  if (!screenshotDir) return;
  const canvas = await launched.context.newPage();
  await canvas.setViewportSize(STORE_SIZE);
  const img = (png: Buffer) => `<img style="display:block" src="data:image/png;base64,${png.toString('base64')}">`;
  const layout = centred ? 'justify-content:center;align-items:center;gap:32px;background:#eef0f3' : 'gap:1px;background:#c9cdd4';
  await canvas.setContent(`<body style="margin:0;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px;overflow:hidden;display:flex;${layout}">${images.map(img).join('')}</body>`);
  await canvas.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
  const file = path.join(screenshotDir, 'store', `${name}.png`);
  await canvas.screenshot({ path: file, clip: { x: 0, y: 0, ...STORE_SIZE } });
  console.log(`wrote ${file}`);
  await canvas.close();
}

/** A Seller Center page and the side panel pinned to its tab, sized for a 1280×800 store screenshot. */
async function storeWithPanel(launched: Launched, mitate: MitateProbe, url: string, name: string) {
  const { page, tabId } = await mitate.openTab(url);
  await page.setViewportSize(STORE_PAGE);
  await settle(page);
  const panel = await SidePanel.open(launched, tabId);
  await panel.page.setViewportSize(STORE_PANEL);
  await settle(panel.page);
  await storeShot(launched, name, [await page.screenshot(), await panel.page.screenshot()]);
  await panel.close();
  await page.close();
}

/** The store listing screenshots (after the tour: the store holds what the tour read). */
async function storeTour(launched: Launched) {
  const mitate = new MitateProbe(launched);
  await storeWithPanel(launched, mitate, SAMPLE.findCreators, '1-creator-scores');
  await storeWithPanel(launched, mitate, SAMPLE.creatorDetail(sampleCreatorIds()[0]!), '2-creator-detail');
  const full = async (url: string, name: string) => {
    const page = await launched.context.newPage();
    await page.setViewportSize(STORE_SIZE);
    await page.goto(url);
    await settle(page);
    await storeShot(launched, name, [await page.screenshot()]);
    await page.close();
  };
  await full(SAMPLE.targetCollabCreate, '3-commission-benchmarks');
  await storeWithPanel(launched, mitate, SAMPLE.orders, '4-orders-roi');
  const popup = await launched.context.newPage();
  await popup.setViewportSize({ width: 420, height: 720 });
  await popup.goto(extensionPage(launched, 'popup'));
  await popup.locator('textarea').first().fill(DEMO_COPY);
  await popup.waitForTimeout(500);
  const copy = await popup.screenshot();
  await popup.locator('#tab-advisor').click();
  for (const [field, value] of [['price', '3980'], ['cogs', '1600'], ['shipping', '500'], ['expectedUnits', '40']] as const) {
    await popup.locator(`.mt-commission-advisor input[name="${field}"]`).fill(value);
  }
  // the result and its chart in view
  await popup.locator('.mt-commission-advisor__chart').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await popup.waitForTimeout(500);
  await storeShot(launched, '5-popup-copy-check-and-advisor', [copy, await popup.screenshot()], true);
  await popup.close();
  await full(`${extensionPage(launched, 'options')}#creators`, '6-dashboard');
}

async function tour(launched: Launched) {
  const mitate = new MitateProbe(launched);
  const { page: find, panel: findPanel } = await openWithPanel(launched, mitate, SAMPLE.findCreators);
  await shootBeside(launched, find, findPanel, '01-find-creators');
  await find.locator('mitate-badge .mt-scoring-badge').first().click().catch(() => undefined);
  await find.waitForTimeout(300);
  await shoot(find, '02-find-creators-badge-popover');

  const { page: detail, panel: detailPanel } = await openWithPanel(launched, mitate, SAMPLE.creatorDetail(sampleCreatorIds()[0]!));
  await shootBeside(launched, detail, detailPanel, '03-creator-detail-panel');

  const collab = await launched.context.newPage();
  await collab.setViewportSize(SELLER_CENTER_SIZE);
  await collab.goto(SAMPLE.targetCollabCreate);
  await settle(collab);
  await shoot(collab, '04-target-collaboration-commission-chips');

  const { page: orders, panel: ordersPanel } = await openWithPanel(launched, mitate, SAMPLE.orders);
  await shootBeside(launched, orders, ordersPanel, '05-affiliate-orders-roi');

  const popup = await launched.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(extensionPage(launched, 'popup'));
  await popup.locator('textarea').first().fill(DEMO_COPY);
  await popup.waitForTimeout(500);
  await shoot(popup, '06-popup-copy-check');

  const options = await launched.context.newPage();
  await options.goto(extensionPage(launched, 'options'));
  await settle(options);
  await shoot(options, '07-dashboard');

  // Follow-through (issue 17): sample requests become tracked samples, a saved cost of goods gives the break-even
  // chip on collaboration create, the dashboard's follow-up tabs, and the advisor's acceptance by commission.
  const { page: samples, panel: samplesPanel } = await openWithPanel(launched, mitate, SAMPLE.sampleRequests);
  await shootBeside(launched, samples, samplesPanel, '08-sample-requests');
  await mitate.askOk('setProductCost', { productId: DEMO_COST.productId, costOfGoodsJpy: DEMO_COST.costOfGoodsJpy, memo: '' });
  const plans = await launched.context.newPage();
  await plans.goto(SAMPLE.targetCollabList);
  await settle(plans);
  await collab.reload();
  await settle(collab);
  await shoot(collab, '09-break-even-chips');
  for (const [tab, name] of [['today', '10-dashboard-today'], ['samples', '11-dashboard-samples'], ['costs', '12-dashboard-costs'], ['plans', '13-dashboard-plans'], ['review', '14-dashboard-weekly-review']] as const) {
    await options.goto(`${extensionPage(launched, 'options')}#${tab}`);
    await settle(options);
    await shoot(options, name);
  }
  await popup.reload();
  await popup.locator('#tab-advisor').click();
  await popup.waitForTimeout(800);
  await shoot(popup, '15-popup-advisor-acceptance');
  return find;
}

const launched = await launch({ headless });
try {
  if (screenshotDir) fs.mkdirSync(path.join(screenshotDir, 'store'), { recursive: true });
  const first = await tour(launched);
  if (screenshotDir) await storeTour(launched);
  if (!headless) {
    await first.bringToFront();
    console.log('Mitate demo is open. Close the browser window to finish.');
    await new Promise<void>((resolve) => launched.context.on('close', () => resolve()));
  }
  if (launched.leaked.length) console.log(`requests blocked (not sample pages): ${launched.leaked.length}`);
} finally {
  await launched.close().catch(() => undefined);
}
