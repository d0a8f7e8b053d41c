import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { closeMitateDb, CURRENT_VERSION, openMitateDb, queryCreators } from '../../lib/store';
import type { NoteV3 } from '../../lib/store/frozen/v3';
import { countNotes, makeCreator, oldDb } from './helpers';

const v3Note = (creatorId: string, text: string, tags: string[] = []): NoteV3 => ({
  creatorId, text, status: 'candidate', tags, rating: null, nextActionAt: null, sampleCostJpy: null, sampleTrackingNo: null,
  revision: 1, fieldRevisions: {}, updatedAt: 1, updatedBy: 't', timeline: [],
});

describe('migrateTo6 (v5 -> v6)', () => {
  it('builds the search index from every v5 creator and note, keeping every record', async () => {
    const factory = new IDBFactory();
    const v3 = await openMitateDb(factory, { version: 5 });
    expect([...v3.objectStoreNames]).not.toContain('search');
    const tx = oldDb(v3).transaction(['creators', 'notes'], 'readwrite');
    const N = 40;
    for (let i = 0; i < N; i++) {
      await tx.objectStore('creators').put({
        ...makeCreator(`c${i}`, { handle: `Handle${i}`, nickname: i === 3 ? 'ＳＡＫＵＲＡ' : null }), updatedAt: 100 + i, firstSeenAt: 100,
        status: 'candidate', score: null, handleKey: `handle${i}`, scoreKey: -1,
      } as never);
      if (i % 2 === 0) await tx.objectStore('notes').put(v3Note(`c${i}`, `メモ ${i}`, i === 4 ? ['長期'] : []) as never);
    }
    await tx.objectStore('notes').put(v3Note('ghost', 'メモ ghost') as never);
    await tx.done;
    v3.close();

    const db = await openMitateDb(factory);
    expect(db.version).toBe(CURRENT_VERSION);
    expect(await db.count('creators')).toBe(N);
    expect(await countNotes(db)).toBe(N / 2 + 1);
    // one row per creator; a note without its creator has none
    expect(await db.count('search')).toBe(N);
    const ids = async (search: string) => (await queryCreators(db, { search, limit: 500 })).rows.map((r) => r.creator.id).sort();
    expect(await ids('メモ 1')).toEqual(['c10', 'c12', 'c14', 'c16', 'c18'].sort());
    expect(await ids('sakura')).toEqual(['c3']);
    expect(await ids('長期')).toEqual(['c4']);
    expect(await ids('HANDLE39')).toEqual(['c39']);
    expect(await ids('ghost')).toEqual([]);
    await closeMitateDb(factory);
  });
});
