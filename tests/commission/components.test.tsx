import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { BENCHMARKS_JP, chooseBenchmark, learnBenchmarks, placeRate } from '../../lib/commission';
import { CommissionChip } from '../../components/commission/CommissionChip';
import { CommissionAdvisor } from '../../components/commission/CommissionAdvisor';
import { mount } from '../helpers/mount';

function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('CommissionChip', () => {
  it('shows rate and short position, colour class, basis in the tooltip', () => {
    const basis = chooseBenchmark(BENCHMARKS_JP.beauty, null, 20);
    const el = mount(<CommissionChip lang="ja" rate={0.15} placement={placeRate(0.15, basis)} basis={basis} />);
    const chip = el.querySelector('.mt-commission-chip') as HTMLElement;
    expect(chip.textContent).toBe('15% · 典型');
    expect(chip.classList.contains('mt-commission-chip--within')).toBe(true);
    expect(chip.getAttribute('tabindex')).toBe('0');
    expect(chip.title).toContain('典型範囲内（美容・パーソナルケア 12%–20%）');
    expect(chip.title).toContain('内蔵ベンチマーク');
    expect(chip.title).toContain('2026-11-24');
  });
  it('learned basis shows n and percentile; compareTo is appended', () => {
    const learned = learnBenchmarks([0.1, 0.12, 0.2, 0.25].map((rate) => ({ category: 'Beauty', rate, source: 'product' as const, seenAt: Date.UTC(2026, 10, 1) }))).beauty!;
    const basis = chooseBenchmark(BENCHMARKS_JP.beauty, learned, 4, 1);
    // p75 of [0.10,0.12,0.20,0.25]: h=2.25 → 0.2 + 0.25·0.05 = 0.2125; 0.3 is above
    const el = mount(<CommissionChip lang="en" rate={0.3} placement={placeRate(0.3, basis)} basis={basis} compareTo={{ label: 'break-even', rate: 0.438 }} />);
    const chip = el.querySelector('.mt-commission-chip') as HTMLElement;
    expect(chip.textContent).toBe('30% · high · break-even 43.8%');
    expect(chip.dataset.position).toBe('above');
    expect(chip.title).toContain('above the typical range (p100 in Beauty & personal care)');
    expect(chip.title).toContain('Learned from 4 local rates');
  });
});

describe('CommissionAdvisor', () => {
  it('asks for a price first, then shows live break-even and the chart', () => {
    const el = mount(<CommissionAdvisor lang="en" initial={{ categoryId: 'beauty' }} />);
    expect(el.querySelector('.mt-commission-advisor__problems')!.textContent).toContain('Enter a price (tax included)');
    expect(el.textContent).not.toContain('NaN');
    const input = (name: string) => el.querySelector(`input[name="${name}"]`) as HTMLInputElement;
    type(input('price'), '3300');
    type(input('cogs'), '954');
    type(input('shipping'), '500');
    type(input('returnPercent'), '0');
    type(input('sampleCost'), '0');
    // 1315 / 3000 = 43.8 %
    expect(el.querySelector('[data-testid="break-even"]')!.textContent).toBe('43.8%');
    expect(el.querySelector('[data-testid="suggested"]')!.textContent).toBe('12%–20%');
    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelectorAll('polyline')).toHaveLength(1);
    // 43.8 % is beyond the 40 % chart edge, so no marker
    expect(svg.querySelector('.mt-commission-advisor__break-even')).toBeNull();
    type(input('cogs'), '1800');
    // 3000 − 1800 − 500 − 231 = 469 → 15.6 %; inside the band → capped suggestion, marker drawn
    expect(el.querySelector('[data-testid="break-even"]')!.textContent).toBe('15.6%');
    expect(el.querySelector('[data-testid="suggested"]')!.textContent).toBe('12%–15.6%');
    expect(svg.querySelector('.mt-commission-advisor__break-even')!.textContent).toBe('Break-even 15.6%');
    expect(el.textContent).not.toMatch(/NaN|Infinity/);
  });
  it('says when nothing is profitable, in Chinese', () => {
    const el = mount(<CommissionAdvisor lang="zh_CN" initial={{ price: '1100', cogs: '900', shipping: '300' }} />);
    expect(el.querySelector('[data-testid="break-even"]')!.textContent).toBe('无');
    expect(el.textContent).toContain('即使佣金为 0% 也无法盈利');
    expect(el.textContent).not.toMatch(/NaN|Infinity/);
  });
});
