import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTURE_LIMIT, createPageService, MAX_PUSHED_BADGES, readBadgePush, type BadgePush, type TabView } from '../../lib/page-view';
import { createHandler, type Sender } from '../../lib/protocol';
import { getCreators, setSettings, type NoteStatus } from '../../lib/store';
import { assessForBadge, BADGE_KEYS, sellerStatusOf, type SellerStatusInput } from '../../lib/scoring';
import { freshDb } from '../store/helpers';
import { t } from '../../lib/i18n';
import { normaliseResponse } from '../../lib/seller-center';

const FIND_URL = 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find?shop_region=JP';
const findBody = fs.readFileSync(path.join(__dirname, '../fixtures/api/creatorFind/page-0.json'), 'utf8');
const T0 = Date.UTC(2026, 10, 20);

function memoryTabs() {
  const views = new Map<number, TabView>();
  return { views, get: async (id: number) => views.get(id) ?? null, set: async (v: TabView) => void views.set(v.tabId, v) };
}

async function setup() {
  const { db } = await freshDb();
  const tabs = memoryTabs();
  const refreshed: number[] = [];
  const pushes: Array<BadgePush | undefined> = [];
  const page = createPageService({
    openDb: async () => db, now: () => T0, tabs, retryDelayMs: () => null,
    refreshTab: (id, push) => {
      refreshed.push(id);
      pushes.push(push);
    },
  });
  let storeChanges = 0;
  const handle = createHandler({ openDb: async () => db, now: () => T0, page, onSettingsChanged: () => void (storeChanges += 1) });
  const fromTab: Sender = { from: 'content', tabId: 7 };
  return { db, tabs, page, handle, fromTab, refreshed, pushes, storeChanges: () => storeChanges };
}

const capture = (body: string, url = FIND_URL) => ({ type: 'capture', url, method: 'POST', status: 200, requestBody: null, body });

describe('page service: capture → store → display-only badges', () => {
  it('reads a captured list, stores every creator and answers badges equal to the shown assessment', async () => {
    const { db, handle, page, fromTab, tabs, refreshed } = await setup();
    const reply = await handle(capture(findBody), fromTab);
    expect(reply).toMatchObject({ ok: true, data: { read: true } });
    const count = (reply as { data: { creators: number } }).data.creators;
    expect(count).toBeGreaterThan(5);
    await page.settled();
    expect(refreshed).toContain(7);
    const view = tabs.views.get(7)!;
    expect(view.kind).toBe('other'); // an API URL is not a page route; the badge request sets the page URL
    expect(view.creatorIds).toHaveLength(count);
    const stored = await getCreators(db, view.creatorIds);
    expect(stored).toHaveLength(count);

    const handles = stored.map((c) => c.handle!);
    const badges = await handle({ type: 'creatorBadges', url: 'https://affiliate.tiktok.com/connection/creator?shop_region=JP', handles: [...handles, 'nobody_here'] }, fromTab);
    expect(badges.ok).toBe(true);
    const list = (badges as { data: { badges: Array<{ handle: string; view: { scoreText: string; verdict: string; creatorId: string } | null }> } }).data.badges;
    expect(list.at(-1)).toEqual({ handle: 'nobody_here', view: null });
    for (const creator of stored) {
      const shown = list.find((b) => b.handle === creator.handle)!.view!;
      const expected = assessForBadge(creator, { now: T0 }).assessment;
      expect(shown.creatorId).toBe(creator.id);
      expect(shown.verdict).toBe(expected.verdict);
      expect(shown.scoreText).toBe(expected.score == null ? '—' : String(expected.score));
    }
    expect(tabs.views.get(7)!.kind).toBe('find');
  });

  /** The tab read the find answer; its first creator, and the page's badge for that creator. */
  async function firstCreatorRead() {
    const context = await setup();
    await context.handle(capture(findBody), context.fromTab);
    await context.page.settled();
    const [first] = await getCreators(context.db, (await context.page.getTabView(7)).creatorIds.slice(0, 1));
    const badge = () => context.handle({ type: 'creatorBadges', url: 'https://affiliate.tiktok.com/connection/creator', handles: [first!.handle!] }, context.fromTab);
    return { ...context, first: first!, badge };
  }
  const markerOf = (badges: unknown) => (badges as { data: { badges: Array<{ view: { marker: string | null } }> } }).data.badges[0]!.view.marker;
  /** The one-word marker the page shows for a creator whose seller status is `status`. */
  const markerFor = (status: NoteStatus, creator: SellerStatusInput['creator']) => {
    const expected = sellerStatusOf({ note: { status }, creator });
    if (expected === null) throw new Error(`a creator with status ${status} has a seller status`);
    return t('zh_CN', BADGE_KEYS.sellerStatus(expected));
  };

  it('never sends a note or other private text to the page', async () => {
    const { handle, first, badge } = await firstCreatorRead();
    const secret = 'SECRET-NOTE-8841';
    const saved = await handle({ type: 'saveNote', creatorId: first.id, baseRevision: 0, patch: { text: secret, status: 'invited' }, editor: 'panel' });
    expect(saved.ok).toBe(true);
    const badges = await badge();
    const text = JSON.stringify(badges);
    expect(text).not.toContain(secret);
    // the seller's status shows as a one-word marker only
    expect(markerOf(badges)).toBe(markerFor('invited', first));
  });

  it('shows a status recorded on the timeline on the page\'s badge, as a saved note\'s', async () => {
    const { handle, first, badge } = await firstCreatorRead();
    const event = { status: 'sample_sent', at: T0, costJpy: 1200, shippingJpy: null, trackingNo: null, dueAt: null, memo: '' };
    expect(await handle({ type: 'addTimelineEvent', creatorId: first.id, event, editor: 'panel' })).toMatchObject({ ok: true });
    expect(markerOf(await badge())).toBe(markerFor('sample_sent', first));
  });

  it('clears a tab\'s view when it leaves the affiliate pages, and writes nothing for a tab that never showed one', async () => {
    const { handle, page, fromTab, tabs } = await setup();
    await handle(capture(findBody), fromTab);
    await handle({ type: 'creatorBadges', url: 'https://affiliate.tiktok.com/connection/creator', handles: [] }, fromTab);
    await page.settled();
    expect(tabs.views.get(7)!.creatorIds.length).toBeGreaterThan(0);
    await page.leftAffiliatePages(7);
    expect(tabs.views.get(7)).toMatchObject({ url: null, kind: 'other', creatorIds: [], selectedCreatorId: null });
    await page.leftAffiliatePages(8);
    expect(tabs.views.has(8)).toBe(false);
  });

  it('does not write back the view of a tab closed while an update for it was queued', async () => {
    const { handle, page, fromTab, tabs } = await setup();
    const captured = handle(capture(findBody), fromTab);
    // the tab closes while its answer is being read: the background removes its view (background.ts onRemoved)
    page.forgetTab(7);
    tabs.views.delete(7);
    await captured;
    await page.settled();
    expect(tabs.views.has(7)).toBe(false);
  });

  it('localises views in the language chosen in settings', async () => {
    const { db, handle, page, fromTab } = await setup();
    await setSettings(db, { lang: 'ja' });
    page.invalidate();
    await handle(capture(findBody), fromTab);
    await page.settled(); // the store write goes on after the page got its answer
    const view = await page.getTabView(7);
    const [c] = await getCreators(db, view.creatorIds.slice(0, 1));
    const badges = await handle({ type: 'creatorBadges', url: 'https://affiliate.tiktok.com/connection/creator', handles: [c!.handle!] }, fromTab);
    expect(JSON.stringify(badges)).toContain('閉じる');
  });

  it('records an unreadable answer on the tab (redacted) instead of failing', async () => {
    const { handle, page, fromTab } = await setup();
    const reply = await handle(capture('{"code":0,"data":{"weird":[{"name":"Alice","phone":"090-1234"}]}}'), fromTab);
    expect(reply).toMatchObject({ ok: true, data: { read: false } });
    const view = await page.getTabView(7);
    expect(view.unread).toHaveLength(1);
    expect(view.unread[0]!.diagnostic).not.toContain('Alice');
    expect(view.unread[0]!.diagnostic).not.toContain('090-1234');
    const formats = await handle({ type: 'listPageFormats' });
    expect(formats.ok).toBe(true);
    const text = JSON.stringify(formats);
    expect(text).toContain('creatorFind');
    expect(text).not.toContain('Alice');
  });

  it('surfaces a write that keeps failing as a notice on the tab', async () => {
    const tabs = memoryTabs();
    let opens = 0;
    const timers: Array<() => void> = [];
    const page = createPageService({
      openDb: async () => {
        opens += 1;
        throw new DOMException('disk full', 'QuotaExceededError');
      },
      now: () => T0, tabs, retryDelayMs: (attempt) => (attempt < 3 ? 1 : null), schedule: (fn) => void timers.push(fn),
    });
    await page.capture(7, { url: FIND_URL, method: 'POST', status: 200, requestBody: null, body: findBody });
    await page.settled();
    while (timers.length) {
      timers.shift()!();
      await page.settled();
    }
    await page.settled();
    expect(tabs.views.get(7)!.notices.join(' ')).toMatch(/disk full|Quota/);
    expect(opens).toBeGreaterThanOrEqual(3);
    // kept for the seller's retry in Settings → Storage, not dropped
    expect((await page.writeQueueStatus()).failed).toHaveLength(1);
  });
});

describe('messages by sender', () => {
  it('refuses every extension-page request from a content script, and serves the content ones', async () => {
    const { handle, fromTab } = await setup();
    for (const message of [
      { type: 'exportAll' },
      { type: 'importApply', format: 'json', text: '{}' },
      { type: 'setSettings', patch: { lang: 'en' } },
      { type: 'saveNote', creatorId: 'c1', baseRevision: 0, patch: { text: 'x' }, editor: 'page' },
      { type: 'getCreator', creatorId: 'c1' },
      { type: 'deleteCost', id: 'x' },
    ]) {
      expect(await handle(message, fromTab)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await handle({ type: 'ping' }, fromTab)).toMatchObject({ ok: true });
    expect(await handle({ type: 'exportAll' })).toMatchObject({ ok: true });
  });
  it('reads nothing from another host, even on a known API path', async () => {
    const { handle, page, fromTab } = await setup();
    const reply = await handle(capture(findBody, 'https://evil.example/api/v1/oec/affiliate/creator/marketplace/find'), fromTab);
    expect(reply).toMatchObject({ ok: true, data: { read: false, creators: 0 } });
    expect((await page.getTabView(7)).creatorIds).toEqual([]);
  });
  it('tab requests need a tab: an extension page cannot pose as one', async () => {
    const { handle } = await setup();
    expect(await handle(capture(findBody))).toMatchObject({ ok: false });
  });
});

describe('page service: an answer too large to hand over', () => {
  it('shows the seller a notice with the size instead of dropping it silently', async () => {
    const { handle, page, fromTab } = await setup();
    const reply = await handle({ ...capture(''), tooLarge: 9_000_000 }, fromTab);
    expect(reply).toMatchObject({ ok: true, data: { read: false } });
    expect((await page.getTabView(7)).notices.join(' ')).toContain('8,789 kB');
  });
});

describe('page service: badge views pushed to the tab', () => {
  it('sends the list\'s first badges with the refresh, equal to what the tab would be answered', async () => {
    const { handle, fromTab, pushes } = await setup();
    await handle(capture(findBody), fromTab);
    const first = pushes[0];
    expect(first).toBeDefined();
    expect(readBadgePush({ push: first })).toEqual(first);
    expect(first!.complete).toBe(true);
    const handles = first!.badges.map((b) => b.handle);
    expect(handles.length).toBeGreaterThan(5);
    expect(handles.length).toBeLessThanOrEqual(MAX_PUSHED_BADGES);
    const asked = await handle({ type: 'creatorBadges', url: 'https://affiliate.tiktok.com/connection/creator?shop_region=JP', handles }, fromTab);
    expect((asked as { data: unknown }).data).toEqual({ labels: first!.labels, badges: first!.badges });
  });

  it('after the store write, sends only views that changed, and no badge view when none did', async () => {
    const { handle, page, fromTab, pushes } = await setup();
    await handle(capture(findBody), fromTab);
    await page.settled();
    const before = pushes.length;
    // the same list again: stored records already hold it, so storing it changes no badge
    await handle(capture(findBody), fromTab);
    await page.settled();
    const afterStore = pushes.slice(before + 1);
    for (const push of afterStore) expect(push?.badges ?? []).toEqual([]);
  });

  it('badges a list at once with what a creator page in another tab showed, not first from the list alone', async () => {
    const { handle, page, fromTab, pushes, storeChanges } = await setup();
    const id = '7494000000000000103';
    const profileUrl = 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/profile?shop_region=JP';
    for (const type of [1, 2, 3]) {
      const body = fs.readFileSync(path.join(__dirname, `../fixtures/api/creatorProfile/${id}-${type}.json`), 'utf8');
      await handle({ ...capture(body, profileUrl), requestBody: JSON.stringify({ creator_oec_id: id, profile_types: [type] }) }, { from: 'content', tabId: 8 });
    }
    await page.settled();
    const before = pushes.length;
    await handle(capture(findBody), fromTab);
    const first = pushes[before]!.badges.find((b) => b.view.creatorId === id)!;
    await page.settled();
    // the list alone scores this creator otherwise, so the first view is built on the profile
    const listRead = normaliseResponse('creatorFind', JSON.parse(findBody), { url: FIND_URL, now: T0 });
    const listed = listRead.ok ? listRead.data.creators.find((c) => c.id === id) : undefined;
    expect(listed).toBeDefined();
    const listOnly = assessForBadge(listed!, { now: T0 }).assessment.verdict;
    expect(first.view.verdict).not.toBe(listOnly);
    // and the store write changes nothing the tab was already shown
    for (const push of pushes.slice(before + 1)) expect(push?.badges.map((b) => b.view.creatorId) ?? []).not.toContain(id);
    // once the seller deletes the creator's data, open pages are told to ask again, and the tabs that showed the
    // creator no longer badge it from what was merged in; a list read in a new tab is badged from the list alone
    const changesBefore = storeChanges();
    expect(await handle({ type: 'deleteCreator', creatorId: id, withSellerEntries: true }, { from: 'extension' })).toMatchObject({ ok: true });
    expect(storeChanges()).toBe(changesBefore + 1);
    for (const tabId of [7, 8]) {
      const asked = await handle({ type: 'creatorBadges', url: 'https://affiliate.tiktok.com/connection/creator', handles: [listed!.handle!] }, { from: 'content', tabId });
      expect(asked).toMatchObject({ ok: true, data: { badges: [{ handle: listed!.handle!, view: null }] } });
    }
    const afterDelete = pushes.length;
    await handle(capture(findBody), { from: 'content', tabId: 9 });
    expect(pushes[afterDelete]!.badges.find((b) => b.view.creatorId === id)!.view.verdict).toBe(listOnly);
    await page.settled();
  });

  it('reads no malformed push (the tab then asks for every view again)', () => {
    const labels = { loading: '…', unavailable: '—' };
    const view = { creatorId: '1', scoreText: '80' };
    const complete = true;
    expect(readBadgePush({ push: { badges: [{ handle: 'a', view }], labels, complete } })).not.toBeNull();
    expect(readBadgePush({})).toBeNull();
    expect(readBadgePush({ push: { badges: [{ handle: 'a', view }], labels } })).toBeNull();
    expect(readBadgePush({ push: { badges: [{ handle: 1, view }], labels, complete } })).toBeNull();
    expect(readBadgePush({ push: { badges: [{ handle: 'a', view: null }], labels, complete } })).toBeNull();
    expect(readBadgePush({ push: { badges: [], labels: { loading: 1, unavailable: '' }, complete } })).toBeNull();
    expect(readBadgePush({ push: { badges: Array.from({ length: MAX_PUSHED_BADGES + 1 }, () => ({ handle: 'a', view })), labels, complete } })).toBeNull();
  });

  it('says a push is not complete when more views changed than one push carries (the tab asks for the rest)', async () => {
    const { handle, fromTab, pushes } = await setup();
    const page = JSON.parse(findBody) as { creator_profile_list: Array<{ creator_oecuid: { value: string }; handle: { value: string } }> };
    const base = page.creator_profile_list;
    page.creator_profile_list = Array.from({ length: MAX_PUSHED_BADGES + 5 }, (_, i) => {
      const clone = structuredClone(base[i % base.length]!);
      clone.creator_oecuid.value = String(7_500_000_000_000_000_000n + BigInt(i));
      clone.handle.value = `${clone.handle.value}_${i}`;
      return clone;
    });
    await handle(capture(JSON.stringify(page)), fromTab);
    expect(pushes[0]!.badges).toHaveLength(MAX_PUSHED_BADGES);
    expect(pushes[0]!.complete).toBe(false);
  });
});

describe('page service: how often a page may send answers', () => {
  it('reads at most the limit per window from one tab, tells the seller once, and reads again in the next window', async () => {
    const { db } = await freshDb();
    const tabs = memoryTabs();
    let now = T0;
    const page = createPageService({ openDb: async () => db, now: () => now, tabs, retryDelayMs: () => null });
    const handle = createHandler({ openDb: async () => db, now: () => now, page });
    const fromTab: Sender = { from: 'content', tabId: 7 };
    const read: boolean[] = [];
    for (let i = 0; i < CAPTURE_LIMIT.answers + 5; i++) {
      read.push(((await handle(capture(findBody), fromTab)) as { data: { read: boolean } }).data.read);
    }
    expect(read.filter(Boolean)).toHaveLength(CAPTURE_LIMIT.answers);
    expect(read.slice(CAPTURE_LIMIT.answers).some(Boolean)).toBe(false);
    await page.settled();
    const notices = (await page.getTabView(7)).notices;
    expect(notices.filter((n) => n.includes(String(CAPTURE_LIMIT.answers)))).toHaveLength(1);
    // another tab is not held back by this one
    expect(await handle(capture(findBody), { from: 'content', tabId: 8 })).toMatchObject({ ok: true, data: { read: true } });
    now += CAPTURE_LIMIT.windowMs;
    expect(await handle(capture(findBody), fromTab)).toMatchObject({ ok: true, data: { read: true } });
  });
});

describe('page service: tab views under concurrent messages', () => {
  it('a badge request on a tab nothing was read on yet records its page (the side panel follows it)', async () => {
    const { handle, page, fromTab } = await setup();
    await handle({ type: 'creatorBadges', url: 'https://affiliate.tiktok.com/connection/creator/detail?cid=1&shop_region=JP', handles: [] }, fromTab);
    await handle(capture(findBody), fromTab);
    const view = await page.getTabView(7);
    expect(view.kind).toBe('creatorDetail');
    expect(view.creatorIds.length).toBeGreaterThan(5);
  });

  it('a capture and a badge request arriving together both leave their change (page URL and creators)', async () => {
    const { handle, page, fromTab } = await setup();
    await Promise.all([
      handle(capture(findBody), fromTab),
      handle({ type: 'creatorBadges', url: 'https://affiliate.tiktok.com/connection/creator?shop_region=JP', handles: [] }, fromTab),
    ]);
    const view = await page.getTabView(7);
    expect(view.kind).toBe('find');
    expect(view.creatorIds.length).toBeGreaterThan(5);
  });
});
