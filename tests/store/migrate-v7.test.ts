import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { closeMitateDb, CURRENT_VERSION, openMitateDb, queryCreators } from '../../lib/store';
import type { CountRowV7 } from '../../lib/store/frozen/v7';
import { countNotes, makeCreator, oldDb } from './helpers';

describe('migrateTo7 (v6 -> v7)', () => {
  it('adds the counts store holding the number of v6 creators, keeping every record', async () => {
    const factory = new IDBFactory();
    const v6 = await openMitateDb(factory, { version: 6 });
    expect([...v6.objectStoreNames]).not.toContain('counts');
    const tx = oldDb(v6).transaction(['creators', 'notes'], 'readwrite');
    const N = 37;
    for (let i = 0; i < N; i++) {
      await tx.objectStore('creators').put({
        ...makeCreator(`c${i}`), updatedAt: 100 + i, firstSeenAt: 100, status: 'candidate', score: null, handleKey: `h_c${i}`, scoreKey: -1,
      } as never);
    }
    // a note without its creator is not a creator
    await tx.objectStore('notes').put({ creatorId: 'ghost', text: 'x', status: 'candidate', tags: [], rating: null, nextActionAt: null, sampleCostJpy: null, sampleTrackingNo: null, revision: 1, fieldRevisions: {}, updatedAt: 1, updatedBy: 't', timeline: [] } as never);
    await tx.done;
    v6.close();

    const db = await openMitateDb(factory);
    expect(db.version).toBe(CURRENT_VERSION);
    expect(await db.get('counts', 'creators')).toEqual({ store: 'creators', count: N } satisfies CountRowV7);
    expect(await db.count('creators')).toBe(N);
    expect(await countNotes(db)).toBe(1);
    const page = await queryCreators(db, { limit: 10 });
    expect(page.total).toBe(N);
    expect(page.rows.map((r) => r.creator.id)).toEqual(Array.from({ length: 10 }, (_, i) => `c${N - 1 - i}`));
    await closeMitateDb(factory);
  });

  it('a fresh database starts at zero creators', async () => {
    const factory = new IDBFactory();
    const db = await openMitateDb(factory);
    expect(await db.get('counts', 'creators')).toEqual({ store: 'creators', count: 0 });
    await closeMitateDb(factory);
  });
});
