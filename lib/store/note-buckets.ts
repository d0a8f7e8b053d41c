/**
 * Where notes live since schema v8: in `noteBuckets`, many notes per record (layout and why: frozen/v8.ts). Every
 * other module reads and writes notes through this file (or notes.ts / transfer.ts / query.ts built on it), by
 * creator id, and never sees a bucket. A note write reads its bucket and writes it back in the caller's transaction,
 * so two tabs saving at once are still serialised by IndexedDB and merged by saveNote.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { MitateSchema } from './db';
import { NOTE_BUCKETS_V8, noteBucketRecordV8, noteBucketV8, type NoteBucketV8 } from './frozen/v8';
import type { Note } from './records';
import { adjustCount } from './counts';

export type NoteBucket = Omit<NoteBucketV8, 'notes'> & { notes: Note[] };
export const NOTE_BUCKETS = NOTE_BUCKETS_V8;
export const noteBucketOf = noteBucketV8;

type AnyStores = ArrayLike<StoreNames<MitateSchema>>;
type ReadTx = IDBPTransaction<MitateSchema, AnyStores, IDBTransactionMode>;
type WriteTx = IDBPTransaction<MitateSchema, AnyStores, 'readwrite'>;

/** Loading more buckets than this reads the whole store in one request instead of a get each. */
const PARALLEL_BUCKET_LIMIT = NOTE_BUCKETS / 4;

function bucketRecord(bucket: number, notes: Iterable<Note>): NoteBucket {
  return noteBucketRecordV8(bucket, [...notes]) as NoteBucket;
}

/**
 * The notes of one transaction, bucket by bucket: `load` the creators' buckets, then `get`, `put` and `delete` in
 * memory, and `flush` to write each changed bucket once (and keep the notes count in step). The transaction must
 * include noteBuckets (and counts, to flush).
 */
export class NoteBucketSet {
  private readonly buckets = new Map<number, Map<string, Note>>();
  private readonly changed = new Set<number>();
  private delta = 0;

  constructor(private readonly tx: ReadTx) {}

  /** Reads the buckets of these creators that are not loaded yet. */
  async load(creatorIds: Iterable<string>): Promise<void> {
    const wanted = new Set<number>();
    for (const id of creatorIds) {
      const bucket = noteBucketOf(id);
      if (!this.buckets.has(bucket)) wanted.add(bucket);
    }
    await this.loadBuckets(wanted);
  }

  /** Reads every bucket not loaded yet (one request). */
  async loadAll(): Promise<void> {
    const wanted = new Set<number>();
    for (let bucket = 0; bucket < NOTE_BUCKETS; bucket++) if (!this.buckets.has(bucket)) wanted.add(bucket);
    await this.loadBuckets(wanted);
  }

  private async loadBuckets(wanted: ReadonlySet<number>): Promise<void> {
    if (wanted.size === 0) return;
    const store = this.tx.objectStore('noteBuckets');
    const records = wanted.size > PARALLEL_BUCKET_LIMIT
      ? (await store.getAll()).filter((record) => wanted.has(record.bucket))
      : (await Promise.all([...wanted].map((bucket) => store.get(bucket)))).filter((record) => record !== undefined);
    for (const bucket of wanted) this.buckets.set(bucket, new Map());
    for (const record of records) this.buckets.set(record.bucket, new Map(record.notes.map((note) => [note.creatorId, note])));
  }

  /** These creators' notes, by creator id (a creator without a note is absent); their buckets are loaded first. */
  async notesOf(creatorIds: Iterable<string>): Promise<Map<string, Note>> {
    const ids = [...new Set(creatorIds)];
    await this.load(ids);
    const out = new Map<string, Note>();
    for (const id of ids) {
      const note = this.get(id);
      if (note) out.set(id, note);
    }
    return out;
  }

  /** A loaded creator's note (undefined: none). Throws if its bucket was not loaded (a programming error). */
  get(creatorId: string): Note | undefined {
    return this.loaded(creatorId).get(creatorId);
  }

  /** Replaces or adds the note (its bucket must be loaded); written by flush. */
  put(note: Note): void {
    const notes = this.loaded(note.creatorId);
    if (!notes.has(note.creatorId)) this.delta += 1;
    notes.set(note.creatorId, note);
    this.changed.add(noteBucketOf(note.creatorId));
  }

  /** Removes the note (its bucket must be loaded); true when there was one. */
  delete(creatorId: string): boolean {
    const notes = this.loaded(creatorId);
    if (!notes.delete(creatorId)) return false;
    this.delta -= 1;
    this.changed.add(noteBucketOf(creatorId));
    return true;
  }

  /** Writes every changed bucket (a bucket left empty is deleted) and adjusts the notes count. */
  async flush(): Promise<void> {
    const tx = this.tx as WriteTx;
    const store = tx.objectStore('noteBuckets');
    const writes: Array<Promise<unknown>> = [];
    for (const bucket of this.changed) {
      const notes = this.buckets.get(bucket)!;
      writes.push(notes.size === 0 ? store.delete(bucket) : store.put(bucketRecord(bucket, notes.values())));
    }
    this.changed.clear();
    if (this.delta !== 0) writes.push(adjustCount(tx, 'notes', this.delta));
    this.delta = 0;
    await Promise.all(writes);
  }

  private loaded(creatorId: string): Map<string, Note> {
    const notes = this.buckets.get(noteBucketOf(creatorId));
    if (!notes) throw new Error(`Note bucket of ${creatorId} not loaded`);
    return notes;
  }
}

/** These creators' notes, by creator id (a creator without a note is absent). */
export function readNotes(tx: ReadTx, creatorIds: Iterable<string>): Promise<Map<string, Note>> {
  return new NoteBucketSet(tx).notesOf(creatorIds);
}

/** Every note, in creator id order (as the v7 notes store listed them). */
export async function allNotes(tx: ReadTx): Promise<Note[]> {
  const notes = (await tx.objectStore('noteBuckets').getAll()).flatMap((record) => record.notes);
  return notes.sort((a, b) => (a.creatorId < b.creatorId ? -1 : a.creatorId > b.creatorId ? 1 : 0));
}

/** Ids of the creators whose note has this tag, in creator id order. */
export async function creatorIdsWithTag(tx: ReadTx, tag: string): Promise<string[]> {
  const records = await tx.objectStore('noteBuckets').index('tags').getAll(tag);
  const ids: string[] = [];
  for (const record of records) for (const note of record.notes) if (note.tags.includes(tag)) ids.push(note.creatorId);
  return ids.sort();
}

/** Ids of the creators whose note has a next action, by that date (ties by creator id), as an index on it ordered them. */
export async function creatorIdsByNextAction(tx: ReadTx): Promise<string[]> {
  const dated: Array<{ id: string; at: number }> = [];
  for (const record of await tx.objectStore('noteBuckets').getAll()) {
    for (const note of record.notes) if (typeof note.nextActionAt === 'number') dated.push({ id: note.creatorId, at: note.nextActionAt });
  }
  dated.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return dated.map((entry) => entry.id);
}

/** How many notes are stored; the tx must include noteBuckets and counts. */
export async function noteCount(tx: ReadTx): Promise<number> {
  const row = await tx.objectStore('counts').get('notes');
  if (row) return row.count;
  let count = 0;
  for (const record of await tx.objectStore('noteBuckets').getAll()) count += record.notes.length;
  return count;
}

/** Up to `limit` notes, for a size estimate: reads only as many buckets as it needs (about count ÷ NOTE_BUCKETS each). */
export async function sampleNotes(tx: ReadTx, limit: number, count: number): Promise<Note[]> {
  if (count === 0 || limit <= 0) return [];
  const perBucket = Math.max(1, count / NOTE_BUCKETS);
  const buckets = Math.min(NOTE_BUCKETS, Math.ceil((limit / perBucket) * 1.5));
  const records = await tx.objectStore('noteBuckets').getAll(undefined, buckets);
  return records.flatMap((record) => record.notes).slice(0, limit);
}
