import { describe, expect, it } from 'vitest';
import { acceptanceByCommission, acceptanceSentence, planResultsByCommission } from '../../lib/collab';
import type { CollaborationRecord } from '../../lib/store';
import { DAY, MONDAY, event, note, order } from '../fixtures/followup/week';

function planRecord(planId: string, creatorIds: string[], products: Array<[string, number | null]>): CollaborationRecord {
  return {
    id: `plan:${planId}`, planId, creatorIds, productId: null, agreedCommissionRate: null, sampleCostJpy: null, shippingCostJpy: null,
    trackingNo: null, agreedAt: null, sampleSentAt: null, postedAt: null, endsAt: null, memo: '', updatedAt: MONDAY,
    plan: { id: planId, kind: 'target', name: planId, status: 'ongoing', creatorIds, endsAt: null, products: products.map(([productId, commissionRate]) => ({ productId, commissionRate, category: 'beauty' })) },
  };
}

// Plan "ten": 20 creators at 10 %, 2 accepted (one of them posted). Plan "fifteen": 20 creators at 15 % for P and
// 20 % for Q; 9 accepted, 3 posted. Orders: t1 ¥3,300 (P) for plan ten; f1 ¥6,600 (P) and f2 ¥1,100 (Q) for plan
// fifteen; one order without a plan id from a plan-fifteen creator for P (¥3,300) also counts for plan fifteen at 15 %.
const ten = Array.from({ length: 20 }, (_, i) => `t${i}`);
const fifteen = Array.from({ length: 20 }, (_, i) => `f${i}`);
const notes = [
  note('t0', [event('a', 'invited', MONDAY), event('b', 'agreement_confirmed', MONDAY + DAY), event('c', 'content_posted', MONDAY + 5 * DAY)]),
  note('t1', [event('a', 'invited', MONDAY), event('b', 'sample_sent', MONDAY + DAY)]),
  note('t2', [event('a', 'invited', MONDAY), event('b', 'replied', MONDAY + DAY)]), // replied is not accepted
  ...fifteen.slice(0, 9).map((id, i) => note(id, [event('a', 'agreement_confirmed', MONDAY), ...(i < 3 ? [event('b', 'content_posted', MONDAY + 4 * DAY)] : [])])),
];
const orders = [
  { ...order('t1', 't0', 'P', 1, 0.1), collaborationId: 'ten' },
  { ...order('f1', 'f0', 'P', 2, 0.15), collaborationId: 'fifteen' },
  { ...order('f2', 'f1', 'Q', 1, 0.2), collaborationId: 'fifteen' },
  order('f3', 'f2', 'P', 1, 0.15),
  // another plan's order and a stranger's order never count
  { ...order('x1', 'f0', 'P', 9, 0.15), collaborationId: 'other' },
  order('x2', 'stranger', 'P', 9, 0.15),
];
const collaborations = [planRecord('ten', ten, [['P', 0.1]]), planRecord('fifteen', fifteen, [['P', 0.15], ['Q', 0.2]])];

describe('planResultsByCommission', () => {
  it('invited, accepted, posted and GMV for each plan and commission level', () => {
    const rows = planResultsByCommission({ collaborations, notes, orders });
    expect(rows.map((r) => [r.planId, r.rate, r.invited, r.accepted, r.posted, r.gmvInclTaxJpy])).toEqual([
      ['fifteen', 0.15, 20, 9, 3, 9_900],
      ['fifteen', 0.2, 20, 9, 3, 1_100],
      ['ten', 0.1, 20, 2, 1, 3_300],
    ]);
  });
  it('a completed sample request for the plan\'s product counts as posted', () => {
    const rows = planResultsByCommission({
      collaborations: [collaborations[0]!], notes, orders,
      samples: [{ id: 's', creatorId: 't5', productId: 'P', source: 'page', pageStatus: 'completed', refundable: false, requestedAt: null, approvedAt: null, shippedAt: null, receivedAt: null, postedAt: null, costJpy: null, shippingJpy: null, trackingNo: null, updatedAt: 0 }],
    });
    expect(rows[0]!.posted).toBe(2);
  });
});

describe('the plan\'s own progress counts too', () => {
  it('products added = accepted; content posted = accepted and posted', () => {
    const record = planRecord('ten', ten, [['P', 0.1]]);
    record.plan!.creatorProgress = [
      { creatorId: 't10', handle: null, status: 'pending', productsAdded: 2, contentPosted: 0 },
      { creatorId: 't11', handle: null, status: null, productsAdded: 0, contentPosted: 1 },
      { creatorId: 't12', handle: null, status: null, productsAdded: 0, contentPosted: 0 },
    ];
    const [row] = planResultsByCommission({ collaborations: [record], notes, orders });
    expect([row!.invited, row!.accepted, row!.posted]).toEqual([20, 4, 2]);
  });
});

describe('acceptance by commission, for the advisor', () => {
  it('"at 10%, 2 of 20 accepted; at 15%, 9 of 20"', () => {
    const rows = acceptanceByCommission(planResultsByCommission({ collaborations, notes, orders }));
    expect(rows.map((r) => [r.rate, r.invited, r.accepted, r.acceptanceRate])).toEqual([[0.1, 20, 2, 0.1], [0.15, 20, 9, 0.45], [0.2, 20, 9, 0.45]]);
    const sentence = acceptanceSentence(rows.slice(0, 2));
    expect(sentence?.en).toBe('at 10%, 2 of 20 accepted; at 15%, 9 of 20');
    expect(sentence?.zh_CN).toBe('佣金 10% 时，20 人中 2 人接受；佣金 15% 时，20 人中 9 人接受');
    expect(sentence?.ja).toBe('報酬 10% では 20 人中 2 人が承諾、報酬 15% では 20 人中 9 人が承諾');
    expect(acceptanceSentence([])).toBeNull();
  });
});
