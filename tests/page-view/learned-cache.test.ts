/**
 * Learned bands are read from the whole observations store, which can take seconds when it is very large: Seller
 * Center pages get the kept bands at once while fresh ones are learned behind; Mitate's own pages wait for fresh ones.
 */
import { describe, expect, it } from 'vitest';
import { createPageService, type TabView } from '../../lib/page-view';
import type { MitateDb, Observation } from '../../lib/store';
import { freshDb } from '../store/helpers';

const T0 = Date.UTC(2026, 5, 1);
const DAY = 24 * 3600_000;

async function addRates(db: MitateDb, prefix: string, rate: number, firstDay: number) {
  const tx = db.transaction('observations', 'readwrite');
  for (let i = 0; i < 50; i++) {
    const observation: Observation = {
      // no category: the chip below has no product to name one either, so both use the 'other' band
      id: `product:${prefix}${i}:`, category: null, rate, source: 'product', sourceId: `${prefix}${i}`,
      seenAt: T0 + (firstDay + (i % 5)) * DAY,
    };
    void tx.store.put(observation);
  }
  await tx.done;
}

/** The store, with reads of the observations held back while `hold` is set (a slow relearn). */
function gated(db: MitateDb) {
  let release: () => void = () => undefined;
  let gate: Promise<void> = Promise.resolve();
  const view = new Proxy(db, {
    get(target, key) {
      if (key === 'getAll') {
        return async (...args: Parameters<MitateDb['getAll']>) => {
          if (args[0] === 'observations') await gate;
          return target.getAll(...args);
        };
      }
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    db: view,
    hold: () => {
      gate = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
  };
}

describe('page service: learned bands kept while fresh ones are learned', () => {
  it('a chip answers with the kept bands during a relearn; Mitate\'s pages get the fresh ones', async () => {
    const { db } = await freshDb();
    await addRates(db, 'a', 0.1, 0);
    const store = gated(db);
    const views = new Map<number, TabView>();
    const page = createPageService({
      openDb: async () => store.db, now: () => T0 + 30 * DAY,
      tabs: { get: async (id) => views.get(id) ?? null, set: async (v) => void views.set(v.tabId, v) },
    });
    const ask = () => page.commissionChips(7, { url: 'https://affiliate.tiktok.com/connection/creator', figures: [{ rate: 0.12, context: ['a row'] }] });
    const before = await ask();
    expect(before.chips[0]!.detail).toContain('10%');
    expect((await page.learnedBenchmarks()).other!.median).toBeCloseTo(0.1);

    await addRates(db, 'b', 0.3, 10);
    page.invalidate();
    await page.creatorBadges(7, { url: 'https://affiliate.tiktok.com/connection/creator', handles: [] }); // settings read again
    store.hold();
    // the relearn cannot finish while reads are held: the chip must not wait for it
    expect(await ask()).toEqual(before);
    const fresh = page.learnedBenchmarks();
    store.release();
    expect((await fresh).other!.n).toBe(100);
    expect((await fresh).other!.median).toBeGreaterThan(0.1);
    expect(await ask()).not.toEqual(before);
  });
});
