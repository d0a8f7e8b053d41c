/**
 * `npm run demo`: opens Chromium with the built Mitate loaded on the built-in sample Affiliate Center, served
 * at the real addresses by request interception (the sample pages call the real API paths, so Mitate's real
 * reading code runs). `npm run demo -- --screenshot <dir>` runs headless and writes a screenshot per page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SAMPLE, extensionPage, launch, type Launched } from './harness';
import { DEMO_COPY, sampleCreatorIds } from './demo-data';

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

async function openDock(page: Page) {
  const toggle = page.locator('mitate-dock .mt-dock-toggle');
  if ((await toggle.getAttribute('aria-expanded').catch(() => null)) === 'false') await toggle.click();
  await page.waitForTimeout(400);
}

async function tour(launched: Launched) {
  const find = await launched.context.newPage();
  await find.goto(SAMPLE.findCreators);
  await settle(find);
  await shoot(find, '01-find-creators');
  await find.locator('mitate-badge').first().getByRole('button').first().click().catch(() => undefined);
  await find.waitForTimeout(300);
  await shoot(find, '02-find-creators-badge-popover');

  const detail = await launched.context.newPage();
  await detail.goto(SAMPLE.creatorDetail(sampleCreatorIds()[0]!));
  await settle(detail);
  await openDock(detail);
  await shoot(detail, '03-creator-detail-panel');

  const collab = await launched.context.newPage();
  await collab.goto(SAMPLE.targetCollabCreate);
  await settle(collab);
  await shoot(collab, '04-target-collaboration-commission-chips');

  const orders = await launched.context.newPage();
  await orders.goto(SAMPLE.orders);
  await settle(orders);
  await openDock(orders);
  await shoot(orders, '05-affiliate-orders-roi');

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
  return find;
}

const launched = await launch({ headless });
try {
  if (screenshotDir) fs.mkdirSync(screenshotDir, { recursive: true });
  const first = await tour(launched);
  if (!headless) {
    await first.bringToFront();
    console.log('Mitate demo is open. Close the browser window to finish.');
    await new Promise<void>((resolve) => launched.context.on('close', () => resolve()));
  }
  if (launched.leaked.length) console.log(`requests blocked (not sample pages): ${launched.leaked.length}`);
} finally {
  await launched.close().catch(() => undefined);
}
