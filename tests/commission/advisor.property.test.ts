import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adviseCommission } from '../../lib/commission';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

describe('adviseCommission properties', () => {
  it('never yields NaN or Infinity, whatever is typed', () => {
    fc.assert(fc.property(
      maybe(fc.double({ min: -1e7, max: 1e7, noNaN: false })), maybe(fc.double({ min: -1e6, max: 1e6 })),
      maybe(fc.integer({ min: 0, max: 5000 })), maybe(fc.double({ min: -0.5, max: 1.5 })),
      maybe(fc.integer({ min: 0, max: 1e6 })), maybe(fc.integer({ min: 0, max: 10000 })),
      (priceJpy, costOfGoodsJpy, shippingJpy, expectedReturnRate, sampleCostJpy, expectedUnits) => {
        const r = adviseCommission({ priceJpy, costOfGoodsJpy, shippingJpy, expectedReturnRate, sampleCostJpy, expectedUnits, category: 'Beauty' });
        const check = (v: unknown): void => {
          if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
          else if (v && typeof v === 'object') Object.values(v).forEach(check);
        };
        check(r);
        if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
      },
    ), { numRuns: 300 });
  });

  it('profit at the break-even rate is zero and the margin falls by exactly the rate', () => {
    fc.assert(fc.property(
      fc.integer({ min: 500, max: 50000 }), fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true }),
      (priceJpy, cogsShare, expectedReturnRate) => {
        const r = adviseCommission({ priceJpy, costOfGoodsJpy: priceJpy * cogsShare, shippingJpy: 300, expectedReturnRate, sampleCostJpy: 0 });
        if (!r.ok) throw new Error('expected ok');
        // margin(c) = margin(0) − c, because commission is on the tax-excluded price = the margin denominator per kept unit
        expect(r.curve[10]!.margin).toBeCloseTo(r.curve[0]!.margin - 0.1, 9);
        if (r.breakEvenRate != null) expect(r.breakEvenRate).toBeCloseTo(r.curve[0]!.margin, 9);
      },
    ), { numRuns: 200 });
  });
});
