import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { closeMitateDb, CURRENT_VERSION, dumpAll, getNote, openMitateDb, queryCreators, saveNote } from '../../lib/store';
import { NOTE_BUCKETS_V8, noteBucketV8, type CountRowV8 } from '../../lib/store/frozen/v8';
import type { NoteV3 } from '../../lib/store/frozen/v3';
import { countNotes, makeCreator, oldDb } from './helpers';

function v7Note(creatorId: string, over: Partial<NoteV3> = {}): NoteV3 {
  return {
    creatorId, text: `memo ${creatorId}`, status: 'invited', tags: [], rating: null, nextActionAt: null, sampleCostJpy: null,
    sampleTrackingNo: null, revision: 2, fieldRevisions: { text: 2 }, updatedAt: 10, updatedBy: 'tab', timeline: [],
    ...over,
  };
}

describe('migrateTo8 (v7 -> v8): notes into buckets', () => {
  it('moves every v7 note into its bucket unchanged, deletes the notes store and counts the notes', async () => {
    const factory = new IDBFactory();
    const v7 = await openMitateDb(factory, { version: 7 });
    const N = 3_000;
    const notes = Array.from({ length: N }, (_, i) => v7Note(`c${i}`, {
      tags: i % 7 === 0 ? ['vip'] : i % 11 === 0 ? ['vip', 'long-term'] : [],
      nextActionAt: i % 5 === 0 ? 1_000 + (i % 13) : null,
      status: i % 3 === 0 ? 'replied' : 'invited',
    }));
    const tx = oldDb(v7).transaction(['creators', 'notes', 'counts'], 'readwrite');
    for (let i = 0; i < 40; i++) {
      void tx.objectStore('creators').put({
        ...makeCreator(`c${i}`), updatedAt: 100 + i, firstSeenAt: 100, status: notes[i]!.status, score: null, handleKey: `h_c${i}`, scoreKey: -1,
      });
    }
    for (const note of notes) void tx.objectStore('notes').put(note);
    void tx.objectStore('counts').put({ store: 'creators', count: 40 });
    await tx.done;
    v7.close();

    const db = await openMitateDb(factory);
    expect(db.version).toBe(CURRENT_VERSION);
    expect([...db.objectStoreNames]).not.toContain('notes');
    expect(await db.get('counts', 'notes')).toEqual({ store: 'notes', count: N } satisfies CountRowV8);
    expect(await countNotes(db)).toBe(N);
    const sorted = [...notes].sort((a, b) => (a.creatorId < b.creatorId ? -1 : a.creatorId > b.creatorId ? 1 : 0));
    expect((await dumpAll(db)).notes).toEqual(sorted);
    const buckets = await db.getAll('noteBuckets');
    expect(buckets.length).toBeGreaterThan(NOTE_BUCKETS_V8 / 2);
    expect(buckets.length).toBeLessThanOrEqual(NOTE_BUCKETS_V8);
    for (const bucket of buckets) {
      for (const note of bucket.notes) expect(noteBucketV8(note.creatorId)).toBe(bucket.bucket);
      expect(new Set(bucket.tags)).toEqual(new Set(bucket.notes.flatMap((note) => note.tags)));
    }
    expect(await getNote(db, 'c77')).toEqual(notes[77]);
    // the queries that used the v7 notes indexes give the same answers
    const vip = await queryCreators(db, { tag: 'vip', limit: 500 });
    expect(vip.rows.map((row) => row.creator.id).sort()).toEqual(Array.from({ length: 40 }, (_, i) => i).filter((i) => i % 7 === 0 || i % 11 === 0).map((i) => `c${i}`).sort());
    const byNext = await queryCreators(db, { sortBy: 'nextActionAt', sortDir: 'asc', limit: 500 });
    const dated = Array.from({ length: 40 }, (_, i) => i).filter((i) => i % 5 === 0)
      .sort((a, b) => (1_000 + (a % 13)) - (1_000 + (b % 13)) || (`c${a}` < `c${b}` ? -1 : 1)).map((i) => `c${i}`);
    expect(byNext.rows.map((row) => row.creator.id).slice(0, dated.length)).toEqual(dated);
    // a save after the migration merges with the migrated note and keeps the count
    const saved = await saveNote(db, { creatorId: 'c5', baseRevision: 2, patch: { rating: 4 }, editor: 'tab' }, 50);
    expect(saved.note).toMatchObject({ text: 'memo c5', rating: 4, revision: 3 });
    expect(await countNotes(db)).toBe(N);
    await closeMitateDb(factory);
  });

  it('an empty v7 database gets an empty bucket store and a zero notes count', async () => {
    const factory = new IDBFactory();
    (await openMitateDb(factory, { version: 7 })).close();
    const db = await openMitateDb(factory);
    expect(await db.count('noteBuckets')).toBe(0);
    expect(await db.get('counts', 'notes')).toEqual({ store: 'notes', count: 0 });
    await closeMitateDb(factory);
  });

  it('a failing migration leaves the v7 notes where they were', async () => {
    const factory = new IDBFactory();
    const v7 = await openMitateDb(factory, { version: 7 });
    // a note whose tags are no list (written by hand, never by Mitate) cannot be bucketed: the upgrade fails and is rolled back
    const tx = oldDb(v7).transaction(['notes'], 'readwrite');
    void tx.objectStore('notes').put(v7Note('fine'));
    await tx.done;
    v7.close();
    const raw = factory.open('mitate', 7);
    await new Promise((resolve) => { raw.onsuccess = resolve; });
    const write = raw.result.transaction('notes', 'readwrite');
    write.objectStore('notes').put({ ...v7Note('x'), tags: 5 });
    await new Promise((resolve) => { write.oncomplete = resolve; });
    raw.result.close();
    await expect(openMitateDb(factory)).rejects.toMatchObject({ code: 'version' });
    const again = await openMitateDb(factory, { version: 7 });
    expect(await oldDb(again).count('notes')).toBe(2);
    again.close();
  });
});
