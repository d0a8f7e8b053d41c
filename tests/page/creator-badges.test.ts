// @vitest-environment happy-dom
/**
 * The creator-badges feature on a Find creators list: views the background pushed are drawn while the views it did
 * not push are still being asked for, and the answer then fills in the rest.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptRefresh, creatorBadges } from '../../components/page/features/creator-badges';
import { createInlineHosts } from '../../components/page/inline-host';
import type { BadgeLabels } from '../../lib/page-view/push';
import type { BadgeView } from '../../lib/page-view/schemas';

const labels: BadgeLabels = { loading: 'scoring…', unavailable: 'no data' };
const view = (creatorId: string, scoreText: string): BadgeView => ({
  creatorId, verdict: 'healthy', approx: true, scoreText, verdictText: 'Good', tierText: 'Mid', ariaLabel: `Score ${scoreText}`,
  checkText: 'Quick check', factors: [], warnings: [], footnotes: [], marker: null,
  labels: { factors: 'Factors', warnings: 'Warnings', noWarnings: 'None', close: 'Close', openPanel: 'Open', openFailed: 'Failed' },
});

function list(handles: string[]) {
  document.body.innerHTML = `<div class="arco-table"><div class="arco-table-body"><table><tbody>${handles
    .map((h) => `<tr class="arco-table-tr"><td><div><span data-e2e="fbc99397-6043-1b37">${h}</span><span>name</span></div></td><td>4.8万</td></tr>`)
    .join('')}</tbody></table></div></div>`;
}

/** The score text each handle's badge shows, or its status text ('' without a host). */
function shownScores(handles: string[]): string[] {
  return handles.map((h) => {
    const span = [...document.querySelectorAll("span[data-e2e='fbc99397-6043-1b37']")].find((s) => s.textContent === h)!;
    const root = span.closest('tr')!.querySelector('mitate-badge')?.shadowRoot;
    return root?.querySelector('.mt-scoring-badge__score')?.textContent ?? root?.textContent ?? '';
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('creator badges', () => {
  it('draws the pushed views while the rest are asked for, then the answer fills them in', async () => {
    const handles = ['pushed_one', 'pushed_two', 'asked_three'];
    list(handles);
    let answer: (reply: unknown) => void = () => undefined;
    const asked: unknown[] = [];
    vi.stubGlobal('browser', { runtime: { sendMessage: (m: unknown) => {
      asked.push(m);
      return new Promise((resolve) => { answer = resolve; });
    } } });
    // the background pushed two of the three views with its refresh (more changed than it pushed)
    acceptRefresh({ badges: [{ handle: 'pushed_one', view: view('1', '81') }, { handle: 'pushed_two', view: view('2', '62') }], labels, complete: false }, 1);
    const update = creatorBadges.update({
      pageKind: 'find', url: 'https://affiliate.tiktok.com/connection/creator?shop_region=JP', hosts: createInlineHosts(''),
      isValid: () => true, requestUpdate: () => undefined, freshness: 1, pageVersion: 1, pageStyled: true,
    });
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]).toMatchObject({ type: 'creatorBadges', handles: ['asked_three'] });
    await vi.waitFor(() => expect(shownScores(handles)).toEqual(['81', '62', 'scoring…']));
    answer({ ok: true, data: { badges: [{ handle: 'asked_three', view: view('3', '45') }], labels } });
    await update;
    expect(shownScores(handles)).toEqual(['81', '62', '45']);
  });
});
