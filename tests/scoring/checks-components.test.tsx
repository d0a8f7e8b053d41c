/** Badge popover and side-panel score show the same check, named, with its reason; identical factor maxima. */
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { assessForBadge, categoryFit } from '../../lib/scoring';
import { CreatorBadge } from '../../components/scoring/CreatorBadge';
import { CreatorScorePanel } from '../../components/scoring/CreatorScorePanel';
import { mount } from '../helpers/mount';
import { FIXTURE_NOW, listCreators, visitedCreator } from './fixture-creators';

const rows = listCreators();

function openBadge(el: HTMLElement) {
  act(() => (el.querySelector('button.mt-scoring-badge') as HTMLButtonElement).click());
  return el.querySelector('.mt-scoring-popover') as HTMLElement;
}

/** "Sales efficiency: 27 of 30 points" → { sales: 30 } from the popover; the panel's "27 / 30 pts" likewise. */
function popoverMaxima(pop: HTMLElement): number[] {
  return [...pop.querySelectorAll('section:first-of-type li')].map((li) => Number(/of (\d+) points/.exec(li.textContent!)![1]));
}
function panelMaxima(panel: HTMLElement, components: string[]): number[] {
  return components.map((id) => Number(/\/ (\d+) pts/.exec(panel.querySelector(`[data-component="${id}"]`)!.textContent!)![1]));
}

describe('quick vs full check in the badge and the panel', () => {
  it('a list-only creator: both say "Quick check" and why; the badge marks it', () => {
    const checks = assessForBadge(rows.get('gadget_sokuhou')!, { now: FIXTURE_NOW });
    const badge = mount(<CreatorBadge lang="en" checks={checks} />);
    expect(badge.querySelector('button')!.getAttribute('data-check')).toBe('quick');
    expect(badge.querySelector('button')!.getAttribute('aria-label')).toContain('Quick check');
    const pop = openBadge(badge);
    expect(pop.querySelector('[data-check="quick"]')!.textContent).toBe('Quick check · fewer than 6 videos known; open the creator for the full check.');
    expect([...pop.querySelectorAll('[data-signal]')].map((n) => n.getAttribute('data-signal'))).toEqual(['like_view_low', 'views_above_followers']);
    const panel = mount(<CreatorScorePanel lang="zh_CN" creator={rows.get('gadget_sokuhou')!} checks={checks} state="ready" />);
    expect(panel.querySelector('[data-check="quick"]')!.textContent).toContain('快速检查');
    expect(panel.textContent).toContain('只用列表上的数据');
    // The check is named once in the panel, not restated by the reason and the help line.
    expect(panel.querySelector('[data-check="quick"]')!.textContent!.split('快速检查').length - 1).toBe(1);
  });

  it('after a visit: the full check is shown, the quick check is named beside it with its own score', () => {
    const creator = visitedCreator(rows.get('fashion_lab_0001')!);
    const checks = assessForBadge(creator, { now: FIXTURE_NOW });
    const panel = mount(<CreatorScorePanel lang="en" creator={creator} checks={checks} state="ready" />);
    expect(panel.querySelector('[data-check="full"]')!.textContent).toContain('Full check · enough videos were read');
    expect(panel.querySelector('[data-other-check="quick"]')!.textContent).toBe(`Quick check: ${checks.quick.score} (Healthy)`);
    expect(panel.querySelector('.mt-scoring-panel__verdict')!.textContent).toBe('Suspicious');
  });

  it('the popover and the panel show identical factor maxima for the same creator', () => {
    for (const handle of ['sakura_beauty_jp', 'gadget_sokuhou', 'men_style_jp']) {
      for (const creator of [rows.get(handle)!, visitedCreator(rows.get(handle)!)]) {
        const checks = assessForBadge(creator, { now: FIXTURE_NOW });
        const pop = openBadge(mount(<CreatorBadge lang="en" checks={checks} />));
        const ids = [...checks.assessment.breakdown.components].filter((c) => c.available).sort((a, b) => b.points! - a.points!).slice(0, 3).map((c) => c.id);
        const panel = mount(<CreatorScorePanel lang="en" creator={creator} checks={checks} state="ready" />);
        expect(popoverMaxima(pop), handle).toEqual(panelMaxima(panel, ids));
        expect(pop.querySelector('.mt-scoring-badge__score, button')).not.toBeNull();
      }
    }
  });

  it("info notes are listed apart from warnings, and a healthy verdict shows 'no warning signs'", () => {
    const checks = assessForBadge(visitedCreator(rows.get('men_style_jp')!), { now: FIXTURE_NOW });
    expect(checks.assessment.verdict).toBe('healthy');
    const pop = openBadge(mount(<CreatorBadge lang="en" checks={checks} />));
    expect(pop.textContent).toContain('No warning signs found.');
    expect(pop.textContent).toContain('Notes (no points)');
    expect(pop.querySelector('[data-signal="viral_outlier"]')!.className).toContain('mt-scoring-signal--info');
  });

  it("shows the seller's own status and the category fit", () => {
    const creator = { ...rows.get('sakura_beauty_jp')!, gmvShareByCategory: [{ key: '1', name: 'Beauty & Personal Care', share: 0.8 }] };
    const checks = assessForBadge(creator, { now: FIXTURE_NOW });
    const fit = categoryFit(creator, { category: 'Beauty & Personal Care' });
    const el = mount(<CreatorBadge lang="zh_CN" checks={checks} sellerStatus="sample_sent" fit={fit} />);
    expect(el.querySelector('[data-seller-status]')!.textContent).toBe('我的状态：已寄样');
    const pop = openBadge(el);
    expect(pop.querySelector('[data-fit="strong"]')!.textContent).toBe('类目高度匹配 · 「Beauty & Personal Care」类目占其 GMV 的 80%');
  });
});

describe('signal numbers', () => {
  it('bought views read as multiples of the followers in the popover', () => {
    const checks = assessForBadge(rows.get('gadget_sokuhou')!, { now: FIXTURE_NOW });
    const pop = openBadge(mount(<CreatorBadge lang="en" checks={checks} />));
    expect(pop.querySelector('[data-signal="views_above_followers"]')!.textContent).toContain('(measured 5.4×, threshold 3×)');
  });
});
