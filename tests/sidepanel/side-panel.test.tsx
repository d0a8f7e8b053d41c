// @vitest-environment happy-dom
/**
 * The side panel against the real background handler and store (fake-indexeddb): answers that come back late, for a
 * tab or a creator no longer shown, never replace what the seller is looking at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { SidePanelApp, type DeskBrowser } from '../../components/sidepanel/SidePanelApp';
import { CreatorDesk } from '../../components/sidepanel/CreatorDesk';
import { createPageService } from '../../lib/page-view';
import { createClient, createHandler, type NoteChange, type Sender } from '../../lib/protocol';
import { MERGE_SEPARATOR, getCreators, getNote } from '../../lib/store';
import { freshDb } from '../store/helpers';
import { mount, unmountAll } from '../helpers/mount';

const FIND_URL = 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find?shop_region=JP';
const LIST_URL = 'https://affiliate.tiktok.com/connection/creator?shop_region=JP';
const findBody = fs.readFileSync(path.join(__dirname, '../fixtures/api/creatorFind/page-0.json'), 'utf8');
const T0 = Date.UTC(2026, 10, 20);

afterEach(() => unmountAll());

/** The real handler behind a client; `hold(type)` keeps the next answer of that type until released. */
async function setup() {
  // notes saved, announced to every subscribed panel as the background announces them (entrypoints/background.ts)
  const noteListeners = new Set<(change: NoteChange) => void>();
  const onNoteChanged = (fn: (change: NoteChange) => void) => {
    noteListeners.add(fn);
    return () => void noteListeners.delete(fn);
  };
  const { db } = await freshDb();
  const tabs = new Map<number, unknown>();
  const page = createPageService({
    openDb: async () => db, now: () => T0, retryDelayMs: () => null, refreshTab: () => undefined,
    tabs: { get: async (id: number) => (tabs.get(id) ?? null) as never, set: async (v: { tabId: number }) => void tabs.set(v.tabId, v) },
  });
  const handle = createHandler({ openDb: async () => db, now: () => T0, page, onNoteChanged: (change) => noteListeners.forEach((fn) => fn(change)) });
  const held = new Map<string, Array<() => void>>();
  const holding = new Set<string>();
  const client = createClient(async (message) => {
    const type = (message as { type: string }).type;
    const answer = handle(message, { from: 'extension' } as Sender);
    if (!holding.has(type)) return answer;
    holding.delete(type);
    const value = await answer;
    return new Promise((resolve) => held.set(type, [...(held.get(type) ?? []), () => resolve(value)]));
  });
  const fromTab = (tabId: number): Sender => ({ from: 'content', tabId });
  return {
    db, handle, client, fromTab, page, onNoteChanged,
    hold: (type: string) => void holding.add(type),
    isHeld: (type: string) => (held.get(type)?.length ?? 0) > 0,
    release: (type: string) => held.get(type)?.shift()?.(),
  };
}

const until = async (check: () => boolean, show: () => string = () => document.body.textContent ?? '') => {
  for (let i = 0; i < 200 && !check(); i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
  }
  expect(check(), show()).toBe(true);
};

describe('side panel', () => {
  it("does not show a tab's late answer after the seller switched to another tab", async () => {
    const { db, handle, client, fromTab, page, hold, isHeld, release } = await setup();
    // tab 1 shows a list with one creator selected; tab 2 a list
    for (const tabId of [1, 2]) {
      await handle({ type: 'capture', url: FIND_URL, method: 'POST', status: 200, requestBody: null, body: findBody }, fromTab(tabId));
      await handle({ type: 'creatorBadges', url: LIST_URL, handles: [] }, fromTab(tabId));
    }
    await page.settled();
    const [first] = await getCreators(db, [(JSON.parse(findBody) as { creator_profile_list: Array<{ creator_oecuid: { value: string } }> }).creator_profile_list[0]!.creator_oecuid.value]);
    await handle({ type: 'selectCreator', tabId: 1, creatorId: first!.id }, { from: 'extension' });
    let switchTo: (tabId: number) => void = () => undefined;
    const desk: DeskBrowser = {
      activeTabId: async () => 1,
      onActiveTabChanged: (fn) => {
        switchTo = fn;
        return () => undefined;
      },
      onTabViewChanged: () => () => undefined,
      onSettingsChanged: () => () => undefined,
      onNoteChanged: () => () => undefined,
      openDashboard: () => undefined,
    };
    hold('getTabView');
    const el = mount(<SidePanelApp client={client} initialLang="en" desk={desk} />);
    await until(() => isHeld('getTabView'));
    // the seller switches to tab 2 before tab 1's view came back
    await act(async () => {
      switchTo(2);
    });
    await until(() => el.textContent!.includes(`@${first!.handle}`) && !el.querySelector('textarea'));
    const listShown = el.textContent;
    release('getTabView');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    // still tab 2's list, not tab 1's selected creator (its back button, its note editor)
    expect(el.querySelector('textarea')).toBeNull();
    expect(el.querySelectorAll('button.mt-link-button')).toHaveLength(1);
    expect(el.textContent).toBe(listShown);
  });

  it("does not put a creator's note save into the next creator's desk", async () => {
    const { db, handle, client, fromTab, page, hold, release } = await setup();
    await handle({ type: 'capture', url: FIND_URL, method: 'POST', status: 200, requestBody: null, body: findBody }, fromTab(1));
    await page.settled();
    const ids = (JSON.parse(findBody) as { creator_profile_list: Array<{ creator_oecuid: { value: string } }> }).creator_profile_list.map((c) => c.creator_oecuid.value);
    const [a, b] = ids;
    const desk = (creatorId: string) => (
      <CreatorDesk lang="en" client={client} creatorId={creatorId} tabOrders={[]} benchmarks={null} cnyPerJpy={null} editor="panel-test" version={0} />
    );
    const el = mount(desk(a!));
    await until(() => el.querySelector('textarea') !== null);
    hold('saveNote');
    await act(async () => {
      const textarea = el.querySelector('textarea')!;
      textarea.value = 'private note about A';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 450));
    });
    // the seller opens B while A's save is still out
    const { render } = await import('preact');
    await act(async () => {
      render(desk(b!), el);
    });
    await until(() => el.querySelector('textarea') !== null && el.querySelector('textarea')!.value === '');
    release('saveNote');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
    });
    expect(el.querySelector('textarea')!.value).toBe('');
    expect((await getNote(db, a!))?.text).toBe('private note about A');
    expect((await getNote(db, b!))?.text ?? '').toBe('');
  });

  it('a reload that started before a note save does not put the older note back (status and timeline stay)', async () => {
    const { handle, client, fromTab, page, hold, isHeld, release } = await setup();
    await handle({ type: 'capture', url: FIND_URL, method: 'POST', status: 200, requestBody: null, body: findBody }, fromTab(1));
    await page.settled();
    const id = (JSON.parse(findBody) as { creator_profile_list: Array<{ creator_oecuid: { value: string } }> }).creator_profile_list[0]!.creator_oecuid.value;
    const desk = (version: number) => (
      <CreatorDesk lang="en" client={client} creatorId={id} tabOrders={[]} benchmarks={null} cnyPerJpy={null} editor="panel-test" version={version} />
    );
    const el = mount(desk(0));
    await until(() => el.querySelector('textarea') !== null);
    // the tab's view changes: the desk reads the creator again, and that answer is slow
    hold('getCreator');
    const { render } = await import('preact');
    await act(async () => {
      render(desk(1), el);
    });
    await until(() => isHeld('getCreator'));
    // meanwhile the seller records a status
    await act(async () => {
      const select = el.querySelector('select')!;
      select.value = 'invited';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 450));
    });
    await until(() => el.querySelector('li[data-status="invited"]') !== null);
    release('getCreator');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
    });
    expect(el.querySelector('li[data-status="invited"]')).not.toBeNull();
    expect(el.querySelector('select')!.value).toBe('invited');
  });

  it('two panels on the same creator see each other\'s saves, so alternating edits never repeat the text', async () => {
    const { db, handle, client, fromTab, page, onNoteChanged } = await setup();
    await handle({ type: 'capture', url: FIND_URL, method: 'POST', status: 200, requestBody: null, body: findBody }, fromTab(1));
    await page.settled();
    const id = (JSON.parse(findBody) as { creator_profile_list: Array<{ creator_oecuid: { value: string } }> }).creator_profile_list[0]!.creator_oecuid.value;
    const panel = (editor: string) => mount(
      <CreatorDesk lang="en" client={client} creatorId={id} tabOrders={[]} benchmarks={null} cnyPerJpy={null} editor={editor} version={0} onNoteChanged={onNoteChanged} />,
    );
    const a = panel('panel-a');
    const b = panel('panel-b');
    await until(() => a.querySelector('textarea') !== null && b.querySelector('textarea') !== null);
    const typeAndSave = async (host: HTMLElement, text: string) => {
      await act(async () => {
        const textarea = host.querySelector('textarea')!;
        textarea.value = text;
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 450));
      });
      for (let i = 0; i < 200 && (await getNote(db, id))?.text !== text; i++) {
        await act(async () => {
          await new Promise((resolve) => setTimeout(resolve, 5));
        });
      }
      expect((await getNote(db, id))?.text).toBe(text);
    };
    // each window adds a line to what it shows, in turn
    let expected = '';
    for (const [host, line] of [[a, 'A1'], [b, 'B1'], [a, 'A2'], [b, 'B2']] as const) {
      const other = host === a ? b : a;
      const shown = host.querySelector('textarea')!.value;
      expect(shown).toBe(expected);
      expected = shown ? `${shown}\n${line}` : line;
      await typeAndSave(host, expected);
      // the other window shows the saved text before its seller types
      await until(() => other.querySelector('textarea')!.value === expected, () => `${other.querySelector('textarea')!.value} ≠ ${expected}`);
    }
    const stored = await getNote(db, id);
    expect(stored?.text).toBe('A1\nB1\nA2\nB2');
    expect(stored?.text).not.toContain(MERGE_SEPARATOR);
  });
});
