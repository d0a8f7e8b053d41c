/** Opening the 'mitate' database from a given IDBFactory (never the global), with one cached open per factory. */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { PageFormat } from '../seller-center/format-report';
import { StoreError, toStoreError } from './errors';
import { CURRENT_VERSION, runMigrations, type UpgradeDb, type UpgradeTx } from './migrations';
import {
  DB_NAME,
  type CollaborationRecord,
  type Cost,
  type Observation,
  type ProductCost,
  type SampleRecord,
  type StoredPerformance,
  type SettingRecord,
  type Snapshot,
  type StoredCreator,
  type StoredOrder,
  type StoredProduct,
} from './records';
import type { SearchRowV6 } from './frozen/v6';
import type { CountRowV8, CountedStoreV8 } from './frozen/v8';
import type { NoteBucket } from './note-buckets';

export interface MitateSchema extends DBSchema {
  creators: { key: string; value: StoredCreator; indexes: { handle: string; updatedAt: number; status: string; score: number } };
  snapshots: { key: number; value: Snapshot; indexes: { creatorId: string; creatorAt: [string, number] } };
  /** v8: the notes, many per record (lib/store/note-buckets.ts); exported and imported as the logical store 'notes' */
  noteBuckets: { key: number; value: NoteBucket; indexes: { tags: string } };
  collaborations: { key: string; value: CollaborationRecord; indexes: { creatorIds: string; planId: string } };
  costs: { key: string; value: Cost; indexes: { creatorId: string; at: number } };
  products: { key: string; value: StoredProduct };
  orders: { key: [string, string]; value: StoredOrder; indexes: { creatorId: string; createdAt: number } };
  observations: { key: string; value: Observation; indexes: { category: string } };
  settings: { key: string; value: SettingRecord };
  productCosts: { key: string; value: ProductCost };
  samples: { key: string; value: SampleRecord; indexes: { creatorId: string } };
  /** diagnostics, not seller data: deliberately absent from STORE_NAMES (export/import) */
  pageFormats: { key: string; value: PageFormat; indexes: { lastSeen: number } };
  performance: { key: string; value: StoredPerformance; indexes: { periodStart: number } };
  /** v6: derived free-text search index (lib/store/search.ts); not a StoreName, so never exported or imported */
  search: { key: string; value: SearchRowV6; indexes: { terms: string } };
  /** v7: derived record counts (lib/store/counts.ts; v8 also counts notes); not a StoreName, so never exported or imported */
  counts: { key: CountedStoreV8; value: CountRowV8 };
}
export type MitateDb = IDBPDatabase<MitateSchema>;
/** The stores an export holds; 'notes' is logical (stored in noteBuckets since v8), the others are object stores. */
export type StoreName =
  | 'creators' | 'snapshots' | 'notes' | 'collaborations' | 'costs' | 'products' | 'orders' | 'observations' | 'settings'
  | 'productCosts' | 'samples' | 'performance';
/** Exported stores that are object stores of the same name. */
export type RecordStoreName = Exclude<StoreName, 'notes'>;
/** Default wait while another tab blocks an upgrade: long enough for a well-behaved tab to close its connection. */
export const DEFAULT_BLOCKED_TIMEOUT_MS = 5_000;

export const STORE_NAMES: readonly StoreName[] = [
  'creators', 'snapshots', 'notes', 'collaborations', 'costs', 'products', 'orders', 'observations', 'settings',
  'productCosts', 'samples', 'performance',
];
/** The object stores holding the exported stores' records. */
export const RECORD_STORE_NAMES: ReadonlyArray<RecordStoreName | 'noteBuckets'> = STORE_NAMES.map((name) => (name === 'notes' ? 'noteBuckets' : name));

export interface OpenOptions {
  /** only tests open an older version */
  version?: number;
  /** another tab holds an older version open and has not closed it yet */
  onBlocked?: () => void;
  /**
   * How long to wait while blocked before failing with StoreError 'blocked' (the seller must close the old tab).
   * The open continues in the background; a connection that arrives late is closed, the next call reopens.
   */
  blockedTimeoutMs?: number;
  /** another tab wants a newer version: we close our connection so it can proceed */
  onBlocking?: () => void;
  /** the browser closed the connection (e.g. storage cleared); the next call reopens */
  onTerminated?: () => void;
}

const openCache = new WeakMap<IDBFactory, Promise<MitateDb>>();

/**
 * Opens (and migrates) the database. The promise is cached per factory so an MV3 worker that wakes up reopens
 * lazily once; it is dropped when the connection closes, is asked to close, or fails to open.
 */
export function openMitateDb(factory: IDBFactory, options: OpenOptions = {}): Promise<MitateDb> {
  const version = options.version ?? CURRENT_VERSION;
  const cacheable = version === CURRENT_VERSION;
  if (cacheable) {
    const cached = openCache.get(factory);
    if (cached) return cached;
  }
  const opening = openUncached(factory, version, options, () => {
    if (openCache.get(factory) === opening) openCache.delete(factory);
  });
  if (cacheable) openCache.set(factory, opening);
  return opening;
}

/** Forgets the cached connection (closing it); tests and "clear data" use this. */
export async function closeMitateDb(factory: IDBFactory): Promise<void> {
  const cached = openCache.get(factory);
  openCache.delete(factory);
  if (cached) (await cached.catch(() => null))?.close();
}

function openUncached(factory: IDBFactory, version: number, options: OpenOptions, forget: () => void): Promise<MitateDb> {
  return new Promise<MitateDb>((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, version);
    } catch (error) {
      forget();
      reject(toStoreError(error));
      return;
    }
    let migrationError: unknown = null;
    let gaveUp = false;
    let blockedTimer: ReturnType<typeof setTimeout> | null = null;
    request.addEventListener('upgradeneeded', (event) => {
      const db = wrap(request.result) as unknown as UpgradeDb;
      const tx = wrap(request.transaction!) as unknown as UpgradeTx;
      // a failed migration aborts this transaction; the open request reports it, so `done` needs no second report
      tx.done.catch(() => undefined);
      runMigrations(db, tx, event.oldVersion, event.newVersion ?? version).catch((error: unknown) => {
        migrationError = error;
        try {
          tx.abort();
        } catch {
          // already finished: the open request reports the failure itself
        }
      });
    });
    request.addEventListener('blocked', () => {
      options.onBlocked?.();
      if (blockedTimer !== null) return;
      blockedTimer = setTimeout(() => {
        gaveUp = true;
        forget();
        reject(new StoreError('blocked', 'Another Mitate tab is using an older version of the database; close it and try again'));
      }, options.blockedTimeoutMs ?? DEFAULT_BLOCKED_TIMEOUT_MS);
    });
    request.addEventListener('success', () => {
      if (blockedTimer !== null) clearTimeout(blockedTimer);
      const raw = request.result;
      if (gaveUp) {
        raw.close();
        return;
      }
      raw.addEventListener('versionchange', () => {
        // Let the other tab's upgrade go ahead; our next call opens the new version.
        forget();
        raw.close();
        options.onBlocking?.();
      });
      raw.addEventListener('close', () => {
        forget();
        options.onTerminated?.();
      });
      resolve(wrap(raw) as unknown as MitateDb);
    });
    request.addEventListener('error', (event) => {
      event.preventDefault();
      if (blockedTimer !== null) clearTimeout(blockedTimer);
      forget();
      const error = migrationError
        ? new StoreError('version', `Migration failed: ${String((migrationError as Error).message ?? migrationError)}`)
        : toStoreError(request.error);
      reject(error);
    });
  });
}
