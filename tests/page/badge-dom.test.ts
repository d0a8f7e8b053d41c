// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderBadge } from '../../components/page/badge-dom';
import type { BadgeView } from '../../lib/page-view';

const hostile = '<img src=x onerror="window.__pwned=1">';
const view: BadgeView = {
  creatorId: '7494000000000000001', verdict: 'suspicious', approx: true, scoreText: '60', verdictText: hostile, tierText: '小达人',
  ariaLabel: 'aria', checkText: 'Quick check', factors: [hostile], warnings: [{ severity: 'warning', text: hostile }], footnotes: ['f'],
  marker: '已邀请', labels: { factors: 'F', warnings: 'W', noWarnings: 'none', close: 'Close', openPanel: 'Open', openFailed: 'failed' },
};

describe('renderBadge', () => {
  it('renders every text as text (no element from page data) and no editable element', () => {
    const container = document.createElement('div');
    renderBadge(container, view, async () => true);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(hostile);
    expect(container.querySelectorAll('input, textarea, select, [contenteditable]')).toHaveLength(0);
    expect(container.querySelector('.mt-scoring-badge--suspicious')).not.toBeNull();
    expect(container.querySelector('.mt-scoring-badge__marker')!.textContent).toBe('已邀请');
  });
  it('toggles the popover with the badge button and closes on Escape', () => {
    const container = document.createElement('div');
    document.body.append(container);
    renderBadge(container, view, async () => true);
    const button = container.querySelector<HTMLButtonElement>('.mt-scoring-badge')!;
    const popover = container.querySelector<HTMLElement>('.mt-scoring-popover')!;
    expect(popover.hidden).toBe(true);
    button.click();
    expect(popover.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    popover.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(popover.hidden).toBe(true);
  });
  it('ignores a synthetic click on ✎ (a page script cannot open the panel)', async () => {
    const container = document.createElement('div');
    let asked = 0;
    renderBadge(container, view, async () => { asked += 1; return true; });
    container.querySelector<HTMLButtonElement>('.mt-note-button')!.click();
    await Promise.resolve();
    expect(asked).toBe(0);
  });
});
