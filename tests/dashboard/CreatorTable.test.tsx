import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { CreatorTable, FILTER_DEBOUNCE_MS, noteExcerpt, type CreatorTableQuery } from '../../components/dashboard/CreatorTable';
import { ingestPageData, queryCreators, saveNote, setCreatorScore, type MitateDb } from '../../lib/store';
import { freshDb, makeCreator, pageData } from '../store/helpers';
import { mount } from '../helpers/mount';


/** Lets queries and renders settle: waits until no table is busy (bounded), not a fixed number of ticks. */
async function flush() {
  const started = Date.now();
  for (let i = 0; ; i++) {
    await act(async () => { await new Promise((r) => setTimeout(r, 1)); });
    const busy = document.querySelector('[aria-busy="true"]');
    if ((i >= 5 && !busy) || Date.now() - started > 5000) return;
  }
}

async function seeded(n: number): Promise<MitateDb> {
  const { db } = await freshDb();
  await ingestPageData(db, pageData({ creators: Array.from({ length: n }, (_, i) => makeCreator(`c${String(i).padStart(2, '0')}`, { handle: `user${String(i).padStart(2, '0')}`, nickname: `<b>${i}</b>` })) }), 1000);
  if (n > 3) await setCreatorScore(db, 'c03', 90);
  await saveNote(db, { creatorId: 'c01', baseRevision: 0, patch: { status: 'invited', tags: ['VIP'], text: '第一行\n第二行 '.repeat(10), nextActionAt: Date.UTC(2026, 11, 1, 3) }, editor: 't' }, 1);
  return db;
}

describe('CreatorTable', () => {
  beforeEach(() => undefined);

  it('cuts long notes to one line', () => {
    expect(noteExcerpt('a\n b')).toBe('a b');
    expect(noteExcerpt('x'.repeat(61))).toBe(`${'x'.repeat(60)}…`);
  });

  it('loads a page, sorts with aria-sort, filters and pages', async () => {
    const db = await seeded(55);
    const calls: CreatorTableQuery[] = [];
    const query = vi.fn(async (params: CreatorTableQuery) => {
      if (params.verdict !== 'flagged') calls.push(params); // not the flagged-count query
      const page = await queryCreators(db, params);
      return { rows: page.rows.map((row) => ({ ...row, roi: row.creator.id === 'c01' ? 2.345 : undefined })), total: page.total };
    });
    const el = mount(<CreatorTable lang="en" query={query} pageSize={20} />);
    await flush();
    expect(el.querySelectorAll('tbody tr')).toHaveLength(20);
    expect(el.textContent).toContain('1–20 of 55');
    // nickname with markup is shown as text
    expect(el.querySelector('tbody b')).toBeNull();

    const scoreHeader = [...el.querySelectorAll('th')].find((th) => th.textContent?.startsWith('Score'))!;
    expect(scoreHeader.getAttribute('aria-sort')).toBe('none');
    act(() => scoreHeader.querySelector('button')!.click());
    await flush();
    expect(scoreHeader.getAttribute('aria-sort')).toBe('descending');
    expect(calls.at(-1)).toMatchObject({ sortBy: 'score', sortDir: 'desc', offset: 0 });
    expect(el.querySelector('tbody tr td')!.textContent).toBe('@user03');
    expect(el.querySelector('tbody tr td:nth-child(4)')!.textContent).toBe('90');

    const next = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Next')!;
    act(() => next.click());
    await flush();
    expect(calls.at(-1)).toMatchObject({ offset: 20, limit: 20 });
    expect(el.textContent).toContain('21–40 of 55');

    const status = el.querySelector('select:not([data-filter])') as HTMLSelectElement;
    act(() => {
      status.value = 'invited';
      status.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(calls.at(-1)).toMatchObject({ status: 'invited', offset: 0 });
    const rows = el.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(1);
    const cells = [...rows[0]!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells.slice(0, 3)).toEqual(['@user01', '<b>1</b>', 'Invited']);
    expect(cells[4]).toBe('Not scored');
    expect(cells[5]).toBe('2.3×');
    expect(cells[6]).toBe('12/01/2026');
    expect(cells[7]!.endsWith('…')).toBe(true);
    expect(cells[7]).not.toContain('\n');
  });

  it('debounces search and shows empty and error states', async () => {
    const db = await seeded(3);
    let fail = false;
    const query = vi.fn(async (params: CreatorTableQuery) => {
      if (fail) throw new Error('quota');
      return queryCreators(db, params);
    });
    const el = mount(<CreatorTable lang="zh_CN" query={query} />);
    await flush();
    const search = el.querySelector('input[type=search]') as HTMLInputElement;
    act(() => {
      search.value = 'nobody';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => { await new Promise((r) => setTimeout(r, FILTER_DEBOUNCE_MS + 20)); });
    await flush();
    expect(query.mock.calls.at(-1)![0]).toMatchObject({ search: 'nobody' });
    expect(el.textContent).toContain('没有符合条件的达人');
    fail = true;
    const select = el.querySelector('select:not([data-filter])') as HTMLSelectElement;
    act(() => {
      select.value = 'declined';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(el.querySelector('[role=alert]')!.textContent).toContain('读取失败：quota');
    fail = false;
    act(() => (el.querySelector('[role=alert] button') as HTMLButtonElement).click());
    await flush();
    expect(el.querySelector('[role=alert]')).toBeNull();
  });

  it('opens a row with Enter or a click: onOpenCreator gets the creator id', async () => {
    const db = await seeded(2);
    const onOpenCreator = vi.fn();
    const el = mount(<CreatorTable lang="ja" query={(p) => queryCreators(db, p)} onOpenCreator={onOpenCreator} />);
    await flush();
    const rows = el.querySelectorAll('tbody tr');
    const row = rows[0] as HTMLElement;
    expect(row.getAttribute('tabindex')).toBe('0');
    expect(row.getAttribute('title')).toBe('クリエイターを開く');
    act(() => { row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); });
    expect(onOpenCreator).toHaveBeenLastCalledWith(row.getAttribute('data-creator-id'));
    act(() => (rows[1] as HTMLElement).click());
    expect(onOpenCreator).toHaveBeenCalledTimes(2);
    expect(onOpenCreator).toHaveBeenLastCalledWith(rows[1]!.getAttribute('data-creator-id'));
  });

  it('shows each verdict, filters by verdict and lists all flagged creators', async () => {
    const db = await seeded(6);
    await setCreatorScore(db, 'c00', 30, 'likely_fake');
    await setCreatorScore(db, 'c02', 60, 'suspicious');
    await setCreatorScore(db, 'c04', 88, 'healthy');
    const calls: CreatorTableQuery[] = [];
    const el = mount(<CreatorTable lang="zh_CN" query={(p) => { calls.push(p); return queryCreators(db, p); }} />);
    await flush();
    const verdictOf = (id: string) => el.querySelector(`tr[data-creator-id="${id}"] td[data-verdict]`)!;
    expect(verdictOf('c00').getAttribute('data-verdict')).toBe('likely_fake');
    expect(verdictOf('c00').textContent).toBe('疑似刷量');
    expect(verdictOf('c04').textContent).toBe('正常');
    expect(verdictOf('c05').textContent).toBe('未评分');

    const flagged = el.querySelector('[data-action="show-flagged"]') as HTMLButtonElement;
    expect(flagged.textContent).toBe('只看可疑/疑似刷量达人（2）');
    act(() => flagged.click());
    await flush();
    expect(calls.at(-1)).toMatchObject({ verdict: 'flagged', offset: 0 });
    expect(flagged.getAttribute('aria-pressed')).toBe('true');
    expect([...el.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-creator-id')).sort()).toEqual(['c00', 'c02']);

    const select = el.querySelector('select[data-filter="verdict"]') as HTMLSelectElement;
    act(() => {
      select.value = 'healthy';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect([...el.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-creator-id'))).toEqual(['c04']);

    act(() => (el.querySelector('[data-action="clear-filters"]') as HTMLButtonElement).click());
    await flush();
    expect(calls.at(-1)).toMatchObject({ verdict: null, status: null, search: '' });
    expect(el.querySelectorAll('tbody tr')).toHaveLength(6);
  });

  it('empty states say how to start, and that nothing is flagged', async () => {
    const { db } = await freshDb();
    const el = mount(<CreatorTable lang="en" query={(p) => queryCreators(db, p)} />);
    await flush();
    const empty = el.querySelector('.mt-dashboard-empty')!;
    expect(empty.getAttribute('data-empty')).toBe('start');
    expect(empty.textContent).toContain('Open Find creators');
    const flagged = el.querySelector('[data-action="show-flagged"]') as HTMLButtonElement;
    expect(flagged.textContent).toBe('Flagged creators (0)');
    act(() => flagged.click());
    await flush();
    expect(el.querySelector('.mt-dashboard-empty')!.textContent).toBe('No creator is flagged as suspicious or likely fake.');
  });
});
