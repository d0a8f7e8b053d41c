import { describe, expect, it } from 'vitest';
import type { AffiliateOrder } from '../../lib/model';
import { computeLine, computeRoi, periodKey, toCny, UNASSIGNED_KEY, type CostEntry, type ProductCost } from '../../lib/roi';

function order(o: Partial<AffiliateOrder> & { orderId: string }): AffiliateOrder {
  return {
    skuId: null, creatorId: null, creatorHandle: null, productId: null, productName: null, quantity: null, amountJpy: null,
    commissionRate: null, commissionEstimatedJpy: null, commissionActualJpy: null, refundedUnits: null, returnedUnits: null,
    status: null, settled: null, createdAt: null, collaborationId: null, ...o,
  };
}

const products: ProductCost[] = [
  { productId: 'p1', category: 'Beauty & Personal Care', costOfGoodsJpy: 954 }, // 10 %
  { productId: 'p2', category: '食品・飲料', costOfGoodsJpy: null }, // 8 %, cost unknown
];

const orders: AffiliateOrder[] = [
  // o1: 2 × ¥3,300, settled, actual commission ¥900
  order({ orderId: 'o1', creatorId: 'c1', creatorHandle: 'aya', productId: 'p1', quantity: 2, amountJpy: 6600, settled: true,
    commissionActualJpy: 900, commissionEstimatedJpy: 900, createdAt: Date.UTC(2026, 10, 2, 1, 0), collaborationId: 'k1' }),
  // o2: 4 × ¥3,300, one unit refunded and returned (counted once), not settled, estimate ¥1,800 for all 4
  order({ orderId: 'o2', creatorId: 'c1', creatorHandle: 'aya', productId: 'p1', quantity: 4, amountJpy: 13200, refundedUnits: 1,
    returnedUnits: 1, settled: false, commissionEstimatedJpy: 1800, createdAt: Date.UTC(2026, 9, 31, 23, 30), collaborationId: 'k1' }),
  // o3: food ¥1,080 incl. 8 %, only a rate of 10 %
  order({ orderId: 'o3', creatorId: 'c2', productId: 'p2', quantity: 1, amountJpy: 1080, commissionRate: 0.1, settled: false,
    createdAt: Date.UTC(2026, 10, 2, 3, 0) }),
  // o4: unknown product (10 %), settled with zero commission
  order({ orderId: 'o4', creatorId: 'c3', quantity: 1, amountJpy: 1100, settled: true, commissionActualJpy: 0, createdAt: Date.UTC(2026, 10, 3) }),
];

const costs: CostEntry[] = [
  { creatorId: 'c1', productId: 'p1', kind: 'sample', amountJpy: 3000, at: Date.UTC(2026, 9, 20) },
  { creatorId: 'c1', kind: 'shipping', amountJpy: 500, at: Date.UTC(2026, 9, 20) },
  { kind: 'other', amountJpy: 1000, at: Date.UTC(2026, 10, 5) },
];

describe('computeLine', () => {
  it('refund removes GMV, estimated commission and fee proportionally', () => {
    const line = computeLine(orders[1]!, products[0]);
    // kept 3 of 4 → share 0.75; GMV incl 13200·0.75 = 9900; excl 9900/1.1 = 9000; refunded 3300
    expect(line.removedUnits).toBe(1);
    expect(line.keptShare).toBe(0.75);
    expect(line.gmvInclTaxJpy).toBe(9900);
    expect(line.gmvExclTaxJpy).toBeCloseTo(9000, 9);
    expect(line.refundedGmvInclTaxJpy).toBe(3300);
    // commission 1800·0.75 = 1350, estimated; fee 0.07·9900 = 693; COGS 954·3 = 2862
    expect(line.commissionJpy).toBe(1350);
    expect(line.commissionBasis).toBe('estimated');
    expect(line.platformFeeJpy).toBeCloseTo(693, 9);
    expect(line.cogsJpy).toBe(2862);
    // net = 9000 − 693 − 1350 − 2862 = 4095; ROI = 9900 / 1350 = 7.333…
    expect(line.netProfitJpy).toBeCloseTo(4095, 9);
    expect(line.roi.value).toBeCloseTo(9900 / 1350, 12);
  });
  it('settled line uses the actual commission as is', () => {
    const line = computeLine(orders[0]!, products[0]);
    expect(line.commissionJpy).toBe(900);
    expect(line.commissionBasis).toBe('actual');
  });
  it('settled without an actual figure falls back to the estimate; nothing known → unknown', () => {
    const a = computeLine(order({ orderId: 'x', quantity: 1, amountJpy: 1100, settled: true, commissionEstimatedJpy: 150 }));
    expect([a.commissionJpy, a.commissionBasis]).toEqual([150, 'estimated']);
    const b = computeLine(order({ orderId: 'y', quantity: 1, amountJpy: 1100 }));
    expect([b.commissionJpy, b.commissionBasis, b.cogsJpy]).toEqual([null, 'unknown', null]);
  });
  it('food line at 8 % with a rate-only commission on the tax-excluded base', () => {
    const line = computeLine(orders[2]!, products[1]);
    // 1080/1.08 = 1000; commission 0.1·1000 = 100; fee 0.07·1080 = 75.6
    expect(line.taxRate).toBe(0.08);
    expect(line.gmvExclTaxJpy).toBeCloseTo(1000, 9);
    expect(line.commissionJpy).toBeCloseTo(100, 9);
    expect(line.platformFeeJpy).toBeCloseTo(75.6, 9);
    expect(line.cogsJpy).toBeNull();
  });
  it('refunds larger than the quantity are capped', () => {
    const line = computeLine(order({ orderId: 'z', quantity: 1, amountJpy: 1100, refundedUnits: 3, commissionEstimatedJpy: 100 }));
    expect([line.keptShare, line.gmvInclTaxJpy, line.commissionJpy]).toEqual([0, 0, 0]);
  });
});

describe('computeRoi per creator (every figure hand-worked)', () => {
  const { rows, total } = computeRoi({ orders, costs, products, groupBy: 'creator' });
  const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));

  it('c1: refund + partial settlement + costs', () => {
    const c1 = byKey.c1!;
    expect(c1.label).toBe('aya');
    expect([c1.orders, c1.units, c1.removedUnits]).toEqual([2, 6, 1]);
    // gross 6600 + 13200 = 19800; kept incl 6600 + 9900 = 16500; excl 6000 + 9000 = 15000; refunded 3300
    expect(c1.grossGmvInclTaxJpy).toBe(19800);
    expect(c1.gmvInclTaxJpy).toBe(16500);
    expect(c1.gmvExclTaxJpy).toBeCloseTo(15000, 9);
    expect(c1.refundedGmvInclTaxJpy).toBe(3300);
    // commission 900 actual + 1350 estimated = 2250, mixed
    expect(c1.commissionJpy).toBe(2250);
    expect(c1.commissionBasis).toBe('mixed');
    // fee 0.07·6600 + 0.07·9900 = 462 + 693 = 1155; COGS 954·2 + 954·3 = 4770
    expect(c1.platformFeeJpy).toBeCloseTo(1155, 9);
    expect(c1.cogsJpy).toBe(4770);
    expect(c1.cogsComplete).toBe(true);
    // marketing = 2250 + 3000 + 500 = 5750; net = 15000 − 1155 − 4770 − 5750 = 3325
    expect([c1.sampleCostJpy, c1.shippingCostJpy, c1.otherCostJpy]).toEqual([3000, 500, 0]);
    expect(c1.marketingCostJpy).toBe(5750);
    expect(c1.netProfitJpy).toBeCloseTo(3325, 9);
    // ROI = 16500 / 2250 = 7.333…; profit ROI = 3325 / 5750 = 0.57826…
    expect(c1.roi.value).toBeCloseTo(16500 / 2250, 12);
    expect(c1.profitRoi.value).toBeCloseTo(3325 / 5750, 12);
    expect(c1.roi.label.en).toBe('ROI (GMV ÷ commission)');
    expect(c1.profitRoi.label.en).toBe('Profit ROI (net profit ÷ marketing cost)');
  });

  it('c2: 8 % food, estimate from rate, cost of goods unknown', () => {
    const c2 = byKey.c2!;
    expect(c2.commissionBasis).toBe('estimated');
    expect(c2.cogsComplete).toBe(false);
    // net = 1000 − 75.6 − 100 = 824.4; ROI = 1080/100 = 10.8; profit ROI = 824.4/100 = 8.244
    expect(c2.netProfitJpy).toBeCloseTo(824.4, 9);
    expect(c2.roi.value).toBeCloseTo(10.8, 12);
    expect(c2.profitRoi.value).toBeCloseTo(8.244, 12);
  });

  it('c3: zero commission → ROI null with a reason, never Infinity', () => {
    const c3 = byKey.c3!;
    expect(c3.commissionJpy).toBe(0);
    expect(c3.commissionBasis).toBe('actual');
    expect(c3.roi.value).toBeNull();
    expect(c3.roi.reason!.en).toBe('n/a: no commission paid');
    expect(c3.roi.reason!.zh_CN).toBe('无：未支付佣金');
    expect(c3.profitRoi.value).toBeNull();
    expect(c3.profitRoi.reason!.en).toBe('n/a: no marketing cost');
    // net = 1000 − 77 = 923
    expect(c3.netProfitJpy).toBeCloseTo(923, 9);
  });

  it('costs with no creator land in the unassigned row', () => {
    const none = byKey[UNASSIGNED_KEY]!;
    expect(none.otherCostJpy).toBe(1000);
    expect(none.netProfitJpy).toBe(-1000);
    expect(none.profitRoi.value).toBe(-1);
    expect(none.roi.value).toBeNull();
  });

  it('total adds up', () => {
    expect(total.grossGmvInclTaxJpy).toBe(21980); // 19800 + 1080 + 1100
    expect(total.gmvInclTaxJpy).toBe(18680); // 16500 + 1080 + 1100
    expect(total.gmvExclTaxJpy).toBeCloseTo(17000, 9); // 15000 + 1000 + 1000
    expect(total.commissionJpy).toBeCloseTo(2350, 9); // 2250 + 100 + 0
    expect(total.platformFeeJpy).toBeCloseTo(1307.6, 9); // 1155 + 75.6 + 77
    expect(total.marketingCostJpy).toBeCloseTo(6850, 9); // 2350 + 3000 + 500 + 1000
    // net = 17000 − 1307.6 − 4770 − 6850 = 4072.4
    expect(total.netProfitJpy).toBeCloseTo(4072.4, 9);
    expect(total.roi.value).toBeCloseTo(18680 / 2350, 12);
    expect(total.profitRoi.value).toBeCloseTo(4072.4 / 6850, 12);
    expect(total.commissionBasis).toBe('mixed');
    expect(total.cogsComplete).toBe(false);
  });
});

describe('computeRoi per period in Asia/Tokyo', () => {
  it('month: 2026-10-31 23:30 UTC is November in Tokyo', () => {
    const { rows } = computeRoi({ orders, products, groupBy: 'month' });
    expect(rows.map((r) => r.key)).toEqual(['2026-11']);
    expect(rows[0]!.orders).toBe(4);
  });
  it('day and week keys', () => {
    expect(periodKey(Date.UTC(2026, 9, 31, 23, 30), 'day')).toBe('2026-11-01');
    expect(periodKey(Date.UTC(2026, 9, 31, 14, 59), 'day')).toBe('2026-10-31');
    // 2026-11-23 is a Monday: 01:00 JST Monday → that week; 23:59 JST Sunday before → previous week
    expect(periodKey(Date.UTC(2026, 10, 22, 16, 0), 'week')).toBe('W2026-11-23');
    expect(periodKey(Date.UTC(2026, 10, 22, 14, 59), 'week')).toBe('W2026-11-16');
  });
  it('per product and per collaboration', () => {
    const byProduct = computeRoi({ orders, costs, products, groupBy: 'product' });
    const p1 = byProduct.rows.find((r) => r.key === 'p1')!;
    expect(p1.sampleCostJpy).toBe(3000); // only the sample entry names p1
    expect(p1.shippingCostJpy).toBe(0);
    const byCollab = computeRoi({ orders, products, groupBy: 'collaboration' });
    expect(byCollab.rows.find((r) => r.key === 'k1')!.gmvInclTaxJpy).toBe(16500);
  });
});

describe('toCny', () => {
  it('converts at the seller rate, rounded to the fen', () => {
    expect(toCny(10000, 0.048)).toBe(480); // 10000 × 0.048
    expect(toCny(1234, 0.0476)).toBe(58.74); // 58.7384 → 58.74
    expect(toCny(1234, null)).toBeNull();
    expect(toCny(1234, 0)).toBeNull();
    expect(toCny(null, 0.05)).toBeNull();
  });
});
