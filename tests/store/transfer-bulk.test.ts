/**
 * Imports large enough to take the bulk paths of lib/store/bulk.ts (key list + getAll, queued puts) stay
 * all-or-nothing and count like a record-by-record import.
 */
import { describe, expect, it } from 'vitest';
import { applyImport, dumpAll, emptyNote, queryCreators, STORE_NAMES, type Note, type StoredCreator } from '../../lib/store';
import { noteBucketOf } from '../../lib/store/note-buckets';
import { countNotes, failingAtPut, freshDb, makeCreator, storedNote } from './helpers';

const creator = (i: number): StoredCreator => ({
  ...makeCreator(`c${i}`, { handle: `handle_${i}` }), firstSeenAt: 1, updatedAt: 1 + i, status: 'candidate', score: null,
  handleKey: `handle_${i}`, scoreKey: -1,
});
const note = (id: string, text: string): Note => ({ ...emptyNote(id, 1, 't'), revision: 1, text });

describe('bulk import', () => {
  it('counts added / changed / unchanged over thousands of records and indexes the new notes for search', async () => {
    const { db } = await freshDb();
    const creators = Array.from({ length: 1_500 }, (_, i) => creator(i));
    await applyImport(db, { records: { creators } }, { dryRun: false, now: 10 });
    const notes = Array.from({ length: 2_500 }, (_, i) => note(`c${i}`, `memo ${i}${i === 77 ? ' needle' : ''}`));
    const first = await applyImport(db, { records: { notes } }, { dryRun: false, now: 10 });
    expect(first.counts.notes).toEqual({ added: 2_500, changed: 0, unchanged: 0 });
    expect((await queryCreators(db, { search: 'NEEDLE' })).rows.map((r) => r.creator.id)).toEqual(['c77']);
    // a note for a creator not seen yet is stored but finds nothing until its creator is
    expect(await countNotes(db)).toBe(2_500);
    expect(await db.count('search')).toBe(1_500);

    const edited = notes.map((n, i) => (i % 10 === 0 ? { ...n, text: `${n.text} edited` } : n));
    // a key repeated in the file compares to its earlier copy, as a record-by-record import would
    const repeated = [...edited, { ...edited[5]!, text: 'twice' }];
    const preview = await applyImport(db, { records: { notes: repeated } }, { dryRun: true, now: 20 });
    const applied = await applyImport(db, { records: { notes: repeated } }, { dryRun: false, now: 20 });
    expect(applied.counts.notes).toEqual({ added: 0, changed: 251, unchanged: 2_250 });
    expect(preview.counts).toEqual(applied.counts);
    expect((await storedNote(db, 'c5'))?.text).toBe('twice');
    expect((await queryCreators(db, { search: 'edited', limit: 500 })).total).toBe(150);
    expect((await queryCreators(db, { search: 'twice' })).rows.map((r) => r.creator.id)).toEqual(['c5']);
  }, 60_000);

  it('a put failing late in a large import writes nothing, search index included', async () => {
    const { db } = await freshDb();
    await applyImport(db, { records: { creators: [creator(0), creator(1)], notes: [note('c0', 'kept')] } }, { dryRun: false, now: 5 });
    const before = await dumpAll(db);
    const beforeSearch = await db.getAll('search');
    const creators = Array.from({ length: 3_000 }, (_, i) => creator(i));
    const notes = Array.from({ length: 3_000 }, (_, i) => note(`c${i}`, `new ${i}`));
    const flaky = failingAtPut(db, 4_500);
    await expect(applyImport(flaky.db, { records: { creators, notes } }, { dryRun: false, now: 6 })).rejects.toMatchObject({ code: 'quota' });
    expect(flaky.puts()).toBeGreaterThanOrEqual(4_500);
    expect(await dumpAll(db)).toEqual(before);
    expect(await db.getAll('search')).toEqual(beforeSearch);
    for (const name of STORE_NAMES) expect(name === 'notes' ? await countNotes(db) : await db.count(name), name).toBe(before[name].length);
  }, 60_000);

  it('writes each imported creator, note bucket and search row once (no second put of the same record)', async () => {
    const { db } = await freshDb();
    const creators = Array.from({ length: 3_000 }, (_, i) => creator(i));
    const notes = Array.from({ length: 3_000 }, (_, i) => note(`c${i}`, `memo ${i}`));
    const counted = failingAtPut(db, Number.POSITIVE_INFINITY);
    await applyImport(counted.db, { records: { creators, notes } }, { dryRun: false, now: 6 });
    // creators, the notes' buckets (notes are stored many per record), search rows, and the creator and note counts' rows
    const buckets = new Set(notes.map((n) => noteBucketOf(n.creatorId))).size;
    expect(buckets).toBeLessThan(1_000);
    expect(counted.puts()).toBe(3_000 + buckets + 3_000 + 2);
    expect(await countNotes(db)).toBe(3_000);
    expect((await queryCreators(db, { search: 'memo 2999' })).rows.map((r) => r.creator.id)).toEqual(['c2999']);
  }, 60_000);

  it('an invalid record anywhere refuses the whole file before anything is written', async () => {
    const { db } = await freshDb();
    const notes: unknown[] = Array.from({ length: 2_000 }, (_, i) => note(`c${i}`, `n ${i}`));
    notes[1_999] = { ...(notes[1_999] as Note), rating: 99 };
    await expect(applyImport(db, { records: { notes: notes as Note[] } }, { dryRun: false, now: 1 })).rejects.toMatchObject({
      code: 'invalid', detail: { store: 'notes', index: 1_999, field: 'rating' },
    });
    expect(await countNotes(db)).toBe(0);
  });
});
