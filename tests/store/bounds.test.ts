import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundPageData, countRecords, describeBoundNote, emptyBudget, ingestPageData, INGEST_LIMITS, responseSizeNote, takeRecords,
  type BudgetState, type IngestLimits,
} from '../../lib/store';
import { tokyoDay } from '../../lib/format';
import type { PageData } from '../../lib/model';
import { freshDb, makeCreator, makeOrder, makePlan, makeProduct, pageData } from './helpers';

const T0 = Date.UTC(2026, 10, 30, 3, 0, 0); // 12:00 in Tokyo
const SMALL: IngestLimits = { responseChars: 1000, recordsPerResponse: 40, recordsPerVisit: 90, recordsPerDay: 200, nestedPerRecord: 6 };

/** Cheap page data of given sizes (the bounds only look at list lengths). */
function sized(creators: number, products: number, plans: number[], orders: number): PageData {
  return pageData({
    creators: Array.from({ length: creators }, (_, i) => makeCreator(`c${i}`)),
    products: Array.from({ length: products }, (_, i) => makeProduct(`p${i}`)),
    collaborations: plans.map((n, i) => makePlan(`plan${i}`, {
      products: Array.from({ length: n }, (_, j) => ({ productId: `p${j}`, commissionRate: 0.1, category: 'beauty' })),
      creatorIds: Array.from({ length: n }, (_, j) => `c${j}`),
    })),
    orders: Array.from({ length: orders }, (_, i) => makeOrder(`o${i}`)),
  });
}

const dataArb = fc.record({
  creators: fc.nat(80), products: fc.nat(30), plans: fc.array(fc.nat(12), { maxLength: 6 }), orders: fc.nat(30),
}).map(({ creators, products, plans, orders }) => sized(creators, products, plans, orders));
const visitArb = fc.constantFrom('v1', 'v2', 'v3', null);

describe('bounds on what a page can send', () => {
  it('never keeps more than any bound allows, keeps a prefix, and says so whenever it cut', () => {
    fc.assert(fc.property(dataArb, visitArb, fc.nat(250), fc.nat(120), (data, visit, dayUsed, visitUsed) => {
      const state: BudgetState = { day: tokyoDay(T0), dayCount: dayUsed, visits: visit ? [[visit, visitUsed]] : [] };
      const { data: kept, note, state: next } = boundPageData(data, state, visit, T0, SMALL);
      const keptCount = countRecords(kept);
      expect(keptCount).toBeLessThanOrEqual(SMALL.recordsPerResponse);
      expect(keptCount).toBeLessThanOrEqual(Math.max(0, SMALL.recordsPerDay - dayUsed));
      if (visit) expect(keptCount).toBeLessThanOrEqual(Math.max(0, SMALL.recordsPerVisit - visitUsed));
      for (const plan of kept.collaborations) expect(plan.products.length).toBeLessThanOrEqual(SMALL.nestedPerRecord);
      // a prefix of each list, in order
      expect(kept.creators.map((c) => c.id)).toEqual(data.creators.slice(0, kept.creators.length).map((c) => c.id));
      expect(kept.orders.map((o) => o.orderId)).toEqual(data.orders.slice(0, kept.orders.length).map((o) => o.orderId));
      // nothing dropped silently: fewer records kept <=> a note
      const cut = keptCount < countRecords(data);
      expect(note !== null).toBe(cut);
      if (note) expect(note.kept).toBeLessThanOrEqual(note.limit);
      expect(next.dayCount).toBe(dayUsed + keptCount);
    }));
  });

  it('a stream of answers never passes the per-visit and per-day totals; a new Tokyo day starts over', () => {
    fc.assert(fc.property(fc.array(fc.tuple(dataArb, visitArb), { maxLength: 25 }), (answers) => {
      let state = emptyBudget(T0);
      const perVisit = new Map<string, number>();
      let day = 0;
      for (const [data, visit] of answers) {
        const result = boundPageData(data, state, visit, T0, SMALL);
        state = result.state;
        const n = countRecords(result.data);
        day += n;
        if (visit) perVisit.set(visit, (perVisit.get(visit) ?? 0) + n);
      }
      expect(day).toBeLessThanOrEqual(SMALL.recordsPerDay);
      for (const total of perVisit.values()) expect(total).toBeLessThanOrEqual(SMALL.recordsPerVisit);
      expect(state.dayCount).toBe(day);
      const tomorrow = boundPageData(sized(5, 0, [], 0), state, null, T0 + 24 * 3600_000, SMALL);
      expect(tomorrow.state.dayCount).toBe(5);
      expect(tomorrow.note).toBeNull();
    }));
  });

  it('takeRecords keeps exactly the allowance when there is enough', () => {
    fc.assert(fc.property(dataArb, fc.nat(200), (data, allowance) => {
      expect(countRecords(takeRecords(data, allowance))).toBe(Math.min(allowance, countRecords(data)));
    }));
  });

  it('notes an answer too large to copy', () => {
    expect(responseSizeNote(1000, SMALL)).toBeNull();
    expect(responseSizeNote(1001, SMALL)).toEqual({ kind: 'response_size', limit: 1000, received: 1001, kept: 0 });
  });

  it('describes each bound for the seller, with the numbers', () => {
    expect(describeBoundNote('en', { kind: 'per_response', limit: 500, received: 2000, kept: 500 }))
      .toBe('One answer held 2000 records; only the first 500 were saved (limit 500 per answer).');
    expect(describeBoundNote('ja', { kind: 'response_size', limit: 2_000_000, received: 3_000_000, kept: 0 }))
      .toBe('ページの応答が大きすぎるため（3000000 文字、上限 2000000）読み取りませんでした。');
    expect(describeBoundNote('zh_CN', { kind: 'per_day', limit: 30_000, received: 12, kept: 0 })).toContain('今天已达到保存上限（30000 条）');
  });

  it('Tokyo days turn at 15:00 UTC', () => {
    expect(tokyoDay(Date.UTC(2026, 10, 30, 14, 59))).toBe('2026-11-30');
    expect(tokyoDay(Date.UTC(2026, 10, 30, 15, 0))).toBe('2026-12-01');
  });
});

describe('ingestPageData applies the bounds', () => {
  it('one answer of 2,000 creators stores the per-answer limit and reports it', async () => {
    const { db } = await freshDb();
    const result = await ingestPageData(db, sized(2000, 0, [], 0), T0);
    expect(result.creators).toBe(INGEST_LIMITS.recordsPerResponse);
    expect(await db.count('creators')).toBe(INGEST_LIMITS.recordsPerResponse);
    expect(result.note).toEqual({ kind: 'per_response', limit: INGEST_LIMITS.recordsPerResponse, received: 2000, kept: INGEST_LIMITS.recordsPerResponse });
  });

  it('one visit stops at its limit and says so; another visit still gets in', async () => {
    const { db } = await freshDb();
    const budget = { state: emptyBudget(T0) };
    const limits = { ...SMALL, recordsPerResponse: 30 };
    const notes = [];
    for (let page = 0; page < 4; page++) {
      const data = pageData({ creators: Array.from({ length: 30 }, (_, i) => makeCreator(`v1-${page}-${i}`)) });
      notes.push((await ingestPageData(db, data, T0, { visitId: 'v1', budget, limits })).note);
    }
    expect(await db.count('creators')).toBe(90);
    expect(notes.slice(0, 3)).toEqual([null, null, null]);
    expect(notes[3]).toEqual({ kind: 'per_visit', limit: 90, received: 30, kept: 0 });
    const other = await ingestPageData(db, pageData({ creators: [makeCreator('v2-0')] }), T0, { visitId: 'v2', budget, limits });
    expect(other).toMatchObject({ creators: 1, note: null });
  });

  it('a plan listing 10,000 products yields at most the nested limit of observations', async () => {
    const { db } = await freshDb();
    const result = await ingestPageData(db, sized(0, 0, [10_000], 0), T0);
    expect(result.observations).toBe(INGEST_LIMITS.nestedPerRecord);
    expect(result.note).toMatchObject({ kind: 'nested', received: 10_000, kept: INGEST_LIMITS.nestedPerRecord });
  });
});
