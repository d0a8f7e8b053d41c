import { describe, expect, it } from 'vitest';
import { computeRoi, forecastRoi, roiWarnings, type RoiRow } from '../../lib/roi';

describe('forecastRoi', () => {
  it('research §5.3 forecast with costs', () => {
    // GMV = 2400 × 15000 × 3 / 1000 = 108000; excl = 108000/1.1 = 1080000/11
    // commission 0.15 × 1080000/11 = 162000/11; fee 0.07 × 108000 = 7560
    // units 108000/3300; COGS = 108000 × 954 / 3300 = 343440/11
    // marketing = 162000/11 + 20000 = 382000/11
    // net = (1080000 − 343440 − 162000)/11 − 7560 − 20000 = 574560/11 − 27560 = 271400/11
    const f = forecastRoi({ gpmJpy: 2400, expectedViews: 15000, videos: 3, commissionRate: 0.15, priceJpy: 3300, costOfGoodsJpy: 954, sampleCostJpy: 20000, category: 'Beauty' });
    if (!f.ok) throw new Error('expected ok');
    expect(f.kind).toBe('forecast');
    expect(f.label.en).toBe('Forecast (GPM × expected views)');
    expect(f.gmvInclTaxJpy).toBe(108000);
    expect(f.gmvExclTaxJpy).toBeCloseTo(1080000 / 11, 9);
    expect(f.commissionJpy).toBeCloseTo(162000 / 11, 9);
    expect(f.platformFeeJpy).toBeCloseTo(7560, 9);
    expect(f.cogsJpy).toBeCloseTo(343440 / 11, 9);
    expect(f.marketingCostJpy).toBeCloseTo(382000 / 11, 9);
    expect(f.netProfitJpy).toBeCloseTo(271400 / 11, 9);
    // ROI = 108000 / (162000/11) = 7.333…; profit ROI = 271400/382000
    expect(f.roi.value).toBeCloseTo(22 / 3, 12);
    expect(f.profitRoi.value).toBeCloseTo(271400 / 382000, 12);
  });
  it('missing inputs give messages; zero commission gives null ROI', () => {
    const bad = forecastRoi({ gpmJpy: null, expectedViews: 0, commissionRate: undefined });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.en)).toEqual(['No GPM', 'Enter expected views', 'Enter a commission rate']);
    const zero = forecastRoi({ gpmJpy: 1000, expectedViews: 1000, commissionRate: 0 });
    if (!zero.ok) throw new Error('expected ok');
    // GMV 1000; no cost at all → both ratios null
    expect(zero.gmvInclTaxJpy).toBe(1000);
    expect(zero.roi.value).toBeNull();
    expect(zero.profitRoi.value).toBeNull();
    expect(zero.cogsJpy).toBeNull();
  });
});

describe('roiWarnings', () => {
  const base = (key: string, o: Partial<RoiRow>): RoiRow => {
    const { total } = computeRoi({ orders: [], groupBy: 'creator' });
    return { ...total, key, ...o };
  };
  it('flags rows under thresholds and rows with costs but no sales', () => {
    const rows = [
      base('a', { gmvInclTaxJpy: 1000, marketingCostJpy: 500, roi: { value: 2, reason: null, label: total0().roi.label }, profitRoi: { value: -0.25, reason: null, label: total0().profitRoi.label } }),
      base('b', { gmvInclTaxJpy: 1000, marketingCostJpy: 100, roi: { value: 10, reason: null, label: total0().roi.label }, profitRoi: { value: 0.5, reason: null, label: total0().profitRoi.label } }),
      base('c', { gmvInclTaxJpy: 0, marketingCostJpy: 3000 }),
    ];
    const w = roiWarnings(rows, { roi: 5, profitRoi: 0 });
    expect(w.map((x) => [x.key, x.metric])).toEqual([['a', 'roi'], ['a', 'profitRoi'], ['c', 'noSales']]);
    expect(w[0]!.message.en).toBe("Seller Center's GMV ÷ commission 2 is below 5");
    expect(w[1]!.message.en).toBe('Profit ROI -25% is below 0%');
    // default: no ratio thresholds (v2's GMV ÷ commission < 1 never fired); losses and break-even breaches always
    expect(roiWarnings(rows).map((x) => [x.key, x.metric])).toEqual([['c', 'noSales']]);
    const losing = base('d', { gmvInclTaxJpy: 1000, marketingCostJpy: 500, netProfitJpy: -125 });
    const breach = base('e', { gmvInclTaxJpy: 1000, aboveBreakEven: [{ productId: 'p', productName: 'Serum', commissionRate: 0.3, breakEvenRate: 0.2 }] });
    const defaults = roiWarnings([losing, breach]);
    expect(defaults.map((x) => [x.key, x.metric])).toEqual([['d', 'loss'], ['e', 'aboveBreakEven']]);
    expect(defaults[0]!.message.en).toBe('Loss: net profit -¥125');
    expect(defaults[1]!.message.ja).toBe('Serum：報酬 30% が損益分岐 20% を上回っています');
  });
});

function total0() {
  return computeRoi({ orders: [], groupBy: 'creator' }).total;
}
