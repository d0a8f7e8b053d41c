import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import type { AffiliateOrder } from '../../lib/model';
import { computeRoi, type CostEntry } from '../../lib/roi';
import { RoiTable } from '../../components/roi/RoiTable';
import { RoiChart } from '../../components/roi/RoiChart';
import { mount, unmount } from '../helpers/mount';

const order = (orderId: string, creatorId: string, handle: string, amountJpy: number, commission: number): AffiliateOrder => ({
  orderId, skuId: null, creatorId, creatorHandle: handle, productId: null, productName: null, quantity: 1, amountJpy,
  commissionRate: null, commissionEstimatedJpy: commission, commissionActualJpy: null, refundedUnits: 0, returnedUnits: 0,
  status: null, settled: false, createdAt: Date.UTC(2026, 10, 1), collaborationId: null,
});

// a: 11000 GMV, commission 1000 → excl 10000, fee 770, net 10000 − 770 − 1000 = 8230, ROI 11, profit ROI 823 %
// b: 2200 GMV, commission 200, sample 5000 → excl 2000, fee 154, marketing 5200, net 2000 − 154 − 5200 = −3354
// c: 1100 GMV, commission 0 → ROI n/a
const orders = [order('1', 'a', 'alice', 11000, 1000), order('2', 'b', 'bob', 2200, 200), order('3', 'c', 'chika', 1100, 0)];
const costs: CostEntry[] = [{ creatorId: 'b', kind: 'sample', amountJpy: 5000, at: Date.UTC(2026, 10, 1) }];
const { rows } = computeRoi({ orders, costs, groupBy: 'creator' });

const names = (el: HTMLElement) => [...el.querySelectorAll('tbody tr.mt-roi-row th')].map((th) => th.textContent);

describe('RoiTable', () => {
  it('loading, error and empty states', () => {
    const loading = mount(<RoiTable lang="en" rows={null} threshold={{}} />);
    expect(loading.textContent).toBe('Loading…');
    unmount(loading);
    const failed = mount(<RoiTable lang="en" rows={[]} threshold={{}} error="boom" />);
    expect(failed.textContent).toBe('Error: boom');
    unmount(failed);
    expect(mount(<RoiTable lang="ja" rows={[]} threshold={{}} />).textContent).toBe('注文データがまだありません');
  });

  it('ranks by net profit first (not by the ratio), then by header buttons with aria-sort', () => {
    const el = mount(<RoiTable lang="en" rows={rows} threshold={{ profitRoi: 0 }} />);
    const headers = [...el.querySelectorAll('thead th')] as HTMLElement[];
    expect(headers.map((h) => h.textContent?.replace(/[▲▼↕]/g, ''))).toEqual([
      'Creator', 'GMV (tax incl.)', 'Commission', 'Costs (fee + goods + samples + shipping)', 'Seller Center ratio (GMV ÷ commission)',
      'Profit ROI (profit ÷ marketing cost)', 'Net profit (tax excl.)',
    ]);
    expect(headers[6]!.getAttribute('aria-sort')).toBe('descending');
    expect(names(el)).toEqual(['alice', 'chika', 'bob']); // 8230, 923, −3354
    const gmvButton = headers[1]!.querySelector('button')!;
    act(() => gmvButton.click());
    expect(headers[1]!.getAttribute('aria-sort')).toBe('descending');
    expect(headers[6]!.getAttribute('aria-sort')).toBe('none');
    expect(names(el)).toEqual(['alice', 'bob', 'chika']);
    const netButton = headers[6]!.querySelector('button')!;
    act(() => netButton.click());
    act(() => netButton.click());
    expect(headers[6]!.getAttribute('aria-sort')).toBe('ascending');
    expect(names(el)).toEqual(['bob', 'chika', 'alice']);
    // ratio column: null (chika) stays last in both directions
    const roiButton = headers[4]!.querySelector('button')!;
    act(() => roiButton.click());
    expect(names(el)).toEqual(['alice', 'bob', 'chika']); // 11, 11, null (stable)
    act(() => roiButton.click());
    expect(names(el).at(-1)).toBe('chika');
  });

  it('shows figures, n/a reasons, basis, CNY and a warning row under loss-makers', () => {
    const el = mount(<RoiTable lang="en" rows={rows} threshold={{ profitRoi: 0 }} cnyPerJpy={0.05} />);
    const alice = el.querySelector('tr[data-key="a"]')!;
    const cells = [...alice.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells[0]).toBe('¥11,000 (CN¥550.00)');
    expect(cells[1]).toBe('¥1,000 (CN¥50.00) (estimated)');
    // costs: 7 % fee on ¥11,000 = ¥770 (no cost of goods given, no samples)
    expect(cells[2]).toBe('¥770 (CN¥38.50)');
    expect(cells[3]).toBe('11.00×');
    expect(cells[4]).toBe('823%');
    // no product costs were given, so profit is marked as leaving cost of goods out
    expect(cells[5]).toBe('¥8,230 (CN¥411.50) *');
    expect(el.querySelector('.mt-roi-footnote')!.textContent).toBe('* Some products have no cost of goods; profit leaves them out');
    const chika = el.querySelector('tr[data-key="c"]')!;
    expect(chika.textContent).toContain('n/a: no commission paid');
    const bob = el.querySelector('tr[data-key="b"]')!;
    expect(bob.classList.contains('mt-roi-row--warning')).toBe(true);
    // −3354 / 5200 = −64.5 % → rounds to −64 % (Math.round) in the warning text
    expect(bob.nextElementSibling!.textContent).toContain('Profit ROI -64% is below 0%');
    expect(el.querySelectorAll('.mt-roi-warning')).toHaveLength(1);
    expect(el.textContent).not.toMatch(/NaN|Infinity/);
  });
});

describe('RoiChart', () => {
  it('draws one bar per row, losses in red to the left of zero', () => {
    const el = mount(<RoiChart lang="en" rows={rows} metric="netProfitJpy" />);
    const bars = [...el.querySelectorAll('.mt-roi-chart__bar')];
    expect(bars).toHaveLength(3);
    const rect = (key: string) => el.querySelector(`.mt-roi-chart__bar[data-key="${key}"] rect`)!;
    expect(rect('b').getAttribute('fill')).toBe('#c62828');
    expect(rect('a').getAttribute('fill')).toBe('#1f6feb');
    // span = 8230 + 3354 = 11584; plot width 520 − 120 − 110 = 290; alice width = 8230/11584·290
    expect(Number(rect('a').getAttribute('width'))).toBeCloseTo((8230 / 11584) * 290, 6);
    // bob's bar ends at the zero line: x + width = 120 + 3354/11584·290
    expect(Number(rect('b').getAttribute('x')) + Number(rect('b').getAttribute('width'))).toBeCloseTo(120 + (3354 / 11584) * 290, 6);
    expect(el.querySelector('figcaption')!.textContent).toBe('Net profit');
  });
  it('empty state', () => {
    expect(mount(<RoiChart lang="zh_CN" rows={[]} />).textContent).toBe('没有可绘制的数据');
  });
});
