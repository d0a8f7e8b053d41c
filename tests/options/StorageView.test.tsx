import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { StorageView } from '../../components/options/StorageView';
import { createClient, createHandler } from '../../lib/protocol';
import { ingestPageData, saveNote } from '../../lib/store';
import { mount } from '../helpers/mount';
import { createPageService } from '../../lib/page-view';
import { freshDb, makeCreator, pageData, storedNote } from '../store/helpers';

const T0 = Date.UTC(2026, 5, 1);
const FIND_URL = 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find?shop_region=JP';
const findBody = fs.readFileSync(path.join(__dirname, '../fixtures/api/creatorFind/page-0.json'), 'utf8');
const DAY = 24 * 3600_000;

async function setup() {
  const { db } = await freshDb();
  await ingestPageData(db, pageData({ creators: [makeCreator('7494000000000000101', { followers: 1, medianCommissionRate: 0.1 })] }), T0);
  await ingestPageData(db, pageData({ creators: [makeCreator('7494000000000000101', { followers: 2 })] }), T0 + 50 * DAY);
  await saveNote(db, { creatorId: '7494000000000000101', baseRevision: 0, patch: { text: 'mine' }, editor: 't' }, T0);
  const handle = createHandler({ openDb: async () => db, now: () => T0 + 100 * DAY });
  return { db, client: createClient((m) => handle(m)) };
}
const flush = () => act(async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
});
const rows = (host: HTMLElement) => Array.from(host.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent));
function submit(form: Element) {
  act(() => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
}

describe('StorageView', () => {
  it('shows each store\'s count and size in the chosen language, and the browser total', async () => {
    const { client } = await setup();
    const host = mount(<StorageView lang="ja" client={client} estimate={async () => ({ usage: 2_500_000 })} />);
    await flush();
    const table = rows(host);
    expect(table.map((r) => [r[0], r[1]])).toEqual([['クリエイター', '1'], ['履歴スナップショット', '2'], ['報酬率の記録', '1'], ['メモ', '1']]);
    expect(table[0]![2]).toMatch(/^\d+ (B|kB)$/);
    expect(host.textContent).toContain('ブラウザが報告する合計使用量：2.5 MB');
  });

  it('prunes after confirming, reports what went, and keeps the creator\'s newest snapshot', async () => {
    const { client, db } = await setup();
    const asked: string[] = [];
    const host = mount(<StorageView lang="en" client={client} confirm={(text) => (asked.push(text), true)} />);
    await flush();
    const days = host.querySelector<HTMLInputElement>('.mt-storage-prune input[type="number"]')!;
    act(() => {
      days.value = '30';
      days.dispatchEvent(new Event('input', { bubbles: true }));
    });
    submit(host.querySelector('.mt-storage-prune')!);
    await flush();
    expect(asked).toEqual(['Delete the selected data older than 30 days? This cannot be undone (export a backup first if unsure).']);
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Deleted 1 snapshots and 0 rate observations.');
    expect(await db.count('snapshots')).toBe(1);
    expect(rows(host)[1]![1]).toBe('1');
  });

  it('deletes a creator but keeps the note unless the box is ticked; refuses bad day counts', async () => {
    const { client, db } = await setup();
    const host = mount(<StorageView lang="zh_CN" client={client} confirm={() => true} />);
    await flush();
    const id = host.querySelector<HTMLInputElement>('.mt-storage-delete input[type="text"]')!;
    act(() => {
      id.value = '7494000000000000101';
      id.dispatchEvent(new Event('input', { bubbles: true }));
    });
    submit(host.querySelector('.mt-storage-delete')!);
    await flush();
    expect(host.querySelector('[role="status"]')!.textContent).toBe('已删除：达人 1 条、快照 2 条、备注 0 条、费用 0 条。');
    expect((await storedNote(db, '7494000000000000101'))?.text).toBe('mine');

    const days = host.querySelector<HTMLInputElement>('.mt-storage-prune input[type="number"]')!;
    act(() => {
      days.value = '-3';
      days.dispatchEvent(new Event('input', { bubbles: true }));
    });
    submit(host.querySelector('.mt-storage-prune')!);
    await flush();
    expect(host.querySelector('[role="alert"]')!.textContent).toBe('请输入 0 到 36500 之间的整数天数。');
  });

  it('shows page answers that could not be saved, and stores them on "retry now"', async () => {
    const { db } = await freshDb();
    let failing = true;
    const timers: Array<() => void> = [];
    const page = createPageService({
      openDb: async () => {
        if (failing) throw new DOMException('disk full', 'QuotaExceededError');
        return db;
      },
      now: () => T0, tabs: { get: async () => null, set: async () => undefined }, schedule: (fn) => void timers.push(fn),
    });
    const handle = createHandler({ openDb: async () => db, now: () => T0, page });
    await page.capture(7, { url: FIND_URL, method: 'POST', status: 200, requestBody: null, body: findBody });
    await page.settled();
    while (timers.length) {
      timers.shift()!();
      await page.settled();
    }
    const host = mount(<StorageView lang="en" client={createClient((m) => handle(m))} confirm={() => true} />);
    await vi.waitFor(async () => {
      await flush();
      expect(host.querySelector('.mt-storage-writes')).not.toBeNull();
    }, { timeout: 10_000 });
    const section = host.querySelector('.mt-storage-writes')!;
    expect(section.querySelector('[role="status"]')!.textContent).toBe('0 waiting to retry, 1 failed, 0 refused because the queue was full (this browser session).');
    expect(section.querySelector('li')!.textContent).toContain('disk full');
    failing = false;
    act(() => void section.querySelector<HTMLButtonElement>('li + button, ul + button')!.click());
    // the retry stores a whole page answer: wait for it rather than for a fixed number of ticks
    await vi.waitFor(async () => {
      await flush();
      expect(host.querySelector('.mt-storage-writes')).toBeNull();
    }, { timeout: 10_000 });
    expect(await db.count('creators')).toBeGreaterThan(5);
  });
});
