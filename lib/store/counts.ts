/**
 * The number of creators, kept in the derived `counts` store (schema v7) by every transaction that adds or deletes a
 * creator (ingest, import, deleteCreator), so the dashboard's total costs one read: in Chromium count() walks every
 * entry. Without the row (it is only absent if something removed it) the count is taken the slow way.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { MitateSchema } from './db';

type AnyStores = ArrayLike<StoreNames<MitateSchema>>;
type WriteTx = IDBPTransaction<MitateSchema, AnyStores, 'readwrite'>;
type ReadTx = IDBPTransaction<MitateSchema, AnyStores, IDBTransactionMode>;

/** Adds `delta` (records added minus deleted in this transaction) to a stored count; the tx must include counts. */
export async function adjustCount(tx: WriteTx, store: 'creators' | 'notes', delta: number): Promise<void> {
  if (delta === 0) return;
  const counts = tx.objectStore('counts');
  const row = await counts.get(store);
  if (row) await counts.put({ store, count: row.count + delta });
}

/** Adds `delta` (creators added minus deleted in this transaction) to the stored creator count. */
export function adjustCreatorCount(tx: WriteTx, delta: number): Promise<void> {
  return adjustCount(tx, 'creators', delta);
}

/** How many creators are stored; the tx must include creators and counts. */
export async function creatorCount(tx: ReadTx): Promise<number> {
  const row = await tx.objectStore('counts').get('creators');
  return row ? row.count : tx.objectStore('creators').count();
}
