/**
 * The foundation promise: the built extension starts in real Chromium, places its shadow-root badges on an
 * intercepted affiliate page, the popup, side panel and options pages open and work, and no request leaves it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE, extensionPage, launch, type Launched } from './harness';
import { SellerPage } from './pages/find-page';

let launched: Launched;

beforeAll(async () => {
  launched = await launch();
});
afterAll(async () => {
  await launched?.close();
});

describe('foundation', () => {
  it('starts the service worker and answers a ping through the typed protocol', async () => {
    expect(launched.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await launched.context.newPage();
    await page.goto(extensionPage(launched, 'popup'));
    const reply = await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'ping' }));
    expect(reply).toMatchObject({ ok: true });
    await page.close();
  });

  it('places badges in shadow roots on an affiliate page served at the real address, with their CSS loaded', async () => {
    const page = await launched.context.newPage();
    await page.goto(SAMPLE.findCreators);
    const seller = new SellerPage(page);
    await expect.poll(() => seller.anyBadge.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await seller.badgeHosts.first().evaluate((el) => el.shadowRoot !== null)).toBe(true);
    // A style from the content script's CSS must apply inside the shadow root (catches a failed CSS load).
    const container = page.locator('mitate-badge .mt-inline').first();
    expect(await container.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
    await page.close();
  });

  it('opens the popup and the options page', async () => {
    const popup = await launched.context.newPage();
    await popup.goto(extensionPage(launched, 'popup'));
    await expect.poll(() => popup.locator('textarea').count()).toBeGreaterThan(0);
    await popup.locator('textarea').first().fill('業界最安のクリーム');
    await expect.poll(() => popup.locator('mark').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    const panel = await launched.context.newPage();
    await panel.goto(`chrome-extension://${launched.extensionId}/sidepanel.html`);
    await expect.poll(() => panel.locator('main.mt-desk h1').count()).toBe(1);
    await panel.close();
    const options = await launched.context.newPage();
    await options.goto(extensionPage(launched, 'options'));
    await expect.poll(() => options.locator('h1').count()).toBeGreaterThan(0);
    await popup.close();
    await options.close();
  });

  it('sends no request of its own', () => {
    expect(launched.fromExtension).toEqual([]);
    expect(launched.leaked).toEqual([]);
  });
});
