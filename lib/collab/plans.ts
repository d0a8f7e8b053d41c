/**
 * Plan results by commission level: for each target plan and each commission rate in it, how many creators were
 * invited, accepted, posted, and the GMV that followed; and the acceptance rate by commission across plans, which
 * the commission advisor shows ("at 10%, 2 of 20 accepted; at 15%, 9 of 20").
 *
 * A creator accepted when the plan's own progress shows they added its products to their showcase, or when the seller's
 * timeline reaches "agreement in writing" or any later state [E]. Posted: the plan's progress counts content, the
 * timeline reaches "content posted" / "paid", or a sample of the plan's products is marked posted.
 */
import type { Localised } from '../i18n';
import type { AffiliateOrder } from '../model';
import type { CollaborationRecord, Note, NoteStatus, SampleRecord } from '../store/records';

const ACCEPTED: ReadonlySet<NoteStatus> = new Set(['agreement_confirmed', 'sample_sent', 'content_due', 'content_posted', 'paid', 'long_term_partner']);
const POSTED: ReadonlySet<NoteStatus> = new Set(['content_posted', 'paid']);

export interface PlanLevelRow {
  planId: string;
  planName: string | null;
  /** commission rate as a fraction; null when the plan does not say */
  rate: number | null;
  productIds: string[];
  invited: number;
  accepted: number;
  posted: number;
  /** tax-included GMV of the plan's orders for these products */
  gmvInclTaxJpy: number;
}

export interface PlanResultsInput {
  collaborations: readonly CollaborationRecord[];
  notes: readonly Note[];
  orders: readonly AffiliateOrder[];
  samples?: readonly SampleRecord[];
}

/** Rates in whole tenths of a percent, so 0.15 and 0.15000000000000002 are one level. */
const levelKey = (rate: number | null) => (rate == null ? 'none' : String(Math.round(rate * 1000)));

export function planResultsByCommission({ collaborations, notes, orders, samples = [] }: PlanResultsInput): PlanLevelRow[] {
  const notesByCreator = new Map(notes.map((n) => [n.creatorId, n]));
  const reached = (creatorId: string, statuses: ReadonlySet<NoteStatus>) =>
    notesByCreator.get(creatorId)?.timeline.some((e) => statuses.has(e.status)) ?? false;
  const out: PlanLevelRow[] = [];
  for (const record of collaborations) {
    const plan = record.plan;
    if (!plan) continue;
    const planId = record.planId ?? plan.id;
    const levels = new Map<string, { rate: number | null; productIds: string[] }>();
    for (const product of plan.products) {
      const key = levelKey(product.commissionRate);
      const level = levels.get(key) ?? { rate: product.commissionRate, productIds: [] };
      level.productIds.push(product.productId);
      levels.set(key, level);
    }
    const progress = new Map((plan.creatorProgress ?? []).map((p) => [p.creatorId, p]));
    const creators = new Set([...(plan.creatorIds.length ? plan.creatorIds : record.creatorIds), ...progress.keys()]);
    const addedProducts = (id: string) => (progress.get(id)?.productsAdded ?? 0) > 0;
    const postedContent = (id: string) => (progress.get(id)?.contentPosted ?? 0) > 0;
    for (const { rate, productIds } of levels.values()) {
      const products = new Set(productIds);
      const postedBySample = (creatorId: string) => samples.some((s) =>
        s.creatorId === creatorId && s.productId != null && products.has(s.productId) && (s.postedAt != null || s.pageStatus === 'completed'));
      let gmv = 0;
      for (const order of orders) {
        if (order.productId == null || !products.has(order.productId) || order.amountJpy == null || !Number.isFinite(order.amountJpy)) continue;
        const ofPlan = order.collaborationId != null
          ? order.collaborationId === planId
          : order.creatorId != null && creators.has(order.creatorId);
        if (ofPlan) gmv += order.amountJpy;
      }
      const ids = [...creators];
      out.push({
        planId, planName: plan.name, rate, productIds,
        invited: ids.length,
        accepted: ids.filter((id) => addedProducts(id) || postedContent(id) || reached(id, ACCEPTED)).length,
        posted: ids.filter((id) => postedContent(id) || reached(id, POSTED) || postedBySample(id)).length,
        gmvInclTaxJpy: gmv,
      });
    }
  }
  return out.sort((a, b) => (a.planName ?? a.planId).localeCompare(b.planName ?? b.planId) || (a.rate ?? -1) - (b.rate ?? -1));
}

export interface AcceptanceRow {
  rate: number;
  invited: number;
  accepted: number;
  posted: number;
  gmvInclTaxJpy: number;
  /** accepted ÷ invited; null when nobody was invited */
  acceptanceRate: number | null;
}

/** Acceptance by commission level across all plans (levels without a rate are left out), lowest rate first. */
export function acceptanceByCommission(rows: readonly PlanLevelRow[]): AcceptanceRow[] {
  const byLevel = new Map<string, AcceptanceRow>();
  for (const row of rows) {
    if (row.rate == null) continue;
    const key = levelKey(row.rate);
    const level = byLevel.get(key) ?? { rate: Math.round(row.rate * 1000) / 1000, invited: 0, accepted: 0, posted: 0, gmvInclTaxJpy: 0, acceptanceRate: null };
    level.invited += row.invited;
    level.accepted += row.accepted;
    level.posted += row.posted;
    level.gmvInclTaxJpy += row.gmvInclTaxJpy;
    byLevel.set(key, level);
  }
  return [...byLevel.values()]
    .map((level) => ({ ...level, acceptanceRate: level.invited > 0 ? level.accepted / level.invited : null }))
    .sort((a, b) => a.rate - b.rate);
}

const pct = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

/** "at 10%, 2 of 20 accepted; at 15%, 9 of 20" in the seller's three languages; null without invitations. */
export function acceptanceSentence(rows: readonly AcceptanceRow[]): Localised | null {
  const levels = rows.filter((r) => r.invited > 0);
  if (levels.length === 0) return null;
  const part = (r: AcceptanceRow, i: number, lang: keyof Localised) => {
    if (lang === 'zh_CN') return `佣金 ${pct(r.rate)} 时，${r.invited} 人中 ${r.accepted} 人接受`;
    if (lang === 'ja') return `報酬 ${pct(r.rate)} では ${r.invited} 人中 ${r.accepted} 人が承諾`;
    return i === 0 ? `at ${pct(r.rate)}, ${r.accepted} of ${r.invited} accepted` : `at ${pct(r.rate)}, ${r.accepted} of ${r.invited}`;
  };
  return {
    zh_CN: levels.map((r, i) => part(r, i, 'zh_CN')).join('；'),
    ja: levels.map((r, i) => part(r, i, 'ja')).join('、'),
    en: levels.map((r, i) => part(r, i, 'en')).join('; '),
  };
}
