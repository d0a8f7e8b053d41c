/**
 * Records as schema version 8 stores them. FROZEN once released: never edit this file (see v1.ts for why).
 * v8 moves notes from the `notes` store (one record per note) into `noteBuckets`: each record holds every note whose
 * creator id hashes to its bucket. In Chromium each stored record costs about 0.1 ms to put whatever its size (100,000
 * notes as 100,000 puts took 14-17 s, the same notes as 1,024 bucket puts about 0.4 s), so a 100,000-note import
 * has to write few records. The bucket count is part of the stored layout: changing it needs a migration.
 * The notes themselves are unchanged (NoteV3). The counts store also counts notes now.
 */
import type { NoteV3 } from './v3';

/**
 * Buckets notes are spread over. 1,024 keeps a bucket at 100,000 notes near 40 kB, under the 64 kB above which Chromium
 * keeps a value in a separate blob file (slower to read one), and makes a single note's save read and write about
 * 0.1 % of the notes; fewer buckets made the import faster but the dashboard's page of 50 rows read more notes.
 */
export const NOTE_BUCKETS_V8 = 1_024;

/** Bucket of a creator id: 32-bit FNV-1a over its UTF-16 code units, modulo NOTE_BUCKETS_V8. */
export function noteBucketV8(creatorId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < creatorId.length; i++) {
    hash ^= creatorId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % NOTE_BUCKETS_V8;
}

export interface NoteBucketV8 {
  /** key: noteBucketV8 of every note's creatorId */
  bucket: number;
  /** the bucket's notes, in creator id order (IndexedDB's string order); a bucket without notes is deleted */
  notes: NoteV3[];
  /** distinct tags of the notes, multiEntry index `tags`: a tag filter reads only the buckets holding the tag */
  tags: string[];
}

/** The stored record of a bucket's notes (sorted, tags united). */
export function noteBucketRecordV8(bucket: number, notes: readonly NoteV3[]): NoteBucketV8 {
  const sorted = [...notes].sort((a, b) => (a.creatorId < b.creatorId ? -1 : a.creatorId > b.creatorId ? 1 : 0));
  const tags = new Set<string>();
  for (const note of sorted) for (const tag of note.tags) tags.add(tag);
  return { bucket, notes: sorted, tags: [...tags] };
}

/** Stores whose records are counted. */
export type CountedStoreV8 = 'creators' | 'notes';

export interface CountRowV8 {
  /** key: the counted store's name ('notes': the notes in all buckets) */
  store: CountedStoreV8;
  count: number;
}
