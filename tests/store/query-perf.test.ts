/**
 * Scale check: 50,000 creators and 100,000 notes (50,000 on those creators + 50,000 for creators not yet seen).
 * Runs on fake-indexeddb, which is far slower than a browser's IndexedDB, so the bounds are generous; the
 * figures are printed for the log. Measured 2026-11-24 (Node, fake-indexeddb 6): seed 24.4 s; updatedAt desc page 1: 24 ms;
 * score asc offset 40,000: 136 ms (cursor.advance took 15.6 s before the getAllKeys path); status filter: 167 ms;
 * tag filter: 276 ms; free-text search over 50k creators + 100k notes: 2.2 s; followers sort (in memory): 444 ms;
 * nextActionAt sort: 193 ms. With notes in buckets (schema v8), 2026-11-30 on a loaded machine: seed 33 s; page 1 52 ms; offset
 * 40,000 232 ms; status 184 ms; tag filter 1,275 ms and nextActionAt sort 975 ms (both read every note bucket here);
 * search 41 ms; followers 1,026 ms. Opt-in (seeding alone takes ~28 s): MITATE_PERF=1 npx vitest run tests/store/query-perf.test.ts
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from './helpers';
import { makeCreator } from './helpers';
import { NoteBucketSet } from '../../lib/store/note-buckets';
import { queryCreators, searchRowOf, NOTE_STATUSES, type MitateDb, type Note, type StoredCreator } from '../../lib/store';

const CREATORS = 50_000;
const ORPHAN_NOTES = 50_000;
const run = process.env.MITATE_PERF === '1';

async function timed<T>(label: string, work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  console.log(`[query-perf] ${label}: ${ms.toFixed(0)} ms`);
  return { value, ms };
}

describe.runIf(run)('queryCreators at 50k creators / 100k notes (fake-indexeddb)', () => {
  let db: MitateDb;
  beforeAll(async () => {
    db = (await freshDb()).db;
    await timed('seed', async () => {
      const tx = db.transaction(['creators', 'noteBuckets', 'search', 'counts'], 'readwrite');
      const creators = tx.objectStore('creators');
      // every bucket is read once and written once at the end (lib/store/note-buckets.ts)
      const notes = new NoteBucketSet(tx);
      await notes.loadAll();
      for (let i = 0; i < CREATORS; i++) {
        const id = `c${String(i).padStart(6, '0')}`;
        const status = NOTE_STATUSES[i % NOTE_STATUSES.length]!;
        const score = i % 10 === 0 ? null : (i * 7919) % 101;
        const record: StoredCreator = {
          ...makeCreator(id, { handle: `user${(i * 31) % CREATORS}`, followers: (i * 104729) % 1_000_000 }),
          firstSeenAt: i, updatedAt: 1_700_000_000_000 + ((i * 65537) % CREATORS), status, score,
          handleKey: `user${(i * 31) % CREATORS}`, scoreKey: score ?? -1,
        };
        void creators.put(record);
        const note: Note = {
          creatorId: id, text: `note ${i} ${i % 1000 === 0 ? 'needle' : ''}`, status, tags: i % 5 === 0 ? ['vip'] : [], rating: null,
          nextActionAt: i % 3 === 0 ? i : null, sampleCostJpy: null, sampleTrackingNo: null, revision: 1, fieldRevisions: {}, updatedAt: i, updatedBy: 'seed', timeline: [],
        };
        notes.put(note);
        // written directly, so the derived search row is added here as the store's writers would
        void tx.objectStore('search').put(searchRowOf(record, note));
      }
      for (let i = 0; i < ORPHAN_NOTES; i++) {
        notes.put({ creatorId: `x${i}`, text: 'orphan', status: 'candidate', tags: ['vip'], rating: null, nextActionAt: null, sampleCostJpy: null, sampleTrackingNo: null, revision: 1, fieldRevisions: {}, updatedAt: i, updatedBy: 'seed', timeline: [] });
      }
      // and the derived creator count (lib/store/counts.ts)
      void tx.objectStore('counts').put({ store: 'creators', count: CREATORS });
      await notes.flush();
      await tx.done;
    });
  }, 600_000);

  it('first and deep pages by an indexed field, no filter', async () => {
    const first = await timed('updatedAt desc, page 1 (50 rows)', () => queryCreators(db, { sortBy: 'updatedAt', sortDir: 'desc', limit: 50 }));
    expect(first.value.total).toBe(CREATORS);
    expect(first.value.rows).toHaveLength(50);
    expect(first.value.rows[0]!.creator.updatedAt).toBe(1_700_000_000_000 + CREATORS - 1);
    const deep = await timed('score asc, offset 40,000', () => queryCreators(db, { sortBy: 'score', sortDir: 'asc', offset: 40_000, limit: 50 }));
    expect(deep.value.rows).toHaveLength(50);
    expect(deep.ms).toBeLessThan(5_000);
    expect(first.ms).toBeLessThan(2_000);
  }, 120_000);

  it('filtered and searched queries', async () => {
    const status = await timed('status=invited sorted by handle', () => queryCreators(db, { status: 'invited', sortBy: 'handle', sortDir: 'asc', limit: 50 }));
    expect(status.value.total).toBe(CREATORS / NOTE_STATUSES.length);
    const tag = await timed('tag=vip sorted by score', () => queryCreators(db, { tag: 'vip', sortBy: 'score', sortDir: 'desc', limit: 50 }));
    expect(tag.value.total).toBe(CREATORS / 5);
    const search = await timed('search "needle" (reads all creators + notes)', () => queryCreators(db, { search: 'needle', limit: 50 }));
    expect(search.value.total).toBe(CREATORS / 1000);
    const followers = await timed('sort by followers (not indexed)', () => queryCreators(db, { sortBy: 'followers', sortDir: 'desc', limit: 50 }));
    expect(followers.value.rows[0]!.creator.followers).toBeGreaterThanOrEqual(followers.value.rows[1]!.creator.followers!);
    const next = await timed('sort by nextActionAt', () => queryCreators(db, { sortBy: 'nextActionAt', sortDir: 'asc', limit: 50 }));
    expect(next.value.rows[0]!.note?.nextActionAt).toBe(0);
    expect(status.ms).toBeLessThan(10_000);
  }, 300_000);
});
