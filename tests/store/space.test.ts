import { describe, expect, it } from 'vitest';
import { addCost, deleteCreator, ingestPageData, pruneOlderThan, saveNote, storageSpace } from '../../lib/store';
import { freshDb, makeCreator, makeProduct, pageData, storedNote } from './helpers';

const DAY = 24 * 3600_000;
const T0 = Date.UTC(2026, 0, 10);

describe('storage space', () => {
  it('counts each store and estimates its size from its records', async () => {
    const { db } = await freshDb();
    expect(await storageSpace(db)).toEqual([
      { store: 'creators', count: 0, approxBytes: 0 }, { store: 'snapshots', count: 0, approxBytes: 0 },
      { store: 'observations', count: 0, approxBytes: 0 }, { store: 'notes', count: 0, approxBytes: 0 },
    ]);
    await ingestPageData(db, pageData({ creators: [makeCreator('c1'), makeCreator('c2', { bio: 'x'.repeat(5000) })], products: [makeProduct('p1')] }), T0);
    await saveNote(db, { creatorId: 'c1', baseRevision: 0, patch: { text: 'hello' }, editor: 't' }, T0);
    const space = Object.fromEntries((await storageSpace(db)).map((s) => [s.store, s]));
    expect(space.creators!.count).toBe(2);
    // the 5,000-char bio shows in the estimate: at least half of it per record on average
    expect(space.creators!.approxBytes).toBeGreaterThan(5000);
    expect(space.snapshots!.count).toBe(2);
    expect(space.observations!.count).toBe(1);
    expect(space.notes!.count).toBe(1);
    expect(space.notes!.approxBytes).toBeGreaterThan(0);
  });
});

describe('pruning', () => {
  it('removes snapshots and observations older than N days, keeping each creator\'s newest snapshot', async () => {
    const { db } = await freshDb();
    // c1: snapshots at day 0, 10, 20 (followers change each time); c2: one at day 0
    for (const [day, followers] of [[0, 100], [10, 200], [20, 300]] as const) {
      await ingestPageData(db, pageData({ creators: [makeCreator('c1', { followers })], products: [makeProduct(`p${day}`)] }), T0 + day * DAY);
    }
    await ingestPageData(db, pageData({ creators: [makeCreator('c2')] }), T0);
    expect(await db.count('snapshots')).toBe(4);
    // cut-off: day 30 − 15 = day 15. c1's days 0 and 10 go; c2's only (newest) snapshot stays although old
    const result = await pruneOlderThan(db, 15, ['snapshots', 'observations'], T0 + 30 * DAY);
    expect(result).toEqual({ snapshots: 2, observations: 2, before: T0 + 15 * DAY });
    const left = (await db.getAll('snapshots')).map((s) => `${s.creatorId}@${(s.at - T0) / DAY}`).sort();
    expect(left).toEqual(['c1@20', 'c2@0']);
    expect((await db.getAll('observations')).map((o) => o.sourceId)).toEqual(['p20']);
  });

  it('only touches the stores asked for', async () => {
    const { db } = await freshDb();
    await ingestPageData(db, pageData({ creators: [makeCreator('c1', { followers: 1 })], products: [makeProduct('p1')] }), T0);
    await ingestPageData(db, pageData({ creators: [makeCreator('c1', { followers: 2 })] }), T0 + DAY);
    expect(await pruneOlderThan(db, 0, ['observations'], T0 + 5 * DAY)).toMatchObject({ snapshots: 0, observations: 1 });
    expect(await db.count('snapshots')).toBe(2);
  });
});

describe('deleting one creator', () => {
  async function seeded() {
    const { db } = await freshDb();
    await ingestPageData(db, pageData({ creators: [makeCreator('c1', { medianCommissionRate: 0.1 }), makeCreator('c12', { medianCommissionRate: 0.2 })] }), T0);
    await saveNote(db, { creatorId: 'c1', baseRevision: 0, patch: { text: 'good' }, editor: 't' }, T0);
    await addCost(db, { id: 'k1', creatorId: 'c1', kind: 'sample', amountJpy: 1000, at: T0, memo: '' } as never);
    return db;
  }

  it('removes the page data and keeps the seller\'s note and costs by default', async () => {
    const db = await seeded();
    expect(await deleteCreator(db, 'c1')).toEqual({ creator: true, snapshots: 1, observations: 1, note: false, costs: 0 });
    expect(await db.get('creators', 'c1')).toBeUndefined();
    expect((await storedNote(db, 'c1'))?.text).toBe('good');
    expect(await db.count('costs')).toBe(1);
    // a creator whose id starts the same is untouched
    expect(await db.get('creators', 'c12')).toBeDefined();
    expect((await db.getAll('observations')).map((o) => o.sourceId)).toEqual(['c12']);
  });

  it('with the box ticked, the note and costs go too', async () => {
    const db = await seeded();
    expect(await deleteCreator(db, 'c1', { withSellerEntries: true })).toEqual({ creator: true, snapshots: 1, observations: 1, note: true, costs: 1 });
    expect(await storedNote(db, 'c1')).toBeUndefined();
    expect(await db.count('costs')).toBe(0);
  });
});
