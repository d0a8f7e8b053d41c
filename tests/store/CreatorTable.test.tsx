import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { CreatorTable, FILTER_DEBOUNCE_MS, noteExcerpt, type CreatorTableQuery } from '../../components/dashboard/CreatorTable';
import { ingestPageData, queryCreators, saveNote, setCreatorScore, type MitateDb } from '../../lib/store';
import { freshDb, makeCreator, pageData } from './helpers';
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
      calls.push(params);
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

    const status = el.querySelector('select')!;
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
    expect(cells[4]).toBe('2.3×');
    expect(cells[5]).toBe('12/01/2026');
    expect(cells[6]!.endsWith('…')).toBe(true);
    expect(cells[6]).not.toContain('\n');
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
    const select = el.querySelector('select')!;
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

  it('opens a row with Enter', async () => {
    const db = await seeded(2);
    const onOpen = vi.fn();
    const el = mount(<CreatorTable lang="ja" query={(p) => queryCreators(db, p)} onOpen={onOpen} />);
    await flush();
    const row = el.querySelector('tbody tr') as HTMLElement;
    expect(row.getAttribute('tabindex')).toBe('0');
    act(() => { row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); });
    expect(onOpen).toHaveBeenCalledTimes(1);
  });
});
