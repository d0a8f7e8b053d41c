/**
 * Issue 13: the UI survives a store of 1,000,000 rate observations, in real Chromium with the extension's real
 * IndexedDB. The observations are written straight into the store from the service worker (as a large backup import
 * or years of browsing would leave them); then the dashboard, the popup, the side panel and a Seller Center page must
 * mount and show bands learned from them. Pages get the learned summary (lib/store/learned.ts), never the records.
 * Times are printed as figures, not asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE, extensionPage, launch, type Launched } from './harness';
import { MitateProbe } from './pages/extension';
import { SellerPage } from './pages/find-page';
import { SidePanel } from './pages/side-panel';

const COUNT = 1_000_000;
const T0 = Date.UTC(2025, 0, 1);
const DAY = 24 * 3600_000;
/** four categories, 250,000 each; 'other' is the advisor's default category (a null category counts as 'other') */
const PER_CATEGORY = COUNT / 4;

let launched: Launched;
let mitate: MitateProbe;
const figures: string[] = [];
const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
  const start = Date.now();
  const result = await work();
  figures.push(`${label}: ${Date.now() - start} ms`);
  return result;
};

beforeAll(async () => {
  launched = await launch();
  mitate = new MitateProbe(launched, 'options');
  await mitate.askOk('ping', {}); // the worker has opened (and migrated) the database
  await timed(`write ${COUNT.toLocaleString('en')} observations (worker, 10 transactions)`, () => launched.worker.evaluate(async ({ count, t0, day }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mitate');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const categories = ['Beauty & Personal Care', 'Food & Beverages', 'Electronics', null];
    for (let start = 0; start < count; start += 100_000) {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('observations', 'readwrite');
        const store = tx.objectStore('observations');
        for (let i = start; i < Math.min(count, start + 100_000); i++) {
          store.put({ id: `product:${i}:x`, category: categories[i % 4], rate: 0.05 + (i % 17) / 100, source: 'product', sourceId: String(i), seenAt: t0 + (Math.floor(i / 4) % 400) * day });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
  }, { count: COUNT, t0: T0, day: DAY }));
  // the background learned from the empty store at start-up: a settings change makes it learn again
  await mitate.askOk('setSettings', { patch: {} });
}, 300_000);
afterAll(async () => {
  console.log(`large store figures:\n  ${figures.join('\n  ')}`);
  await launched?.close();
});

describe('a store of 1,000,000 observations', () => {
  it('is counted in Settings → Storage and learned in batches by the background', async () => {
    const space = await mitate.askOk('getStorageSpace', {});
    expect(space.find((s) => s.store === 'observations')!.count).toBe(COUNT);
    const learned = await timed('learn bands from 1,000,000 (first ask, background)', () => mitate.askOk('getLearnedBenchmarks', {}));
    expect(learned.beauty).toMatchObject({ n: PER_CATEGORY, days: 400 });
    expect(learned.other).toMatchObject({ n: PER_CATEGORY, days: 400 });
    // what crosses the message channel is the summary: at most 10 rates per day per category
    expect(learned.beauty!.rates.length).toBeLessThanOrEqual(400 * 10);
    await timed('learned bands again (cached)', () => mitate.askOk('getLearnedBenchmarks', {}));
  }, 120_000);

  it('the dashboard mounts and its Benchmarks tab shows the learned bands', async () => {
    const page = await launched.context.newPage();
    await timed('dashboard: open to learned bands shown', async () => {
      await page.goto(extensionPage(launched, 'options'));
      await page.locator('#tab-benchmarks').click();
      await expect.poll(() => page.locator('.mt-panel').textContent(), { timeout: 60_000 }).toContain(`n=${PER_CATEGORY}`);
    });
    expect(await page.locator('.mt-error').count()).toBe(0);
    await page.close();
  }, 120_000);

  it('the popup mounts and its advisor uses the learned band', async () => {
    const page = await launched.context.newPage();
    await timed('popup: open to advisor on the learned band', async () => {
      await page.goto(extensionPage(launched, 'popup'));
      await page.locator('#tab-advisor').click();
      // the band used is named with the result, once a price and a cost are given
      await page.locator('input[name="price"]').fill('3000');
      await page.locator('input[name="cogs"]').fill('1000');
      const used = page.locator('.mt-commission-advisor__result .mt-commission-advisor__hint');
      await expect.poll(() => used.textContent().catch(() => ''), { timeout: 60_000 }).toContain(String(PER_CATEGORY));
    });
    expect(await page.locator('.mt-error').count()).toBe(0);
    await page.close();
  }, 120_000);

  it('a Seller Center list gets its badges and the side panel beside it lists the creators', async () => {
    const { page, tabId } = await timed('find page: open to first badge', async () => {
      const opened = await mitate.openTab(SAMPLE.findCreators);
      await new SellerPage(opened.page).anyBadge.first().waitFor({ timeout: 60_000 });
      return opened;
    });
    const panel = await timed('side panel: open to creator rows', async () => {
      const opened = await SidePanel.open(launched, tabId);
      await opened.listRows.first().waitFor({ timeout: 60_000 });
      return opened;
    });
    expect(await panel.errors.count()).toBe(0);
    await panel.close();
    await page.close();
  }, 120_000);
});
