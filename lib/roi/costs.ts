/**
 * Every cost the seller has recorded, wherever it was typed, as ROI cost entries:
 * - the cost store (entries added by hand);
 * - sample records (their goods cost and shipping);
 * - note timelines (cost and shipping on any event, normally "sample sent"); a note whose events carry no cost but
 *   whose sample-cost field is set (a v2 note, or one edited in the note editor) counts that field once;
 * - collaboration records (sample cost and shipping the seller typed on a deal).
 * The seller types each cost once, in one of these places; an entry's `source` says which, so a double entry can
 * be found and removed.
 */
import type { CollaborationRecord, Cost, Note, ProductCost as StoredProductCost, SampleRecord, StoredProduct } from '../store/records';
import type { CostEntry, ProductCost } from './compute';

export interface CostSources {
  costs?: readonly Cost[];
  samples?: readonly SampleRecord[];
  notes?: readonly Note[];
  collaborations?: readonly CollaborationRecord[];
}

export function costEntriesFromRecords({ costs = [], samples = [], notes = [], collaborations = [] }: CostSources): CostEntry[] {
  const out: CostEntry[] = [];
  for (const cost of costs) {
    out.push({
      source: `cost:${cost.id}`, creatorId: cost.creatorId ?? null, productId: cost.productId ?? null,
      collaborationId: cost.collaborationId ?? null, kind: cost.kind, amountJpy: cost.amountJpy, at: cost.at,
    });
  }
  for (const sample of samples) {
    const at = sample.shippedAt ?? sample.approvedAt ?? sample.requestedAt ?? sample.updatedAt;
    const base = { creatorId: sample.creatorId, productId: sample.productId, collaborationId: null, at };
    if (sample.costJpy != null) out.push({ ...base, source: `sample:${sample.id}`, kind: 'sample', amountJpy: sample.costJpy });
    if (sample.shippingJpy != null) out.push({ ...base, source: `sample:${sample.id}`, kind: 'shipping', amountJpy: sample.shippingJpy });
  }
  for (const note of notes) {
    let eventCost = false;
    for (const event of note.timeline) {
      const base = { source: `note:${note.creatorId}:${event.id}`, creatorId: note.creatorId, productId: null, collaborationId: null, at: event.at };
      if (event.costJpy != null) {
        eventCost = true;
        out.push({ ...base, kind: 'sample', amountJpy: event.costJpy });
      }
      if (event.shippingJpy != null) out.push({ ...base, kind: 'shipping', amountJpy: event.shippingJpy });
    }
    if (!eventCost && note.sampleCostJpy != null) {
      const sent = note.timeline.find((e) => e.status === 'sample_sent');
      out.push({
        source: `note:${note.creatorId}`, creatorId: note.creatorId, productId: null, collaborationId: null,
        kind: 'sample', amountJpy: note.sampleCostJpy, at: sent?.at ?? note.updatedAt,
      });
    }
  }
  for (const record of collaborations) {
    // a deal with one creator charges its costs to that creator; a plan with several stays on the plan
    const creatorId = record.creatorIds.length === 1 ? record.creatorIds[0]! : null;
    const base = {
      source: `collaboration:${record.id}`, creatorId, productId: record.productId, collaborationId: record.planId ?? record.id,
      at: record.sampleSentAt ?? record.agreedAt ?? record.updatedAt,
    };
    if (record.sampleCostJpy != null) out.push({ ...base, kind: 'sample', amountJpy: record.sampleCostJpy });
    if (record.shippingCostJpy != null) out.push({ ...base, kind: 'shipping', amountJpy: record.shippingCostJpy });
  }
  return out;
}

/** The seller's cost of goods joined with the page's product category (for the tax rate). */
export function productCostsForRoi(costs: readonly StoredProductCost[], products: readonly Pick<StoredProduct, 'id' | 'category'>[] = []): ProductCost[] {
  const category = new Map(products.map((p) => [p.id, p.category]));
  return costs.map((c) => ({ productId: c.productId, costOfGoodsJpy: c.costOfGoodsJpy, category: category.get(c.productId) ?? null }));
}
