/** Storing what one Seller Center response yielded: creators, snapshots, products, collaborations, orders, rates seen, samples. */
import type { AffiliateOrder, Collaboration, Creator, PageData, Product } from '../model';
import { boundPageData, emptyBudget, type BoundNote, type BudgetState, type IngestLimits } from './bounds';
import type { MitateDb } from './db';
import { abortOnError, guard } from './errors';
import { handleKeyOf, scoreKeyOf } from './migrations';
import { refreshSearchRows } from './search';
import { adjustCreatorCount } from './counts';
import { readNotes } from './note-buckets';
import { sampleRecordFromRequest } from '../samples/from-page';
import { mergeCreator } from '../seller-center';
import {
  performanceKey,
  DEFAULT_NOTE_STATUS,
  type CollaborationRecord,
  type NoteStatus,
  type Observation,
  type SnapshotMetrics,
  type StoredCreator,
  type StoredOrder,
  type StoredProduct,
} from './records';

/** A new snapshot is kept at least this often even when nothing changed, so trends show flat periods too. */
export const SNAPSHOT_MIN_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface IngestResult {
  creators: number;
  snapshots: number;
  products: number;
  collaborations: number;
  orders: number;
  observations: number;
  /** sample records created or changed from Sample requests rows (a re-read of the same answer changes none) */
  samples: number;
  /** set when a bound (lib/store/bounds.ts) kept part of the answer out: show it, never drop silently */
  note: BoundNote | null;
}

/** Where the per-visit and per-day counts live between calls; the background may persist `state` (storage.session). */
export interface IngestBudget {
  state: BudgetState;
}
export interface IngestOptions {
  /** the page visit the answer came from (e.g. the sender's documentId); null: per-answer and per-day bounds only */
  visitId?: string | null;
  budget?: IngestBudget;
  limits?: IngestLimits;
}
/** Without a budget from the caller, one in-memory budget per database. */
const defaultBudgets = new WeakMap<MitateDb, IngestBudget>();
export function defaultBudgetOf(db: MitateDb, now: number): IngestBudget {
  let budget = defaultBudgets.get(db);
  if (!budget) {
    budget = { state: emptyBudget(now) };
    defaultBudgets.set(db, budget);
  }
  return budget;
}

/** Field by field: the newer value when known, else the older one (an empty list counts as unknown). For plans; creators merge by mergeCreator. */
export function mergeKnown<T extends object>(older: T | undefined, newer: T): T {
  if (!older) return newer;
  const out: Record<string, unknown> = { ...(older as Record<string, unknown>) };
  for (const [key, value] of Object.entries(newer)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0 && Array.isArray(out[key]) && (out[key] as unknown[]).length > 0) continue;
    out[key] = value;
  }
  return out as T;
}

export function metricsOf(creator: Creator): SnapshotMetrics {
  return {
    followers: creator.followers,
    gmvJpy: creator.gmvJpy,
    gpmJpy: creator.gpmJpy,
    unitsSold: creator.unitsSold,
    avgViews: creator.avgViews,
    medianViews: creator.medianViews,
    engagementRate: creator.engagementRate,
    medianCommissionRate: creator.medianCommissionRate,
    videosLast30d: creator.videosLast30d,
  };
}

function sameMetrics(a: SnapshotMetrics, b: SnapshotMetrics): boolean {
  return (Object.keys(a) as Array<keyof SnapshotMetrics>).every((key) => a[key] === b[key]);
}

/** `noteStatus`: the status of a note saved before this creator was first stored (the dashboard filters on the mirror). */
export function toStoredCreator(creator: Creator, existing: StoredCreator | undefined, now: number, noteStatus?: NoteStatus): StoredCreator {
  // the one creator-merge rule (page state uses it too): unions videos and trend points, keeps fuller lists
  const merged = existing ? { ...existing, ...mergeCreator(existing, creator) } : creator;
  const score = existing?.score ?? null;
  return {
    ...merged,
    firstSeenAt: existing?.firstSeenAt ?? now,
    updatedAt: now,
    status: existing?.status ?? noteStatus ?? DEFAULT_NOTE_STATUS,
    score,
    // the verdict goes with the score it was computed with (kept until the scorer runs again)
    ...(existing?.verdict !== undefined ? { verdict: existing.verdict } : {}),
    handleKey: handleKeyOf(merged.handle),
    scoreKey: scoreKeyOf(score),
  };
}

function planRecord(plan: Collaboration, existing: CollaborationRecord | undefined, now: number): CollaborationRecord {
  const single = plan.products.length === 1 ? plan.products[0]! : null;
  const fromPage: CollaborationRecord = {
    id: `plan:${plan.id}`,
    planId: plan.id,
    plan: mergeKnown(existing?.plan ?? undefined, plan),
    creatorIds: [...new Set([...(existing?.creatorIds ?? []), ...plan.creatorIds])],
    productId: single?.productId ?? null,
    agreedCommissionRate: single?.commissionRate ?? null,
    sampleCostJpy: null,
    shippingCostJpy: null,
    trackingNo: null,
    agreedAt: null,
    sampleSentAt: null,
    postedAt: null,
    endsAt: plan.endsAt,
    memo: '',
    updatedAt: now,
  };
  if (!existing) return fromPage;
  // the seller's own entries win over nothing-from-the-page
  return { ...mergeKnown(existing, fromPage), memo: existing.memo, updatedAt: now };
}

/** Commission rates worth learning from (research: open/target collaborations, products, creators' medians). */
function observationsOf(data: PageData, now: number): Observation[] {
  const out: Observation[] = [];
  const add = (source: Observation['source'], sourceId: string, category: string | null, rate: number | null) => {
    if (rate === null || !Number.isFinite(rate)) return;
    out.push({ id: `${source}:${sourceId}:${category ?? ''}`, category, rate, source, sourceId, seenAt: now });
  };
  for (const product of data.products) add('product', product.id, product.category, product.commissionRate);
  for (const plan of data.collaborations) {
    const source = plan.kind === 'open' ? 'open_collab' : 'target_collab';
    for (const item of plan.products) add(source, `${plan.id}/${item.productId}`, item.category, item.commissionRate);
  }
  for (const creator of data.creators) add('creator_median', creator.id, creator.categories[0] ?? null, creator.medianCommissionRate);
  return out;
}

export function orderKey(order: Pick<AffiliateOrder, 'orderId' | 'skuId'>): [string, string] {
  return [order.orderId, order.skuId ?? ''];
}

/**
 * Upserts one answer's records in one transaction; a failure writes nothing. The bounds of lib/store/bounds.ts apply
 * first: what they keep out is reported in `note`, and counts against the budget only once written.
 */
export async function ingestPageData(db: MitateDb, pageData: PageData, now: number, options: IngestOptions = {}): Promise<IngestResult> {
  const budget = options.budget ?? defaultBudgetOf(db, now);
  const bounded = boundPageData(pageData, budget.state, options.visitId ?? null, now, options.limits);
  const data = bounded.data;
  const result = await guard(async () => {
    const tx = db.transaction(['creators', 'noteBuckets', 'snapshots', 'products', 'collaborations', 'orders', 'observations', 'performance', 'samples', 'search', 'counts'], 'readwrite');
    const result: IngestResult = { creators: 0, snapshots: 0, products: 0, collaborations: 0, orders: 0, observations: 0, samples: 0, note: bounded.note };
    return abortOnError(tx, async () => {
    const creators = tx.objectStore('creators');
    const snapshots = tx.objectStore('snapshots');
    const byCreatorAt = snapshots.index('creatorAt');
    /** creators whose searchable fields are new or changed */
    const searchable = new Map<string, StoredCreator>();
    let addedCreators = 0;
    for (const creator of data.creators) {
      const existing = await creators.get(creator.id);
      // a note typed before the page's batch reached the store already carries the seller's status
      const noteStatus = existing ? undefined : (await readNotes(tx, [creator.id])).get(creator.id)?.status;
      const stored = toStoredCreator(creator, existing, now, noteStatus);
      await creators.put(stored);
      result.creators += 1;
      if (!existing) addedCreators += 1;
      if (!existing || existing.handle !== stored.handle || existing.nickname !== stored.nickname) searchable.set(stored.id, stored);
      const metrics = metricsOf(stored);
      const last = await byCreatorAt.openCursor(IDBKeyRange.bound([creator.id, -Infinity], [creator.id, Infinity]), 'prev');
      const lastSnapshot = last?.value;
      if (!lastSnapshot || !sameMetrics(lastSnapshot.metrics, metrics) || now - lastSnapshot.at >= SNAPSHOT_MIN_INTERVAL_MS) {
        // id is assigned by the autoIncrement key generator
        await snapshots.add({ creatorId: creator.id, at: now, metrics } as never);
        result.snapshots += 1;
      }
    }
    await refreshSearchRows(tx, searchable.keys(), { creators: searchable });
    await adjustCreatorCount(tx, addedCreators);
    const products = tx.objectStore('products');
    for (const product of data.products) {
      const existing = await products.get(product.id);
      const stored: StoredProduct = { ...mergeKnown<Product>(existing, product), updatedAt: now };
      await products.put(stored);
      result.products += 1;
    }
    const collaborations = tx.objectStore('collaborations');
    for (const plan of data.collaborations) {
      const existing = await collaborations.get(`plan:${plan.id}`);
      await collaborations.put(planRecord(plan, existing, now));
      result.collaborations += 1;
    }
    const orders = tx.objectStore('orders');
    for (const order of data.orders) {
      const existing = await orders.get(orderKey(order));
      const stored: StoredOrder = { ...mergeKnown<AffiliateOrder>(existing, order), skuKey: order.skuId ?? '', updatedAt: now };
      await orders.put(stored);
      result.orders += 1;
    }
    const observations = tx.objectStore('observations');
    for (const observation of observationsOf(data, now)) {
      await observations.put(observation);
      result.observations += 1;
    }
    // Analytics rows (the 复盘 weekly review): the same view re-read replaces its rows
    const performance = tx.objectStore('performance');
    for (const row of data.performance ?? []) await performance.put({ ...row, key: performanceKey(row), updatedAt: now });
    // Sample requests become sample records (approval → due → overdue tracking), merged with the seller's own fields
    const samples = tx.objectStore('samples');
    for (const request of data.sampleRequests ?? []) {
      const next = sampleRecordFromRequest(request, await samples.get(request.applyId), now);
      if (!next) continue;
      await samples.put(next);
      result.samples += 1;
    }
    await tx.done;
    return result;
    });
  });
  budget.state = bounded.state;
  return result;
}
