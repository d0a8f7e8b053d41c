/** Small reads and writes: one creator's full record, orders, costs, observations, collaborations, settings. */
import * as z from 'zod/mini';
import type { MitateDb } from './db';
import { guard, StoreError } from './errors';
import { handleKeyOf, scoreKeyOf } from './migrations';
import { allNotes, readNotes } from './note-buckets';
import {
  collaborationRecordSchema,
  costSchema,
  DEFAULT_SETTINGS,
  productCostSchema,
  sampleRecordSchema,
  settingsSchema,
  type CollaborationRecord,
  type Cost,
  type Note,
  type Observation,
  type ProductCost,
  type SampleRecord,
  type Settings,
  type StoredPerformance,
  type Snapshot,
  type StoredCreator,
  type StoredOrder,
  type StoredProduct,
  type StoredVerdict,
} from './records';

export interface CreatorBundle {
  creator: StoredCreator | null;
  note: Note | null;
  snapshots: Snapshot[];
  collaborations: CollaborationRecord[];
  costs: Cost[];
}

function invalid(store: string, error: { issues: Array<{ path: PropertyKey[]; message: string }> }): StoreError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  return new StoreError('invalid', `Invalid ${store} field "${field}": ${issue?.message ?? ''}`, { store, field });
}

/** Stored creators for a list page, in one transaction (unknown ids are left out). */
export async function getCreators(db: MitateDb, creatorIds: readonly string[]): Promise<StoredCreator[]> {
  return guard(async () => {
    const tx = db.transaction('creators', 'readonly');
    const found = await Promise.all([...new Set(creatorIds)].map((id) => tx.store.get(id)));
    await tx.done;
    return found.filter((c): c is StoredCreator => c != null);
  });
}

/** Stored creators whose handle is one of `handles` (case-insensitive): the list's DOM fallback when no response was seen. */
export async function getCreatorsByHandles(db: MitateDb, handles: readonly string[]): Promise<StoredCreator[]> {
  return guard(async () => {
    const tx = db.transaction('creators', 'readonly');
    const index = tx.store.index('handle');
    const found = await Promise.all([...new Set(handles.map((h) => handleKeyOf(h.replace(/^@/, ''))))].filter(Boolean).map((key) => index.getAll(key)));
    await tx.done;
    return found.flat();
  });
}

/** Everything known about one creator; a creator never seen on the page may still have a note and costs. */
export async function getCreatorBundle(db: MitateDb, creatorId: string): Promise<CreatorBundle> {
  return guard(async () => {
    const tx = db.transaction(['creators', 'noteBuckets', 'snapshots', 'collaborations', 'costs'], 'readonly');
    const [creator, notes, snapshots, collaborations, costs] = await Promise.all([
      tx.objectStore('creators').get(creatorId),
      readNotes(tx, [creatorId]),
      tx.objectStore('snapshots').index('creatorAt').getAll(IDBKeyRange.bound([creatorId, -Infinity], [creatorId, Infinity])),
      tx.objectStore('collaborations').index('creatorIds').getAll(creatorId),
      tx.objectStore('costs').index('creatorId').getAll(creatorId),
    ]);
    await tx.done;
    return { creator: creator ?? null, note: notes.get(creatorId) ?? null, snapshots, collaborations, costs };
  });
}

/** A scorer's answer: the score alone (verdict unknown), or the score with its verdict (lib/scoring assessForBadge). */
export type CreatorScoreResult = number | null | { score: number | null; verdict: StoredVerdict | null };

function scoreFields(result: CreatorScoreResult): { score: number | null; verdict?: StoredVerdict | null } {
  return result != null && typeof result === 'object' ? { score: result.score, verdict: result.verdict } : { score: result };
}

/**
 * Sets the quality score computed elsewhere (lib/scoring), and its verdict when given; kept on the creator so the
 * dashboard can sort by score and filter by verdict.
 */
export async function setCreatorScore(db: MitateDb, creatorId: string, score: number | null, verdict?: StoredVerdict | null): Promise<void> {
  return guard(async () => {
    const tx = db.transaction('creators', 'readwrite');
    const creator = await tx.store.get(creatorId);
    if (!creator) throw new StoreError('not_found', `No creator ${creatorId}`);
    await tx.store.put({ ...creator, score, ...(verdict !== undefined ? { verdict } : {}), scoreKey: scoreKeyOf(score) });
    await tx.done;
  });
}

export interface OrderQuery {
  creatorId?: string;
  /** createdAt range, inclusive */
  from?: number;
  to?: number;
}
export async function listOrders(db: MitateDb, query: OrderQuery = {}): Promise<StoredOrder[]> {
  return guard(async () => {
    const orders = query.creatorId
      ? await db.getAllFromIndex('orders', 'creatorId', query.creatorId)
      : await db.getAll('orders');
    return orders.filter(
      (order) =>
        (query.from === undefined || (order.createdAt !== null && order.createdAt >= query.from)) &&
        (query.to === undefined || (order.createdAt !== null && order.createdAt <= query.to)),
    );
  });
}

export async function listCosts(db: MitateDb, query: { creatorId?: string } = {}): Promise<Cost[]> {
  return guard(async () => (query.creatorId ? db.getAllFromIndex('costs', 'creatorId', query.creatorId) : db.getAll('costs')));
}

export async function addCost(db: MitateDb, cost: Cost): Promise<Cost> {
  const parsed = costSchema.safeParse(cost);
  if (!parsed.success) throw invalid('costs', parsed.error);
  return guard(async () => {
    await db.put('costs', parsed.data);
    return parsed.data;
  });
}

export async function deleteCost(db: MitateDb, id: string): Promise<void> {
  return guard(async () => {
    const tx = db.transaction('costs', 'readwrite');
    if (!(await tx.store.get(id))) throw new StoreError('not_found', `No cost ${id}`);
    await tx.store.delete(id);
    await tx.done;
  });
}

export async function listObservations(db: MitateDb, query: { category?: string } = {}): Promise<Observation[]> {
  return guard(async () =>
    query.category ? db.getAllFromIndex('observations', 'category', query.category) : db.getAll('observations'),
  );
}

export async function saveCollaboration(db: MitateDb, record: CollaborationRecord): Promise<CollaborationRecord> {
  const parsed = collaborationRecordSchema.safeParse(record);
  if (!parsed.success) throw invalid('collaborations', parsed.error);
  return guard(async () => {
    await db.put('collaborations', parsed.data);
    return parsed.data;
  });
}

/**
 * Stored settings over the defaults; a stored value that no longer validates falls back to its default.
 * `defaults` lets the background put the browser's language in until the seller picks one.
 */
export async function getSettings(db: MitateDb, defaults: Settings = DEFAULT_SETTINGS): Promise<Settings> {
  return guard(async () => {
    const records = await db.getAll('settings');
    const out: Record<string, unknown> = { ...defaults };
    for (const record of records) {
      const fieldSchema = settingsSchema.shape[record.key];
      if (fieldSchema && fieldSchema.safeParse(record.value).success) out[record.key] = record.value;
    }
    return out as Settings;
  });
}

/** Validates the whole change first; writes all keys in one transaction or none. */
export async function setSettings(db: MitateDb, patch: Partial<Settings>, defaults: Settings = DEFAULT_SETTINGS): Promise<Settings> {
  const parsed = z.strictObject(z.partial(settingsSchema).shape).safeParse(patch);
  if (!parsed.success) throw invalid('settings', parsed.error);
  await guard(async () => {
    const tx = db.transaction('settings', 'readwrite');
    for (const [key, value] of Object.entries(parsed.data)) {
      if (value !== undefined) await tx.store.put({ key: key as keyof Settings, value });
    }
    await tx.done;
  });
  return getSettings(db, defaults);
}

/**
 * Re-scores the given creators from what is stored (the merged record, so videos seen earlier count), in one
 * transaction. The scorer is passed in: the store does not know how scores are made.
 */
export async function rescoreCreators(db: MitateDb, creatorIds: readonly string[], score: (creator: StoredCreator) => CreatorScoreResult): Promise<number> {
  return guard(async () => {
    const tx = db.transaction('creators', 'readwrite');
    let changed = 0;
    for (const id of new Set(creatorIds)) {
      const creator = await tx.store.get(id);
      if (!creator) continue;
      const next = scoreFields(score(creator));
      if (next.score === creator.score && (next.verdict === undefined || next.verdict === creator.verdict)) continue;
      await tx.store.put({ ...creator, ...next, scoreKey: scoreKeyOf(next.score) });
      changed += 1;
    }
    await tx.done;
    return changed;
  });
}

/** The seller's cost of goods, all products (a seller has hundreds at most). */
export async function listProductCosts(db: MitateDb): Promise<ProductCost[]> {
  return guard(async () => db.getAll('productCosts'));
}

/** Sets one product's cost of goods; `costOfGoodsJpy: null` removes it. */
export async function setProductCost(db: MitateDb, productId: string, costOfGoodsJpy: number | null, memo: string, now: number): Promise<ProductCost | null> {
  if (costOfGoodsJpy === null) {
    return guard(async () => {
      await db.delete('productCosts', productId);
      return null;
    });
  }
  const parsed = productCostSchema.safeParse({ productId, costOfGoodsJpy, memo, updatedAt: now });
  if (!parsed.success) throw invalid('productCosts', parsed.error);
  return guard(async () => {
    await db.put('productCosts', parsed.data);
    return parsed.data;
  });
}

export async function listSamples(db: MitateDb, query: { creatorId?: string } = {}): Promise<SampleRecord[]> {
  return guard(async () => (query.creatorId ? db.getAllFromIndex('samples', 'creatorId', query.creatorId) : db.getAll('samples')));
}

/** Fields only the seller knows; a page re-read of the same sample request never overwrites them when set. */
const SELLER_SAMPLE_FIELDS = ['costJpy', 'shippingJpy', 'trackingNo', 'refundable', 'shippedAt', 'receivedAt', 'postedAt'] as const;

/**
 * Who is saving: 'seller' = the seller's own edit (dashboard form, import), saved as given, so an emptied cost clears the
 * stored one; 'page' = a re-read of Seller Center's record, which must never erase what the seller typed.
 */
export type SampleSaveOrigin = 'seller' | 'page';

/**
 * Saves samples in one transaction. A page re-read merges over the stored record: page fields update, the seller's own
 * fields are kept unless the incoming record sets them. A seller edit replaces the record, empty fields included.
 */
export async function saveSamples(db: MitateDb, samples: readonly SampleRecord[], origin: SampleSaveOrigin): Promise<SampleRecord[]> {
  const parsed = z.array(sampleRecordSchema).check(z.maxLength(1000)).safeParse(samples);
  if (!parsed.success) throw invalid('samples', parsed.error);
  return guard(async () => {
    const tx = db.transaction('samples', 'readwrite');
    const saved: SampleRecord[] = [];
    for (const incoming of parsed.data) {
      const before = origin === 'page' ? await tx.store.get(incoming.id) : undefined;
      const next: SampleRecord = { ...incoming };
      if (before) {
        for (const field of SELLER_SAMPLE_FIELDS) {
          if ((incoming[field] == null || incoming[field] === false) && before[field] != null) {
            (next as Record<string, unknown>)[field] = before[field];
          }
        }
      }
      await tx.store.put(next);
      saved.push(next);
    }
    await tx.done;
    return saved;
  });
}

export interface FollowUpData {
  /** notes with a timeline or a next action (the ones follow-up views and reminders read) */
  notes: Note[];
  samples: SampleRecord[];
  productCosts: ProductCost[];
  collaborations: CollaborationRecord[];
}

/** Everything the follow-up views (today, samples, plans, costs) need, read in one transaction. */
export async function getFollowUpData(db: MitateDb): Promise<FollowUpData> {
  return guard(async () => {
    const tx = db.transaction(['noteBuckets', 'samples', 'productCosts', 'collaborations'], 'readonly');
    const [notes, samples, productCosts, collaborations] = await Promise.all([
      allNotes(tx),
      tx.objectStore('samples').getAll(),
      tx.objectStore('productCosts').getAll(),
      tx.objectStore('collaborations').getAll(),
    ]);
    await tx.done;
    return { notes: notes.filter((n) => n.timeline.length > 0 || n.nextActionAt != null), samples, productCosts, collaborations };
  });
}

/** Analytics performance rows, all (bounded by the pages the seller opened), for the weekly review. */
export async function listPerformance(db: MitateDb): Promise<StoredPerformance[]> {
  return guard(async () => db.getAll('performance'));
}

/** Products seen on the page (a shop lists hundreds at most). */
export async function listProducts(db: MitateDb): Promise<StoredProduct[]> {
  return guard(async () => db.getAll('products'));
}
