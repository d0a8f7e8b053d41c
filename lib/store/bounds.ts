/**
 * Bounds on what a page can make Mitate store: answer size, records per answer, per page visit and per day (Asia/Tokyo).
 * A page's JavaScript can send real requests with parameters of its choosing, so a single visit could otherwise fill
 * the disk (issue 13: one 2 MB answer stored 20,000 creators). When a bound is hit the extra records are not stored and
 * a BoundNote says so, for the UI to show: nothing is dropped silently.
 *
 * Pure functions over plain data; the budget's state is a small JSON value the caller may persist.
 */
import * as z from 'zod/mini';
import { MAX_CAPTURE_CHARS } from '../bridge/channel';
import { tokyoDay } from '../format';
import { t, type Lang } from '../i18n';
import type { Collaboration, PageData } from '../model';


export interface IngestLimits {
  /** characters of one answer (the reader hands over only the size of a bigger one) */
  responseChars: number;
  /** records from one answer: real list pages carry 12–100 */
  recordsPerResponse: number;
  /** records from one page visit (one document): ~100 pages of scrolling */
  recordsPerVisit: number;
  /** records per Tokyo calendar day, all visits together */
  recordsPerDay: number;
  /** products or creators listed inside one collaboration */
  nestedPerRecord: number;
}

/** [E] Well above a seller's heaviest real day (hundreds of pages), far below what fills a disk. */
export const INGEST_LIMITS: IngestLimits = {
  responseChars: MAX_CAPTURE_CHARS,
  recordsPerResponse: 500,
  recordsPerVisit: 5_000,
  recordsPerDay: 30_000,
  nestedPerRecord: 200,
};

export const BOUND_KINDS = ['response_size', 'per_response', 'per_visit', 'per_day', 'nested'] as const;
export type BoundKind = (typeof BOUND_KINDS)[number];

export const boundNoteSchema = z.object({
  kind: z.enum(BOUND_KINDS),
  limit: z.number(),
  /** records (or characters for response_size) the page sent */
  received: z.number(),
  /** how many were kept */
  kept: z.number(),
});
/** What the UI shows when a bound was hit. */
export type BoundNote = z.infer<typeof boundNoteSchema>;

/** A collaboration counts once plus once per product it lists (each product is a rate observation). */
function planWeight(plan: Collaboration): number {
  return 1 + plan.products.length;
}

/** Records one page answer would store. */
export function countRecords(data: PageData): number {
  let total = data.creators.length + data.products.length + data.orders.length + (data.sampleRequests?.length ?? 0);
  for (const plan of data.collaborations) total += planWeight(plan);
  return total;
}

/** The note for an answer too big to copy, or null. */
export function responseSizeNote(chars: number, limits: IngestLimits = INGEST_LIMITS): BoundNote | null {
  return chars > limits.responseChars ? { kind: 'response_size', limit: limits.responseChars, received: chars, kept: 0 } : null;
}

/** Cuts the lists inside each collaboration to `nestedPerRecord`; says whether anything was cut. */
function capNested(data: PageData, limit: number): { data: PageData; cut: number; longest: number } {
  let cut = 0;
  let longest = 0;
  const collaborations = data.collaborations.map((plan) => {
    const over = Math.max(plan.products.length, plan.creatorIds.length);
    longest = Math.max(longest, over);
    if (over <= limit) return plan;
    cut += Math.max(0, plan.products.length - limit) + Math.max(0, plan.creatorIds.length - limit);
    return { ...plan, products: plan.products.slice(0, limit), creatorIds: plan.creatorIds.slice(0, limit) };
  });
  return { data: cut ? { ...data, collaborations } : data, cut, longest };
}

/** The first `allowance` records, in a fixed order: creators, products, collaborations (with their products), orders, sample requests. */
export function takeRecords(data: PageData, allowance: number): PageData {
  let left = Math.max(0, Math.floor(allowance));
  const take = <T>(list: readonly T[]): T[] => {
    const kept = list.slice(0, left);
    left -= kept.length;
    return kept;
  };
  const creators = take(data.creators);
  const products = take(data.products);
  const collaborations: Collaboration[] = [];
  for (const plan of data.collaborations) {
    if (left <= 0) break;
    left -= 1;
    const items = plan.products.slice(0, left);
    left -= items.length;
    collaborations.push(items.length === plan.products.length ? plan : { ...plan, products: items });
  }
  const orders = take(data.orders);
  const kept: PageData = { creators, products, collaborations, orders };
  if (data.sampleRequests) kept.sampleRequests = take(data.sampleRequests);
  return kept;
}

export const budgetStateSchema = z.object({
  /** Tokyo calendar day, YYYY-MM-DD */
  day: z.string(),
  dayCount: z.number(),
  /** records per recent visit id, newest last (only the last MAX_TRACKED_VISITS) */
  visits: z.array(z.tuple([z.string(), z.number()])),
});
export type BudgetState = z.infer<typeof budgetStateSchema>;
export const MAX_TRACKED_VISITS = 50;


export function emptyBudget(now: number): BudgetState {
  return { day: tokyoDay(now), dayCount: 0, visits: [] };
}

export interface BoundResult {
  data: PageData;
  /** the first bound hit, or null when everything was kept */
  note: BoundNote | null;
  state: BudgetState;
}

/**
 * Applies every bound to one answer's records for a visit (`visitId`, e.g. the sender's document id; null when the
 * caller has none, then only the per-answer and per-day bounds apply) and returns what may be stored, the note, and
 * the budget's next state. Pure: the caller persists `state`.
 */
export function boundPageData(
  data: PageData, state: BudgetState, visitId: string | null, now: number, limits: IngestLimits = INGEST_LIMITS,
): BoundResult {
  const day = tokyoDay(now);
  const current = state.day === day ? state : { day, dayCount: 0, visits: [] };
  const nested = capNested(data, limits.nestedPerRecord);
  const received = countRecords(nested.data);
  const visitUsed = visitId === null ? 0 : current.visits.find(([id]) => id === visitId)?.[1] ?? 0;
  const room: Array<[BoundKind, number, number]> = [
    ['per_response', limits.recordsPerResponse, limits.recordsPerResponse],
    ['per_day', limits.recordsPerDay, limits.recordsPerDay - current.dayCount],
  ];
  if (visitId !== null) room.splice(1, 0, ['per_visit', limits.recordsPerVisit, limits.recordsPerVisit - visitUsed]);
  let note: BoundNote | null = nested.cut > 0 ? { kind: 'nested', limit: limits.nestedPerRecord, received: nested.longest, kept: limits.nestedPerRecord } : null;
  let allowance = received;
  for (const [kind, limit, left] of room) {
    const fits = Math.max(0, left);
    if (fits < allowance) {
      allowance = fits;
      note = { kind, limit, received, kept: fits };
    }
  }
  const kept = allowance < received ? takeRecords(nested.data, allowance) : nested.data;
  const used = countRecords(kept);
  let visits = current.visits;
  if (visitId !== null) {
    visits = current.visits.filter(([id]) => id !== visitId);
    visits.push([visitId, visitUsed + used]);
    if (visits.length > MAX_TRACKED_VISITS) visits = visits.slice(visits.length - MAX_TRACKED_VISITS);
  }
  return { data: kept, note, state: { day, dayCount: current.dayCount + used, visits } };
}

const NOTE_KEYS = {
  response_size: 'boundResponseSize', per_response: 'boundPerResponse', per_visit: 'boundPerVisit', per_day: 'boundPerDay', nested: 'boundNested',
} as const;
/** The seller-facing text of a bound that was hit (lib/i18n/messages/storage.ts). */
export function describeBoundNote(lang: Lang, note: BoundNote): string {
  return note.kind === 'response_size'
    ? t(lang, NOTE_KEYS[note.kind], note.received, note.limit)
    : t(lang, NOTE_KEYS[note.kind], note.received, note.kept, note.limit);
}
