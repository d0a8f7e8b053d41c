/**
 * Schema history of the 'mitate' database, one function per version step. Each step reads and writes only the
 * frozen record types of its own versions (lib/store/frozen/vN.ts), never the live ones in records.ts, so a later
 * field change cannot silently rewrite an old migration (issue 19).
 *
 * v1 (first release): creators (Creator + updatedAt, index handle), snapshots (index creatorId),
 *   notes `{ creatorId, text, updatedAt }` where the seller typed the status into the text as a leading
 *   "[invited]" tag, and settings.
 * v2: notes get status/tags/rating/nextActionAt/sample fields and a revision for optimistic
 *   concurrency; creators get status/score/sort keys and more indexes; snapshots get a creatorId+at index;
 *   collaborations, costs, products, orders and observations stores are added.
 * v3: notes get a dated timeline of status changes (built from the v2 status and sample fields);
 *   productCosts (the seller's cost of goods) and samples stores are added; the v2 default ROI threshold of 1,
 *   which never fired, is dropped so the new default (off; warn on losses instead) applies.
 * v4: pageFormats store (answers Mitate could not read, redacted shapes; index lastSeen). Nothing else
 *   changes.
 * v5: performance store (Analytics performance rows for the weekly review; index periodStart). Nothing
 *   else changes.
 * v6: the derived `search` store (free-text search index, bigrams of each creator's id, handle, nickname,
 *   note text and tags in a multiEntry index) is added and built from the v5 creators and notes.
 * v7: the derived `counts` store (the number of creators, kept in step by every write that adds or deletes
 *   one) is added and filled from the v6 creators. Nothing else changes.
 * v8 (current): notes move into `noteBuckets` (many notes per record, frozen/v8.ts; index tags = the bucket's
 *   tags) and the `notes` store is deleted; the counts store also counts notes. The notes themselves are unchanged.
 */
import { unwrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { NOTE_STATUSES_V1, type CreatorV1, type NoteStatusV1, type NoteV1, type SettingRecordV1 } from './frozen/v1';
import { DEFAULT_NOTE_STATUS_V2, NOTE_FIELDS_V2, type CreatorV2, type NoteV2 } from './frozen/v2';
import type { NoteV3, TimelineEventV3 } from './frozen/v3';
import { searchRowV6 } from './frozen/v6';
import type { CountRowV7 } from './frozen/v7';
import { noteBucketRecordV8, noteBucketV8, type CountRowV8 } from './frozen/v8';

// Migrations run inside the versionchange transaction, where the database is untyped (its shape is changing).
export type UpgradeDb = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>;
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => Promise<void>;

/** Latest schema version; bump together with a new entry in MIGRATIONS and a new frozen/vN.ts. */
export const CURRENT_VERSION = 8;
/**
 * Versions whose exports hold exactly the current stores' records (v4-v7 added only pageFormats, performance and the
 * derived search and counts stores, none exported; v8 changed how notes are stored, not what a note is).
 */
export const IMPORTABLE_EXPORT_VERSIONS: readonly number[] = [3, 4, 5, 6, 7, 8];

export type { NoteV1 } from './frozen/v1';

/** Status tag a v1 note may start with, e.g. "[sample_sent] shipped Tuesday". */
const V1_STATUS_TAG = /^\s*\[([a-z_]+)\]\s*/;

export function splitV1StatusTag(text: string): { status: NoteStatusV1; text: string } {
  const match = V1_STATUS_TAG.exec(text);
  if (match && (NOTE_STATUSES_V1 as readonly string[]).includes(match[1]!)) {
    return { status: match[1] as NoteStatusV1, text: text.slice(match[0].length) };
  }
  return { status: DEFAULT_NOTE_STATUS_V2, text };
}

/** Sort keys kept beside nullable fields because IndexedDB indexes skip null. */
export function handleKeyOf(handle: string | null): string {
  return (handle ?? '').toLowerCase();
}
/** Sort key for an unknown score: below every real score (0-100) and, unlike -Infinity, survives JSON export. */
export const UNKNOWN_SCORE_KEY = -1;
export function scoreKeyOf(score: number | null): number {
  return score ?? UNKNOWN_SCORE_KEY;
}

export const migrateTo1: Migration = async (db) => {
  const creators = db.createObjectStore('creators', { keyPath: 'id' });
  creators.createIndex('handle', 'handle');
  const snapshots = db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
  snapshots.createIndex('creatorId', 'creatorId');
  db.createObjectStore('notes', { keyPath: 'creatorId' });
  db.createObjectStore('settings', { keyPath: 'key' });
};

export const migrateTo2: Migration = async (db, tx) => {
  // notes: lift the status tag out of the text, add the v2 fields; revision 1 = "as migrated"
  const statusByCreator = new Map<string, NoteStatusV1>();
  const notes = tx.objectStore('notes');
  let noteCursor = await notes.openCursor();
  while (noteCursor) {
    const old = noteCursor.value as NoteV1;
    const { status, text } = splitV1StatusTag(old.text);
    const next: NoteV2 = {
      creatorId: old.creatorId,
      text,
      status,
      tags: [],
      rating: null,
      nextActionAt: null,
      sampleCostJpy: null,
      sampleTrackingNo: null,
      revision: 1,
      fieldRevisions: Object.fromEntries(NOTE_FIELDS_V2.map((field) => [field, 1])),
      updatedAt: old.updatedAt,
      updatedBy: 'migration-v2',
    };
    statusByCreator.set(old.creatorId, status);
    await noteCursor.update(next);
    noteCursor = await noteCursor.continue();
  }
  notes.createIndex('status', 'status');
  notes.createIndex('tags', 'tags', { multiEntry: true });
  notes.createIndex('updatedAt', 'updatedAt');
  notes.createIndex('nextActionAt', 'nextActionAt');

  const creators = tx.objectStore('creators');
  let creatorCursor = await creators.openCursor();
  while (creatorCursor) {
    const old = creatorCursor.value as CreatorV1;
    const next: CreatorV2 = {
      ...old,
      firstSeenAt: old.updatedAt,
      status: statusByCreator.get(old.id) ?? DEFAULT_NOTE_STATUS_V2,
      score: null,
      handleKey: handleKeyOf(old.handle),
      scoreKey: scoreKeyOf(null),
    };
    await creatorCursor.update(next);
    creatorCursor = await creatorCursor.continue();
  }
  creators.deleteIndex('handle');
  creators.createIndex('handle', 'handleKey');
  creators.createIndex('updatedAt', 'updatedAt');
  creators.createIndex('status', 'status');
  creators.createIndex('score', 'scoreKey');

  const snapshots = tx.objectStore('snapshots');
  snapshots.createIndex('creatorAt', ['creatorId', 'at']);

  const collaborations = db.createObjectStore('collaborations', { keyPath: 'id' });
  collaborations.createIndex('creatorIds', 'creatorIds', { multiEntry: true });
  collaborations.createIndex('planId', 'planId');
  const costs = db.createObjectStore('costs', { keyPath: 'id' });
  costs.createIndex('creatorId', 'creatorId');
  costs.createIndex('at', 'at');
  db.createObjectStore('products', { keyPath: 'id' });
  const orders = db.createObjectStore('orders', { keyPath: ['orderId', 'skuKey'] });
  orders.createIndex('creatorId', 'creatorId');
  orders.createIndex('createdAt', 'createdAt');
  const observations = db.createObjectStore('observations', { keyPath: 'id' });
  observations.createIndex('category', 'category');
};

/**
 * A v2 note's timeline: v2 kept only the current status, so its one dated fact is "this status, as of the note's
 * last save". A recorded sample cost or tracking number becomes a sample_sent event (before the status event when the
 * status had moved past it), so the cost stays counted in ROI. Ids start "v2-" so they never clash with later ones.
 */
export function timelineFromV2(note: NoteV2): TimelineEventV3[] {
  const events: TimelineEventV3[] = [];
  const at = note.updatedAt;
  const hasSample = note.sampleCostJpy != null || (note.sampleTrackingNo != null && note.sampleTrackingNo !== '');
  const event = (id: string, status: TimelineEventV3['status'], sample: boolean): TimelineEventV3 => ({
    id, status, at, recordedAt: at,
    costJpy: sample ? note.sampleCostJpy : null,
    shippingJpy: null,
    trackingNo: sample ? note.sampleTrackingNo : null,
    dueAt: null,
    memo: '',
  });
  if (hasSample && note.status !== 'sample_sent') events.push(event('v2-sample', 'sample_sent', true));
  if (note.status !== DEFAULT_NOTE_STATUS_V2) events.push(event('v2-status', note.status, note.status === 'sample_sent'));
  return events;
}

/** The v2 default that never fired (GMV ÷ commission runs about 1.1 ÷ the commission rate, 8x at 13 %). */
const V2_DEFAULT_ROI_THRESHOLD = 1;

export const migrateTo3: Migration = async (db, tx) => {
  const notes = tx.objectStore('notes');
  let cursor = await notes.openCursor();
  while (cursor) {
    const old = cursor.value as NoteV2;
    const next: NoteV3 = { ...old, timeline: timelineFromV2(old) };
    await cursor.update(next);
    cursor = await cursor.continue();
  }
  const settings = tx.objectStore('settings');
  const threshold = (await settings.get('roiThreshold')) as SettingRecordV1 | undefined;
  if (threshold && threshold.value === V2_DEFAULT_ROI_THRESHOLD) await settings.delete('roiThreshold');

  db.createObjectStore('productCosts', { keyPath: 'productId' });
  const samples = db.createObjectStore('samples', { keyPath: 'id' });
  samples.createIndex('creatorId', 'creatorId');
};

/** Adds the Page formats store (lib/store/page-formats.ts, records as frozen/v4.ts); existing stores are untouched. */
export const migrateTo4: Migration = async (db) => {
  const pageFormats = db.createObjectStore('pageFormats', { keyPath: 'id' });
  pageFormats.createIndex('lastSeen', 'lastSeen');
};

export const migrateTo5: Migration = async (db) => {
  const performance = db.createObjectStore('performance', { keyPath: 'key' });
  performance.createIndex('periodStart', 'periodStart');
};

/** Builds the search index for every stored creator: two reads and queued puts, not a round trip per creator. */
export const migrateTo6: Migration = async (db, tx) => {
  const search = db.createObjectStore('search', { keyPath: 'creatorId' });
  search.createIndex('terms', 'terms', { multiEntry: true });
  const [creators, notes] = await Promise.all([
    tx.objectStore('creators').getAll() as Promise<CreatorV2[]>,
    tx.objectStore('notes').getAll() as Promise<NoteV3[]>,
  ]);
  const noteOf = new Map(notes.map((note) => [note.creatorId, note]));
  const raw = unwrap(tx.objectStore('search'));
  for (const { id, handle, nickname } of creators) {
    const creator = { id, handle, nickname: typeof nickname === 'string' ? nickname : null };
    raw.put(searchRowV6({ creator, note: noteOf.get(id) ?? null }));
  }
};

/** Adds the counts store with the number of v6 creators (one count request, once). */
export const migrateTo7: Migration = async (db, tx) => {
  db.createObjectStore('counts', { keyPath: 'store' });
  const creators = (await tx.objectStore('creators').count()) as number;
  const row: CountRowV7 = { store: 'creators', count: creators };
  await tx.objectStore('counts').put(row);
};

/**
 * Moves every v7 note into its bucket (one read of the notes store, one put per bucket), deletes the notes store and
 * counts the notes. In the upgrade transaction: a failure leaves the v7 database as it was.
 */
export const migrateTo8: Migration = async (db, tx) => {
  const notes = (await tx.objectStore('notes').getAll()) as NoteV3[];
  const buckets = new Map<number, NoteV3[]>();
  for (const note of notes) {
    const bucket = noteBucketV8(note.creatorId);
    const list = buckets.get(bucket);
    if (list) list.push(note);
    else buckets.set(bucket, [note]);
  }
  const store = db.createObjectStore('noteBuckets', { keyPath: 'bucket' });
  store.createIndex('tags', 'tags', { multiEntry: true });
  const raw = unwrap(tx.objectStore('noteBuckets'));
  for (const [bucket, list] of buckets) raw.put(noteBucketRecordV8(bucket, list));
  db.deleteObjectStore('notes');
  const row: CountRowV8 = { store: 'notes', count: notes.length };
  await tx.objectStore('counts').put(row);
};

/** MIGRATIONS[n] upgrades from version n to n + 1. */
export const MIGRATIONS: readonly Migration[] = [migrateTo1, migrateTo2, migrateTo3, migrateTo4, migrateTo5, migrateTo6, migrateTo7, migrateTo8];

/** Runs every step from oldVersion up to newVersion in order, inside the upgrade transaction. */
export async function runMigrations(db: UpgradeDb, tx: UpgradeTx, oldVersion: number, newVersion: number): Promise<void> {
  for (let version = oldVersion; version < newVersion; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from version ${version}`);
    await step(db, tx);
  }
}
