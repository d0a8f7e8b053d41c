import { describe, expect, it } from 'vitest';
import { createClient, createHandler } from '../../lib/protocol';
import type { MitateDb } from '../../lib/store';
import { freshDb } from '../store/helpers';
import { SAMPLES } from '../fixtures/followup/week';

const NOW = Date.UTC(2026, 10, 28);
function client(db: MitateDb) {
  const handle = createHandler({ openDb: async () => db, now: () => NOW });
  return createClient(async (msg) => JSON.parse(JSON.stringify(await handle(JSON.parse(JSON.stringify(msg))))));
}

describe('follow-up messages', () => {
  it('timeline events, product costs and samples round-trip; getFollowUp returns only notes with follow-up', async () => {
    const { db } = await freshDb();
    const c = client(db);
    const base = { costJpy: null, shippingJpy: null, trackingNo: null, dueAt: null, memo: '' };
    const added = await c.addTimelineEvent({ creatorId: 'A', editor: 'panel', event: { ...base, status: 'sample_sent', at: NOW - 1000, costJpy: 1800 } });
    expect(added).toMatchObject({ ok: true, data: { status: 'sample_sent', sampleCostJpy: 1800, timeline: [{ status: 'sample_sent', costJpy: 1800, recordedAt: NOW }] } });
    await c.saveNote({ creatorId: 'plain', baseRevision: 0, patch: { text: 'no follow-up' }, editor: 'panel' });
    expect(await c.setProductCost({ productId: 'P', costOfGoodsJpy: 954, memo: '' })).toMatchObject({ ok: true, data: { costOfGoodsJpy: 954 } });
    expect(await c.setProductCost({ productId: 'P', costOfGoodsJpy: -1, memo: '' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await c.saveSamples({ samples: SAMPLES })).toMatchObject({ ok: true });
    const followUp = await c.getFollowUp({});
    if (!followUp.ok) throw new Error(followUp.error.message);
    expect(followUp.data.notes.map((n) => n.creatorId)).toEqual(['A']);
    expect(followUp.data.samples.map((s) => s.id)).toEqual(['apply-B2']);
    expect(followUp.data.productCosts).toEqual([{ productId: 'P', costOfGoodsJpy: 954, memo: '', updatedAt: NOW }]);
    // a client may not set the event id or its recorded time
    expect(await c.addTimelineEvent({ creatorId: 'A', editor: 'x', event: { ...base, status: 'paid', at: 1, id: 'forged' } as never })).toMatchObject({ ok: false });
  });
});
