/**
 * Sample requests read on Seller Center become sample records on ingest (issue 17): the real-shaped ID answer
 * (tests/fixtures/real/sampleRequests) and the JP fixture page's answer, through normalise → ingestPageData → the
 * samples store; idempotent across re-reads; approval and completion seen on a later read are dated then; the
 * seller's own fields survive every re-read.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normaliseResponse } from '../../lib/seller-center';
import { ingestPageData, listSamples, saveSamples } from '../../lib/store';
import { DEFAULT_SAMPLE_POSTING_RULE, sampleDue, sampleState } from '../../lib/samples';
import { sampleRecordFromRequest } from '../../lib/samples/from-page';
import { tokyoDayNumber } from '../../lib/format';
import type { PageData } from '../../lib/model';
import { freshDb } from '../store/helpers';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');
const load = (rel: string): unknown => JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8'));
const URL_OF = (region: string) => `https://affiliate.tiktok.com/api/v1/affiliate/sample/group/list?aid=4331&shop_region=${region}`;
/** fixture clock (tests/fixtures/api/README.md) */
const NOW = Date.UTC(2026, 10, 24);
const DAY = 86_400_000;
const rule = DEFAULT_SAMPLE_POSTING_RULE;

function read(body: unknown, region: string, now = NOW): PageData {
  const result = normaliseResponse('sampleRequests', body, { url: URL_OF(region), now });
  if (!result.ok) throw new Error(result.diagnostic);
  return result.data;
}

/** The JP fixture answer with one request's curr_status changed (what Seller Center shows after the seller acts). */
function jpAnswer(statusByApply: Record<string, number> = {}): unknown {
  const body = load('api/sampleRequests/page-1.json') as { agg_info: Array<{ apply_deatil: { apply_info?: Record<string, unknown>; apply_infos?: Record<string, unknown>[] } }> };
  for (const group of body.agg_info) {
    const applies = group.apply_deatil.apply_infos ?? (group.apply_deatil.apply_info ? [group.apply_deatil.apply_info] : []);
    for (const apply of applies) if (statusByApply[String(apply.apply_id)] !== undefined) apply.curr_status = statusByApply[String(apply.apply_id)];
  }
  return body;
}

describe('real ID answer (published excerpt: apply_info one object, no product_id, no curr_status)', () => {
  const body = load('real/sampleRequests/id-2026-tokopedia-doc.json');

  it('reads its one request: apply id, creator, no product, waiting for review (can_be_approved), no request date', () => {
    expect(read(body, 'ID').sampleRequests).toEqual([
      { applyId: '8071766546124605119', creatorId: '7496211446107966143', productId: null, status: 'to_review', requestedAt: null },
    ]);
  });

  it('becomes one sample record on ingest, and re-reading the same answer changes nothing', async () => {
    const { db } = await freshDb();
    const first = await ingestPageData(db, read(body, 'ID'), NOW);
    expect(first.samples).toBe(1);
    const stored = await listSamples(db);
    expect(stored).toEqual([{
      id: '8071766546124605119', creatorId: '7496211446107966143', productId: null, source: 'page', pageStatus: 'to_review',
      refundable: false, requestedAt: null, approvedAt: null, shippedAt: null, receivedAt: null, postedAt: null,
      costJpy: null, shippingJpy: null, trackingNo: null, updatedAt: NOW,
    }]);
    expect(sampleState(stored[0]!, NOW, rule)).toBe('awaiting_approval');

    const again = await ingestPageData(db, read(body, 'ID', NOW + DAY), NOW + DAY);
    expect(again.samples).toBe(0);
    expect(await listSamples(db)).toEqual(stored);
  });
});

describe('JP fixture page: approval → due → overdue → posted', () => {
  it('reads three requests with their status words and request dates', () => {
    expect(read(jpAnswer(), 'JP').sampleRequests).toEqual([
      { applyId: '7600000000000000001', creatorId: '7494000000000000101', productId: '1732000000000000001', status: 'to_review', requestedAt: 1795046400000 },
      { applyId: '7600000000000000101', creatorId: '7494000000000000104', productId: '1732000000000000002', status: 'content_pending', requestedAt: 1794960000000 },
      { applyId: '7600000000000000201', creatorId: '7494000000000000107', productId: '1732000000000000003', status: 'completed', requestedAt: 1794873600000 },
    ]);
  });

  it('dates approval when a read first shows it, keeps the seller\'s cost across re-reads, and dates the post when completed', async () => {
    const { db } = await freshDb();
    await ingestPageData(db, read(jpAnswer(), 'JP'), NOW);
    const byId = async () => new Map((await listSamples(db)).map((s) => [s.id, s]));
    let samples = await byId();
    expect(samples.size).toBe(3);
    // to review: no clock yet; already approved on first read: dated by that read (never earlier than the truth)
    expect(samples.get('7600000000000000001')).toMatchObject({ pageStatus: 'to_review', approvedAt: null, postedAt: null });
    expect(samples.get('7600000000000000101')).toMatchObject({ pageStatus: 'content_pending', approvedAt: NOW, postedAt: null });
    // first read as completed: posted by its status, no invented post date
    expect(samples.get('7600000000000000201')).toMatchObject({ pageStatus: 'completed', approvedAt: NOW, postedAt: null });
    expect(sampleState(samples.get('7600000000000000201')!, NOW, rule)).toBe('posted');

    // the seller approves the first request on Seller Center; Mitate reads the list two days later
    const approvedAt = NOW + 2 * DAY;
    expect((await ingestPageData(db, read(jpAnswer({ '7600000000000000001': 40 }), 'JP', approvedAt), approvedAt)).samples).toBe(1);
    samples = await byId();
    const approved = samples.get('7600000000000000001')!;
    expect(approved).toMatchObject({ pageStatus: 'content_pending', approvedAt, requestedAt: 1795046400000 });
    const due = sampleDue(approved, rule);
    expect(due.clockBasis).toBe('approved');
    expect(tokyoDayNumber(due.postBy!) - tokyoDayNumber(approvedAt)).toBe(14);
    expect(sampleState(approved, approvedAt, rule)).toBe('waiting');
    expect(sampleState(approved, due.postBy! + DAY, rule)).toBe('overdue');

    // the seller enters the sample's cost; a re-read keeps it and changes nothing else
    await saveSamples(db, [{ ...approved, costJpy: 1800, shippingJpy: 600, updatedAt: approvedAt + 1 }]);
    expect((await ingestPageData(db, read(jpAnswer({ '7600000000000000001': 40 }), 'JP', approvedAt + DAY), approvedAt + DAY)).samples).toBe(0);
    expect((await byId()).get('7600000000000000001')).toMatchObject({ costJpy: 1800, shippingJpy: 600, approvedAt });

    // the creator posts: Seller Center shows it completed
    const postedAt = NOW + 20 * DAY;
    await ingestPageData(db, read(jpAnswer({ '7600000000000000001': 100 }), 'JP', postedAt), postedAt);
    expect((await byId()).get('7600000000000000001')).toMatchObject({ pageStatus: 'completed', approvedAt, postedAt, costJpy: 1800, shippingJpy: 600 });
    expect((await listSamples(db))).toHaveLength(3);
  });

  it('a read without a status keeps the stored one; the request date fills in when a later read has it', () => {
    const request = { applyId: 'a1', creatorId: 'c1', productId: null, status: 'content_pending', requestedAt: null };
    const first = sampleRecordFromRequest(request, undefined, NOW)!;
    expect(first).toMatchObject({ pageStatus: 'content_pending', approvedAt: NOW });
    const second = sampleRecordFromRequest({ ...request, status: null, requestedAt: NOW - DAY, productId: 'p1' }, first, NOW + DAY)!;
    expect(second).toMatchObject({ pageStatus: 'content_pending', approvedAt: NOW, requestedAt: NOW - DAY, productId: 'p1', updatedAt: NOW + DAY });
    expect(sampleRecordFromRequest({ ...request, status: null }, second, NOW + 2 * DAY)).toBeNull();
  });
});
