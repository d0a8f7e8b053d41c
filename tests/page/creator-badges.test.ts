// @vitest-environment happy-dom
/**
 * The creator-badges feature on a Find creators list: views the background pushed are drawn while the views it did
 * not push are still being asked for, and the answer then fills in the rest; a badge whose content grows is fitted
 * beside its handle again.
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
  vi.restoreAllMocks();
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
    // the third badge's host is placed while its view is asked for, empty (no "scoring…" flashing before the answer)
    await vi.waitFor(() => expect(shownScores(handles)).toEqual(['81', '62', '']));
    expect(document.querySelectorAll('mitate-badge')).toHaveLength(3);
    answer({ ok: true, data: { badges: [{ handle: 'asked_three', view: view('3', '45') }], labels } });
    await update;
    expect(shownScores(handles)).toEqual(['81', '62', '45']);
  });
});

describe('creator badges: the first answer on a page', () => {
  it('places the hosts while the views are asked for, measures them after the frame, and shows the answer in place at once', async () => {
    // a fresh module: no labels nor views held yet, as on a page's first scan
    vi.resetModules();
    const fresh = await import('../../components/page/features/creator-badges');
    // the handle clips its text (ellipsis), so a badge waits hidden until it is measured beside it
    document.body.innerHTML = `<table><tbody><tr class="arco-table-tr"><td><div><span data-e2e="fbc99397-6043-1b37" style="display:block;overflow-x:hidden">first_one</span></div></td></tr></tbody></table>`;
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const runFrame = () => frames.splice(0).forEach((callback) => callback(performance.now()));
    let answer: (reply: unknown) => void = () => undefined;
    vi.stubGlobal('browser', { runtime: { sendMessage: () => new Promise((resolve) => { answer = resolve; }) } });
    const update = fresh.creatorBadges.update({
      pageKind: 'find', url: 'https://affiliate.tiktok.com/connection/creator?shop_region=JP&first', hosts: createInlineHosts(''),
      isValid: () => true, requestUpdate: () => undefined, freshness: 0, pageVersion: 1, pageStyled: true,
    });
    const container = () => document.querySelector('mitate-badge')?.shadowRoot?.querySelector<HTMLElement>('.mt-inline') ?? null;
    await vi.waitFor(() => expect(container()).not.toBeNull(), { interval: 5 });
    expect(container()!.style.visibility).toBe('hidden');
    expect(container()!.textContent).toBe('');
    runFrame();
    await vi.waitFor(() => expect(container()!.style.visibility).toBe(''), { interval: 5 });
    answer({ ok: true, data: { badges: [{ handle: 'first_one', view: view('1', '70') }], labels } });
    // shown with the answer, not hidden until a frame later (that frame only checks it still fits)
    await vi.waitFor(() => expect(container()!.querySelector('.mt-scoring-badge__score')?.textContent).toBe('70'), { interval: 2 });
    expect(container()!.style.visibility).toBe('');
    runFrame();
    await update;
  });
});

describe('creator badges: fitting beside the handle', () => {
  it('fits a badge again when its content changes: a score too wide for the cell flows below the handle', async () => {
    list(['grows_later']);
    const cell = document.querySelector('td')!;
    cell.style.paddingRight = '0px';
    // the handle's text ends at 90 px and its cell at 116 px: 20 px of room beside it (after the 6 px gap)
    const box = (left: number, right: number) => ({ left, right, top: 0, bottom: 16, width: right - left, height: 16, x: left, y: 0, toJSON: () => ({}) }) as DOMRect;
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(box(40, 90));
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      if (this === cell) return box(0, 116);
      // a badge with a score is 60 px wide, a status ("scoring…") 10 px
      if (this.parentElement?.classList.contains('mt-inline')) return box(0, this.querySelector('.mt-scoring-badge__score')?.textContent ? 60 : 10);
      return box(0, 0);
    });
    let reply: unknown = { ok: true, data: { badges: [{ handle: 'grows_later', view: null }], labels } };
    vi.stubGlobal('browser', { runtime: { sendMessage: async () => reply } });
    const hosts = createInlineHosts('');
    const context = (freshness: number) => ({
      pageKind: 'find' as const, url: 'https://affiliate.tiktok.com/connection/creator?shop_region=JP&fit', hosts,
      isValid: () => true, requestUpdate: () => undefined, freshness, pageVersion: freshness, pageStyled: true,
    });
    const host = () => document.querySelector('mitate-badge')!;
    await creatorBadges.update(context(10));
    expect(host().shadowRoot!.textContent).toContain('scoring…');
    expect(host().hasAttribute('data-mt-flow')).toBe(false);
    reply = { ok: true, data: { badges: [], labels } };
    acceptRefresh({ badges: [{ handle: 'grows_later', view: view('9', '77') }], labels, complete: true }, 11);
    await creatorBadges.update(context(11));
    expect(document.querySelectorAll('mitate-badge')).toHaveLength(1);
    expect(host().shadowRoot!.querySelector('.mt-scoring-badge__score')?.textContent).toBe('77');
    expect(host().hasAttribute('data-mt-flow')).toBe(true);
  });
});

describe('creator badges: rows the page reuses or rebuilds', () => {
  async function freshFeature() {
    vi.resetModules();
    return import('../../components/page/features/creator-badges');
  }
  const contextFor = (hosts: ReturnType<typeof createInlineHosts>, version: number) => ({
    pageKind: 'find' as const, url: 'https://affiliate.tiktok.com/connection/creator?shop_region=JP&rows', hosts,
    isValid: () => true, requestUpdate: () => undefined, freshness: version, pageVersion: version, pageStyled: true,
  });

  it("does not show the last creator's score on a row reused for another one, even when the background does not answer", async () => {
    const fresh = await freshFeature();
    list(['alice_a']);
    const hosts = createInlineHosts('');
    vi.stubGlobal('browser', { runtime: { sendMessage: async () => ({ ok: true, data: { badges: [{ handle: 'alice_a', view: view('1', '81') }], labels } }) } });
    await fresh.creatorBadges.update(contextFor(hosts, 1));
    expect(shownScores(['alice_a'])).toEqual(['81']);
    // paging in place: the same row and span now show another creator, and the background is restarting
    document.querySelector("span[data-e2e='fbc99397-6043-1b37']")!.textContent = 'bob_b';
    vi.stubGlobal('browser', { runtime: { sendMessage: async () => ({ ok: false, error: { message: 'no reply' } }) } });
    await fresh.creatorBadges.update(contextFor(hosts, 2));
    expect(document.querySelectorAll('mitate-badge')).toHaveLength(1);
    expect(shownScores(['bob_b'])[0]).not.toContain('81');
    expect(['scoring…', 'no data']).toContain(shownScores(['bob_b'])[0]);
  });

  it('badges a handle again after the page rebuilt its cell with the same text', async () => {
    const fresh = await freshFeature();
    list(['carol_c']);
    const hosts = createInlineHosts('');
    vi.stubGlobal('browser', { runtime: { sendMessage: async () => ({ ok: true, data: { badges: [{ handle: 'carol_c', view: view('3', '70') }], labels } }) } });
    await fresh.creatorBadges.update(contextFor(hosts, 1));
    expect(shownScores(['carol_c'])).toEqual(['70']);
    // a re-render with the same results: the row stays, its cell's content is new
    const cell = document.querySelector('td')!;
    cell.innerHTML = cell.innerHTML.replace(/<mitate-badge[^>]*>.*?<\/mitate-badge>/, '');
    expect(document.querySelectorAll('mitate-badge')).toHaveLength(0);
    await fresh.creatorBadges.update(contextFor(hosts, 2));
    expect(document.querySelectorAll('mitate-badge')).toHaveLength(1);
    expect(shownScores(['carol_c'])).toEqual(['70']);
  });

  it('places no badge inside what the seller types, and asks only for text a handle can be', async () => {
    const fresh = await freshFeature();
    const long = 'x'.repeat(150);
    list(['dave_d', long]);
    // a message editor quoting a creator's handle
    document.body.insertAdjacentHTML('beforeend', '<div contenteditable="true"><table><tbody><tr class="arco-table-tr"><td><div><span data-e2e="fbc99397-6043-1b37">erin_e</span><span>name</span></div></td></tr></tbody></table></div>');
    const sent: Array<{ handles: string[] }> = [];
    vi.stubGlobal('browser', { runtime: { sendMessage: async (m: { handles: string[] }) => {
      sent.push(m);
      return { ok: true, data: { badges: m.handles.map((handle) => ({ handle, view: view('4', '66') })), labels } };
    } } });
    await fresh.creatorBadges.update(contextFor(createInlineHosts(''), 1));
    expect(sent.flatMap((m) => m.handles)).toEqual(['dave_d']);
    expect(document.querySelector('[contenteditable] mitate-badge')).toBeNull();
    expect(shownScores(['dave_d'])).toEqual(['66']);
  });

  it('after in-app navigation, a new page\'s creators say "scoring…" for the wait, not "no data" at once', async () => {
    const fresh = await freshFeature();
    const now = vi.spyOn(performance, 'now').mockReturnValue(20_000);
    vi.stubGlobal('browser', { runtime: { sendMessage: async (m: { handles: string[] }) => ({ ok: true, data: { badges: m.handles.map((handle) => ({ handle, view: null })), labels } }) } });
    const hosts = createInlineHosts('');
    const at = (url: string, version: number) => ({ ...contextFor(hosts, version), url });
    list(['frank_f']);
    // loaded long ago: a creator still unread says so
    await fresh.creatorBadges.update(at('https://affiliate.tiktok.com/connection/creator?shop_region=JP&p=1', 1));
    expect(shownScores(['frank_f'])).toEqual(['no data']);
    list(['grace_g']);
    now.mockReturnValue(20_500);
    await fresh.creatorBadges.update(at('https://affiliate.tiktok.com/connection/creator?shop_region=JP&p=2', 2));
    expect(shownScores(['grace_g'])).toEqual(['scoring…']);
  });
});
