/**
 * Schema history of the 'mitate' database, one function per version step.
 *
 * v1 (first release): creators (Creator + updatedAt, index handle), snapshots (index creatorId),
 *   notes `{ creatorId, text, updatedAt }` where the seller typed the status into the text as a leading
 *   "[invited]" tag, and settings.
 * v2 (current): notes get status/tags/rating/nextActionAt/sample fields and a revision for optimistic
 *   concurrency; creators get status/score/sort keys and more indexes; snapshots get a creatorId+at index;
 *   collaborations, costs, products, orders and observations stores are added.
 * v3: pageFormats store (answers Mitate could not read, redacted shapes; index lastSeen). Nothing else changes.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { DEFAULT_NOTE_STATUS, NOTE_FIELDS, NOTE_STATUSES, type Note, type NoteStatus, type StoredCreator } from './records';

// Migrations run inside the versionchange transaction, where the database is untyped (its shape is changing).
/* eslint-disable @typescript-eslint/no-explicit-any */
export type UpgradeDb = IDBPDatabase<any>;
export type UpgradeTx = IDBPTransaction<any, any, 'versionchange'>;
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => Promise<void>;

/** Latest schema version; bump together with a new entry in MIGRATIONS. */
export const CURRENT_VERSION = 3;

/** The v1 note shape, kept for the migration and its test. */
export interface NoteV1 {
  creatorId: string;
  text: string;
  updatedAt: number;
}

/** Status tag a v1 note may start with, e.g. "[sample_sent] shipped Tuesday". */
const V1_STATUS_TAG = /^\s*\[([a-z_]+)\]\s*/;

export function splitV1StatusTag(text: string): { status: NoteStatus; text: string } {
  const match = V1_STATUS_TAG.exec(text);
  if (match && (NOTE_STATUSES as readonly string[]).includes(match[1]!)) {
    return { status: match[1] as NoteStatus, text: text.slice(match[0].length) };
  }
  return { status: DEFAULT_NOTE_STATUS, text };
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
  const statusByCreator = new Map<string, NoteStatus>();
  const notes = tx.objectStore('notes');
  let noteCursor = await notes.openCursor();
  while (noteCursor) {
    const old = noteCursor.value as NoteV1;
    const { status, text } = splitV1StatusTag(old.text);
    const next: Note = {
      creatorId: old.creatorId,
      text,
      status,
      tags: [],
      rating: null,
      nextActionAt: null,
      sampleCostJpy: null,
      sampleTrackingNo: null,
      revision: 1,
      fieldRevisions: Object.fromEntries(NOTE_FIELDS.map((field) => [field, 1])),
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
    const old = creatorCursor.value as Omit<StoredCreator, 'firstSeenAt' | 'status' | 'score' | 'handleKey' | 'scoreKey'>;
    const next: StoredCreator = {
      ...old,
      firstSeenAt: old.updatedAt,
      status: statusByCreator.get(old.id) ?? DEFAULT_NOTE_STATUS,
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

/** Adds the Page formats store (lib/store/page-formats.ts); existing stores are untouched. */
export const addPageFormatsStore: Migration = async (db) => {
  const pageFormats = db.createObjectStore('pageFormats', { keyPath: 'id' });
  pageFormats.createIndex('lastSeen', 'lastSeen');
};

/** MIGRATIONS[n] upgrades from version n to n + 1. */
export const MIGRATIONS: readonly Migration[] = [migrateTo1, migrateTo2, addPageFormatsStore];

/** Runs every step from oldVersion up to newVersion in order, inside the upgrade transaction. */
export async function runMigrations(db: UpgradeDb, tx: UpgradeTx, oldVersion: number, newVersion: number): Promise<void> {
  for (let version = oldVersion; version < newVersion; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from version ${version}`);
    await step(db, tx);
  }
}
