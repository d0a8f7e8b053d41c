import { describe, expect, it } from 'vitest';
import { adviseCommission, BENCHMARKS_JP, chooseBenchmark, learnBenchmarks } from '../../lib/commission';

const finiteEverywhere = (value: unknown): boolean =>
  typeof value === 'number' ? Number.isFinite(value) : value && typeof value === 'object' ? Object.values(value).every(finiteEverywhere) : true;

describe('adviseCommission: hand-worked cases', () => {
  it('research §5.3 item, no returns or samples: break-even 43.83 %', () => {
    // price ¥3,300 incl. 10 % → net 3000; fee 7 % × 3300 (tax-included base) = 231
    // profit(0) per unit = 3000 − 954 − 500 − 231 = 1315; break-even = 1315 / 3000 = 0.438333…
    const r = adviseCommission({ priceJpy: 3300, costOfGoodsJpy: 954, shippingJpy: 500, expectedReturnRate: 0, sampleCostJpy: 0, category: 'Beauty & Personal Care' });
    if (!r.ok) throw new Error('expected ok');
    expect(r.figures.netPriceJpy).toBeCloseTo(3000, 9);
    expect(r.figures.feeJpy).toBeCloseTo(231, 9);
    expect(r.figures.profitAtZeroJpy).toBeCloseTo(1315, 9);
    expect(r.breakEvenRate).toBeCloseTo(1315 / 3000, 12);
    // whole beauty band 12–20 % is below 43.8 % → suggested = band
    expect(r.suggested).toEqual({ low: 0.12, high: 0.2 });
    expect(r.message.en).toBe('Break-even commission 43.8%; suggested 12%–20% (Beauty & personal care typical 12%–20%)');
    expect(r.notes).toEqual([]);
    // curve: 41 points 0..40 %; margin at 15 % = (1315 − 0.15·3000)/3000 = 865/3000
    expect(r.curve).toHaveLength(41);
    expect(r.curve[15]!.rate).toBe(0.15);
    expect(r.curve[15]!.profitJpy).toBeCloseTo(865, 9);
    expect(r.curve[15]!.margin).toBeCloseTo(865 / 3000, 12);
    expect(r.curve[0]!.margin).toBeCloseTo(1315 / 3000, 12);
  });

  it('returns and samples spread over expected units', () => {
    // N = 100, r = 10 % → kept 90, returned 10
    // returnLoss = 2·500 + 0.5·954 = 1477 per returned unit
    // profit(0) = 90·1315 − 10·1477 − 20000 = 118350 − 14770 − 20000 = 83580
    // break-even = 83580 / (90·3000 = 270000) = 0.309555…
    const r = adviseCommission({
      priceJpy: 3300, costOfGoodsJpy: 954, shippingJpy: 500, expectedReturnRate: 0.1, sampleCostJpy: 20000,
      expectedUnits: 100, category: '美妆个护',
    });
    if (!r.ok) throw new Error('expected ok');
    expect(r.figures.keptUnits).toBeCloseTo(90, 12);
    expect(r.figures.returnLossJpy).toBeCloseTo(1477, 9);
    expect(r.figures.profitAtZeroJpy).toBeCloseTo(83580, 6);
    expect(r.breakEvenRate).toBeCloseTo(83580 / 270000, 12);
    // margin at 15 %: (83580 − 0.15·270000)/270000 = 43080/270000
    expect(r.curve[15]!.margin).toBeCloseTo(43080 / 270000, 12);
    // at 31 %: 83580 − 83700 = −120 → just unprofitable
    expect(r.curve[31]!.profitJpy).toBeCloseTo(-120, 6);
  });

  it('break-even inside the band caps the suggestion (floored to 0.1 %)', () => {
    // price 1100 incl. 10 % → net 1000; fee 77; COGS 600; ship 150 → profit(0) = 1000 − 600 − 150 − 77 = 173
    // break-even 0.173 → suggested 12 %–17.3 % in beauty
    const r = adviseCommission({ priceJpy: 1100, costOfGoodsJpy: 600, shippingJpy: 150, expectedReturnRate: 0, sampleCostJpy: 0, category: 'Beauty' });
    if (!r.ok) throw new Error('expected ok');
    expect(r.breakEvenRate).toBeCloseTo(0.173, 12);
    expect(r.suggested!.low).toBe(0.12);
    expect(r.suggested!.high).toBeCloseTo(0.173, 12);
  });

  it('food at 8 %: break-even below the band → no suggestion', () => {
    // price 1080 incl. 8 % → net 1000; fee 0.07·1080 = 75.6; profit(0) = 1000 − 600 − 300 − 75.6 = 24.4
    // break-even 0.0244 < food band low 8 %
    const r = adviseCommission({ priceJpy: 1080, costOfGoodsJpy: 600, shippingJpy: 300, expectedReturnRate: 0, sampleCostJpy: 0, category: '食品・飲料' });
    if (!r.ok) throw new Error('expected ok');
    expect(r.figures.taxRate).toBe(0.08);
    expect(r.figures.netPriceJpy).toBeCloseTo(1000, 9);
    expect(r.breakEvenRate).toBeCloseTo(0.0244, 12);
    expect(r.suggested).toBeNull();
    expect(r.message.en).toContain('below the Food & beverages range 8%–15%');
  });

  it('new-shop 3 % fee and an explicit tax rate', () => {
    // price 2200, tax 10 % → net 2000; fee 0.03·2200 = 66; profit(0) = 2000 − 1000 − 0 − 66 = 934 → 0.467
    const r = adviseCommission({ priceJpy: 2200, costOfGoodsJpy: 1000, shippingJpy: 0, platformFeeRate: 0.03, taxRate: 0.1, expectedReturnRate: 0, sampleCostJpy: 0 });
    if (!r.ok) throw new Error('expected ok');
    expect(r.breakEvenRate).toBeCloseTo(0.467, 12);
    expect(r.benchmark.categoryId).toBe('other');
  });

  it('not profitable even at 0 %: says so, breakEven null, curve finite', () => {
    // net 1000, fee 77, COGS 900, ship 300 → profit(0) = −277
    const r = adviseCommission({ priceJpy: 1100, costOfGoodsJpy: 900, shippingJpy: 300 });
    if (!r.ok) throw new Error('expected ok');
    expect(r.profitable).toBe(false);
    expect(r.breakEvenRate).toBeNull();
    expect(r.suggested).toBeNull();
    expect(r.message.en).toBe('Not profitable even at 0% commission: raise the price or cut costs');
    expect(finiteEverywhere(r.curve)).toBe(true);
    // missing returns and samples are assumed 0 and noted
    expect(r.notes.map((n) => n.en)).toEqual(['No return rate entered: counted as 0%', 'No sample cost entered: counted as ¥0']);
  });

  it('uses a learned benchmark when given', () => {
    const learned = learnBenchmarks([0.2, 0.25, 0.3].map((rate) => ({ category: 'Beauty', rate, source: 'product' as const, seenAt: 1 }))).beauty!;
    const benchmark = chooseBenchmark(BENCHMARKS_JP.beauty, learned, 3, 1); // one day allowed here; p25 0.225, p75 0.275
    const r = adviseCommission({ priceJpy: 3300, costOfGoodsJpy: 954, shippingJpy: 500, benchmark });
    if (!r.ok) throw new Error('expected ok');
    expect(r.suggested!.low).toBeCloseTo(0.225, 12);
    expect(r.suggested!.high).toBeCloseTo(0.275, 12);
  });
});

describe('adviseCommission: zero and missing inputs', () => {
  it('price 0 or missing → "enter a price", never NaN', () => {
    for (const priceJpy of [0, null, undefined, Number.NaN, -5]) {
      const r = adviseCommission({ priceJpy, costOfGoodsJpy: 100 });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]!.en).toBe('Enter a price (tax included)');
    }
  });
  it('missing cost of goods, bad return rate, samples without units', () => {
    const r = adviseCommission({ priceJpy: 1000, costOfGoodsJpy: null, expectedReturnRate: 1, sampleCostJpy: 5000, expectedUnits: 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.en)).toEqual([
        'Enter the cost of goods (0 if none)',
        'Return rate must be from 0% to below 100%',
        'Enter expected units to spread the sample cost over',
      ]);
      for (const p of r.problems) expect(p.zh_CN.length * p.ja.length).toBeGreaterThan(0);
    }
  });
  it('zero cost of goods is a valid input', () => {
    // net 1000, fee 77 → profit(0) = 923 → 0.923 (above the 80 % platform max, suggestion stays within band)
    const r = adviseCommission({ priceJpy: 1100, costOfGoodsJpy: 0, shippingJpy: 0, expectedReturnRate: 0, sampleCostJpy: 0 });
    if (!r.ok) throw new Error('expected ok');
    expect(r.breakEvenRate).toBeCloseTo(0.923, 12);
    expect(r.suggested).toEqual({ low: 0.1, high: 0.2 });
    expect(finiteEverywhere(r)).toBe(true);
  });
});
