import { describe, expect, it } from 'vitest';
import { breakEvenInPlace, computeRoi, costEntriesFromRecords, productCostsForRoi, rankByProfit, roiWarnings } from '../../lib/roi';
import { NOTES, ORDERS, PRODUCT_COSTS, PRODUCTS, SAMPLES } from '../fixtures/followup/week';

const input = () => ({
  orders: ORDERS,
  costs: costEntriesFromRecords({ notes: NOTES, samples: SAMPLES }),
  products: productCostsForRoi(PRODUCT_COSTS, PRODUCTS),
});

describe('profit ranking (hand-worked week, tests/fixtures/followup/week.ts)', () => {
  it('ranks by profit net of commission, fee, cost of goods, samples and shipping; the ratio stays beside it', () => {
    const { rows } = computeRoi({ ...input(), groupBy: 'creator' });
    const ranked = rankByProfit(rows);
    expect(ranked.map((r) => r.key)).toEqual(['A', 'C', 'B']);
    const [a, c, b] = ranked;
    expect(a!.netProfitJpy).toBeCloseTo(11_250, 6);
    expect(c!.netProfitJpy).toBeCloseTo(6_048, 6);
    expect(b!.netProfitJpy).toBeCloseTo(-1_470, 6);
    expect(a!.cogsJpy).toBeCloseTo(9_540, 6);
    expect(a!.platformFeeJpy).toBeCloseTo(2_310, 6);
    expect(a!.sampleCostJpy).toBe(1_800);
    expect(a!.shippingCostJpy).toBe(600);
    expect(b!.sampleCostJpy).toBe(3_600);
    // Seller Center's ratio cannot tell A from B
    expect(a!.roi.value).toBeCloseTo(33_000 / 4_500, 9);
    expect(b!.roi.value).toBeCloseTo(6_600 / 900, 9);
    expect(c!.roi.value).toBeCloseTo(17_600 / 3_250, 9);
    expect(a!.roi.label.en).toBe('ROI (GMV ÷ commission)');
  });

  it('warns on the loss and the commission above break-even, nothing else by default', () => {
    const { rows } = computeRoi({ ...input(), groupBy: 'creator' });
    const warnings = roiWarnings(rows);
    expect(warnings.map((w) => [w.key, w.metric])).toEqual([['B', 'loss'], ['C', 'aboveBreakEven']]);
    expect(warnings[1]!.threshold).toBeCloseTo(0.223, 9);
    expect(warnings[1]!.message.en).toBe('Mask: commission 25% is above break-even 22.3%');
  });

  it('every recorded cost becomes an entry, traceable to where it was typed', () => {
    const entries = costEntriesFromRecords({ notes: NOTES, samples: SAMPLES });
    expect(entries.map((e) => [e.source, e.creatorId, e.kind, e.amountJpy])).toEqual([
      ['sample:apply-B2', 'B', 'sample', 1800],
      ['note:A:e2', 'A', 'sample', 1800], ['note:A:e2', 'A', 'shipping', 600],
      ['note:B:e1', 'B', 'sample', 1800], ['note:B:e1', 'B', 'shipping', 600],
    ]);
  });

  it('a v2-style note cost (no event cost) counts once', () => {
    const v2 = { ...NOTES[2]!, sampleCostJpy: 1200 };
    expect(costEntriesFromRecords({ notes: [v2] }).map((e) => e.amountJpy)).toEqual([1200]);
    const withEvent = { ...NOTES[0]!, sampleCostJpy: 1800 };
    expect(costEntriesFromRecords({ notes: [withEvent] }).filter((e) => e.kind === 'sample')).toHaveLength(1);
  });
});

describe('breakEvenInPlace', () => {
  it('Serum at ¥3,300 with ¥954 cost: 60.5 %, beside the beauty band', () => {
    const chip = breakEvenInPlace({ priceJpy: 3300, costOfGoodsJpy: 954, category: 'beauty', commissionRate: 0.15 });
    if (chip.kind !== 'ok') throw new Error(chip.kind);
    expect(chip.breakEvenRate).toBeCloseTo(0.605, 12);
    expect(chip.aboveBreakEven).toBe(false);
    expect(chip.band.low).toBeLessThan(chip.band.high);
  });
  it('Mask at 25 % is above its 22.3 % break-even; no cost or price says so instead of guessing', () => {
    const chip = breakEvenInPlace({ priceJpy: 1100, costOfGoodsJpy: 700, category: 'beauty', commissionRate: 0.25 });
    expect(chip).toMatchObject({ kind: 'ok', aboveBreakEven: true });
    expect(breakEvenInPlace({ priceJpy: 1100, costOfGoodsJpy: null })).toEqual({ kind: 'noCost' });
    expect(breakEvenInPlace({ priceJpy: null, costOfGoodsJpy: 700 })).toEqual({ kind: 'noPrice' });
  });
  it('a product that loses money at 0 % has no break-even and any rate is flagged', () => {
    const chip = breakEvenInPlace({ priceJpy: 1100, costOfGoodsJpy: 1000, commissionRate: 0.01 });
    expect(chip).toMatchObject({ kind: 'ok', breakEvenRate: null, aboveBreakEven: true });
  });
});
