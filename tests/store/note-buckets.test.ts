/**
 * Notes stored many per record (schema v8, lib/store/note-buckets.ts): notes that share a bucket stay apart, the
 * stored notes count follows every write, and the tag and next-action queries equal a scan of every note.
 */
import { describe, expect, it } from 'vitest';
import { addTimelineEvent, applyImport, deleteCreator, dumpAll, emptyNote, getNote, getNotes, queryCreators, saveNote, storageSpace, type Note } from '../../lib/store';
import { NOTE_BUCKETS, noteBucketOf } from '../../lib/store/note-buckets';
import { countNotes, freshDb, makeCreator, pageData } from './helpers';
import { ingestPageData } from '../../lib/store';

/** Creator ids that share one bucket. */
function idsInOneBucket(n: number): string[] {
  const byBucket = new Map<number, string[]>();
  for (let i = 0; ; i++) {
    const id = `7${String(i).padStart(18, '0')}`;
    const list = byBucket.get(noteBucketOf(id)) ?? [];
    list.push(id);
    byBucket.set(noteBucketOf(id), list);
    if (list.length === n) return list;
  }
}

function note(creatorId: string, over: Partial<Note> = {}): Note {
  return { ...emptyNote(creatorId, 1, 'test'), text: `memo ${creatorId}`, revision: 1, ...over };
}

describe('note buckets', () => {
  it('spreads creator ids over every bucket, stably', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 20 * NOTE_BUCKETS; i++) seen.add(noteBucketOf(String(7_600_000_000_000_000_000n + BigInt(i))));
    expect(seen.size).toBe(NOTE_BUCKETS);
    // the stored layout: these values may never change without a migration
    // (FNV-1a offset basis 0x811c9dc5 = 2,166,136,261 ≡ 453 mod 1,024 for the empty id)
    expect([noteBucketOf(''), noteBucketOf('7494650123456789012'), noteBucketOf('c1')]).toEqual([453, 396, 985]);
  });

  it('notes sharing a bucket are saved, read and deleted independently, and the count follows', async () => {
    const { db } = await freshDb();
    const [a, b, c] = idsInOneBucket(3) as [string, string, string];
    await saveNote(db, { creatorId: a, baseRevision: 0, patch: { text: 'A' }, editor: 't' }, 10);
    await saveNote(db, { creatorId: b, baseRevision: 0, patch: { text: 'B', tags: ['x'] }, editor: 't' }, 11);
    await addTimelineEvent(db, { creatorId: c, event: { status: 'invited', at: 5, costJpy: null, shippingJpy: null, trackingNo: null, dueAt: null, memo: '' }, editor: 't' }, 12);
    expect(await db.count('noteBuckets')).toBe(1);
    expect(await countNotes(db)).toBe(3);
    expect((await getNote(db, a))?.text).toBe('A');
    expect((await getNote(db, b))?.tags).toEqual(['x']);
    expect((await getNote(db, c))?.status).toBe('invited');
    expect([...(await getNotes(db, [c, a, 'nobody'])).keys()]).toEqual([c, a]);
    await saveNote(db, { creatorId: a, baseRevision: 1, patch: { text: 'A2' }, editor: 't' }, 13);
    expect(await countNotes(db)).toBe(3);
    expect((await getNote(db, b))?.text).toBe('B');

    await ingestPageData(db, pageData({ creators: [makeCreator(b)] }), 20);
    expect(await deleteCreator(db, b, { withSellerEntries: true })).toMatchObject({ note: true });
    expect(await getNote(db, b)).toBeNull();
    expect(await countNotes(db)).toBe(2);
    expect((await queryCreators(db, { tag: 'x' })).total).toBe(0);
    for (const id of [a, c]) {
      await ingestPageData(db, pageData({ creators: [makeCreator(id)] }), 21);
      await deleteCreator(db, id, { withSellerEntries: true });
    }
    // an emptied bucket is removed, not kept as an empty record
    expect(await db.count('noteBuckets')).toBe(0);
    expect(await countNotes(db)).toBe(0);
  });

  it('tag filter and next-action order equal a scan of every note, across many buckets', async () => {
    const { db } = await freshDb();
    const N = 2_500;
    const notes = Array.from({ length: N }, (_, i) => note(`c${i}`, {
      tags: i % 9 === 0 ? ['vip'] : i % 4 === 0 ? ['other'] : [],
      nextActionAt: i % 6 === 0 ? 1_000 + (i % 17) : null,
    }));
    const creators = Array.from({ length: 600 }, (_, i) => ({
      ...makeCreator(`c${i * 4}`), firstSeenAt: 1, updatedAt: 1, status: 'candidate' as const, score: null, handleKey: `h${i}`, scoreKey: -1,
    }));
    await applyImport(db, { records: { creators, notes } }, { dryRun: false, now: 5 });
    expect(await countNotes(db)).toBe(N);
    const creatorIds = new Set(creators.map((c) => c.id));
    const vip = await queryCreators(db, { tag: 'vip', sortBy: 'handle', limit: 500 });
    expect(new Set(vip.rows.map((r) => r.creator.id))).toEqual(new Set(notes.filter((n) => n.tags.includes('vip') && creatorIds.has(n.creatorId)).map((n) => n.creatorId)));
    const next = await queryCreators(db, { sortBy: 'nextActionAt', sortDir: 'asc', limit: 500 });
    const dated = notes.filter((n) => n.nextActionAt != null && creatorIds.has(n.creatorId))
      .sort((x, y) => x.nextActionAt! - y.nextActionAt! || (x.creatorId < y.creatorId ? -1 : 1)).map((n) => n.creatorId);
    expect(next.rows.map((r) => r.creator.id).slice(0, dated.length)).toEqual(dated);
    expect(next.rows.slice(0, dated.length).every((r) => r.note?.nextActionAt != null)).toBe(true);
    // the export lists notes in creator id order, as the v7 store did
    expect((await dumpAll(db)).notes.map((n) => n.creatorId)).toEqual(notes.map((n) => n.creatorId).sort());
    const space = await storageSpace(db);
    expect(space.find((s) => s.store === 'notes')).toMatchObject({ count: N });
    expect(space.find((s) => s.store === 'notes')!.approxBytes).toBeGreaterThan(N * 100);
  });

  it('a re-import of the same notes is unchanged and keeps the count', async () => {
    const { db } = await freshDb();
    const notes = Array.from({ length: 300 }, (_, i) => note(`n${i}`));
    await applyImport(db, { records: { notes } }, { dryRun: false, now: 5 });
    const again = await applyImport(db, { records: { notes } }, { dryRun: false, now: 6 });
    expect(again.counts.notes).toEqual({ added: 0, changed: 0, unchanged: 300 });
    expect(await countNotes(db)).toBe(300);
  });
});
