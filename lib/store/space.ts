/**
 * Storage made visible (issue 13): how much each store holds, pruning of old snapshots and rate observations, and
 * deleting one creator. Decisions:
 * - Pruning keeps each creator's newest snapshot whatever its age, so a creator's latest numbers never vanish.
 * - Deleting a creator removes what the pages gave (the creator, its snapshots, its own rate observation) and keeps
 *   what the seller typed (the note and the costs) unless the seller ticks "also delete my note and costs": a
 *   seller's own words are never lost by a click meant to tidy page data. Orders and collaborations stay (sales
 *   history and ROI depend on them).
 */
import type { MitateDb } from './db';
import { guard } from './errors';
import { adjustCreatorCount } from './counts';
import { NoteBucketSet, noteCount, sampleNotes } from './note-buckets';

export const SPACE_STORES = ['creators', 'snapshots', 'observations', 'notes'] as const;
export type SpaceStore = (typeof SPACE_STORES)[number];
export const PRUNABLE_STORES = ['snapshots', 'observations'] as const;
export type PrunableStore = (typeof PRUNABLE_STORES)[number];

export interface StoreSpace {
  store: SpaceStore;
  count: number;
  /** estimate: the mean JSON size of up to SIZE_SAMPLE records × count (UTF-16 in memory is about twice this) */
  approxBytes: number;
}

/** Records read to estimate the mean size: enough for a stable mean, cheap even with a million records. */
export const SIZE_SAMPLE = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Count and approximate size of each store, in one read-only transaction. */
export async function storageSpace(db: MitateDb): Promise<StoreSpace[]> {
  return guard(async () => {
    const tx = db.transaction(['creators', 'snapshots', 'observations', 'noteBuckets', 'counts'], 'readonly');
    const out: StoreSpace[] = [];
    for (const store of SPACE_STORES) {
      // notes are stored many per record (lib/store/note-buckets.ts): their count is kept in the counts store
      const objectStore = store === 'notes' ? null : tx.objectStore(store);
      const count = objectStore ? await objectStore.count() : await noteCount(tx);
      const sample: unknown[] = !count ? [] : objectStore ? await objectStore.getAll(undefined, SIZE_SAMPLE) : await sampleNotes(tx, SIZE_SAMPLE, count);
      let chars = 0;
      for (const record of sample) chars += JSON.stringify(record).length;
      out.push({ store, count, approxBytes: sample.length ? Math.round((chars / sample.length) * count) : 0 });
    }
    await tx.done;
    return out;
  });
}

export interface PruneResult {
  snapshots: number;
  observations: number;
  /** records older than the cut-off, epoch ms */
  before: number;
}

/**
 * Deletes snapshots and/or observations older than `olderThanDays` days (each creator's newest snapshot stays).
 * One transaction: all or nothing.
 */
export async function pruneOlderThan(db: MitateDb, olderThanDays: number, stores: readonly PrunableStore[], now: number): Promise<PruneResult> {
  const before = now - Math.max(0, olderThanDays) * DAY_MS;
  return guard(async () => {
    const tx = db.transaction(['snapshots', 'observations'], 'readwrite');
    const result: PruneResult = { snapshots: 0, observations: 0, before };
    if (stores.includes('snapshots')) {
      // creatorAt is ordered by creator, then time: the last one seen per creator is its newest
      let cursor = await tx.objectStore('snapshots').index('creatorAt').openCursor(null, 'prev');
      let creator: string | null = null;
      while (cursor) {
        const newest = cursor.value.creatorId !== creator;
        creator = cursor.value.creatorId;
        if (!newest && cursor.value.at < before) {
          await cursor.delete();
          result.snapshots += 1;
        }
        cursor = await cursor.continue();
      }
    }
    if (stores.includes('observations')) {
      let cursor = await tx.objectStore('observations').openCursor();
      while (cursor) {
        if (cursor.value.seenAt < before) {
          await cursor.delete();
          result.observations += 1;
        }
        cursor = await cursor.continue();
      }
    }
    await tx.done;
    return result;
  });
}

export interface DeleteCreatorResult {
  creator: boolean;
  snapshots: number;
  observations: number;
  note: boolean;
  costs: number;
}

/** Deletes one creator's page data; its note and costs too only when `withSellerEntries`. One transaction. */
export async function deleteCreator(db: MitateDb, creatorId: string, { withSellerEntries = false } = {}): Promise<DeleteCreatorResult> {
  return guard(async () => {
    const tx = db.transaction(['creators', 'snapshots', 'observations', 'noteBuckets', 'costs', 'search', 'counts'], 'readwrite');
    const result: DeleteCreatorResult = { creator: false, snapshots: 0, observations: 0, note: false, costs: 0 };
    const creators = tx.objectStore('creators');
    if (await creators.get(creatorId)) {
      await creators.delete(creatorId);
      // the derived search row goes with the creator (lib/store/search.ts)
      await tx.objectStore('search').delete(creatorId);
      await adjustCreatorCount(tx, -1);
      result.creator = true;
    }
    let snapshot = await tx.objectStore('snapshots').index('creatorId').openCursor(creatorId);
    while (snapshot) {
      await snapshot.delete();
      result.snapshots += 1;
      snapshot = await snapshot.continue();
    }
    // the creator's own median rate: ids are `creator_median:<creatorId>:<category>` (lib/store/ingest.ts)
    const prefix = `creator_median:${creatorId}:`;
    let observation = await tx.objectStore('observations').openCursor(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
    while (observation) {
      await observation.delete();
      result.observations += 1;
      observation = await observation.continue();
    }
    if (withSellerEntries) {
      const notes = new NoteBucketSet(tx);
      await notes.load([creatorId]);
      result.note = notes.delete(creatorId);
      await notes.flush();
      let cost = await tx.objectStore('costs').index('creatorId').openCursor(creatorId);
      while (cost) {
        await cost.delete();
        result.costs += 1;
        cost = await cost.continue();
      }
    }
    await tx.done;
    return result;
  });
}
