import { describe, expect, it } from 'vitest';
import { learnBenchmarks } from '../../lib/commission';
import { createClient, createHandler } from '../../lib/protocol';
import { learnFromStore, listObservations, type Observation } from '../../lib/store';
import { freshDb } from './helpers';

const T0 = Date.UTC(2026, 5, 1);
const DAY = 24 * 3600_000;
const CATEGORIES = ['Beauty & Personal Care', 'Food & Beverages', 'Electronics', null];

async function seeded(count: number) {
  const { db } = await freshDb();
  const tx = db.transaction('observations', 'readwrite');
  for (let i = 0; i < count; i++) {
    const observation: Observation = {
      id: `product:${String(i).padStart(5, '0')}:x`, category: CATEGORIES[i % 4]!, rate: 0.04 + ((i * 7) % 23) / 100,
      source: i % 3 === 0 ? 'open_collab' : 'product', sourceId: String(i), seenAt: T0 + (i % 9) * DAY + i,
    };
    void tx.store.put(observation);
  }
  await tx.done;
  return db;
}

describe('learned bands straight from the store', () => {
  it('read in small batches, they equal learning from every observation at once', async () => {
    const db = await seeded(503);
    const all = await listObservations(db);
    expect(all).toHaveLength(503);
    const expected = learnBenchmarks(all);
    expect(Object.keys(expected).length).toBeGreaterThan(2);
    expect(await learnFromStore(db, 7)).toEqual(expected);
    expect(await learnFromStore(db, 503)).toEqual(expected);
    expect(await learnFromStore(db)).toEqual(expected);
  });

  it('reach pages as the small summary, validated by the protocol', async () => {
    const db = await seeded(120);
    const client = createClient(createHandler({ openDb: async () => db, now: () => T0 }));
    const reply = await client.getLearnedBenchmarks({});
    expect(reply.ok && reply.data).toEqual(learnBenchmarks(await listObservations(db)));
  });
});
