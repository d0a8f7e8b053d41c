/**
 * Writes that are not lost (issue 13), through the page service as the worker runs it: every page answer's store
 * write is journalled in (session) storage, retried with backoff, run again by a new worker, and shown when it keeps
 * failing. Time moves only when the test fires a timer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPageService, WRITE_QUEUE_KEY, type TabView } from '../../lib/page-view';
import { createHandler } from '../../lib/protocol';
import { getCreators, type MitateDb } from '../../lib/store';
import type { RetryStorage } from '../../lib/store/retry-queue';
import { freshDb } from '../store/helpers';

const FIND_URL = 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find?shop_region=JP';
const findBody = fs.readFileSync(path.join(__dirname, '../fixtures/api/creatorFind/page-0.json'), 'utf8');
const T0 = Date.UTC(2026, 10, 20);
const FIRST_ID = '7494000000000000101';

/** The same answer with the first creator's follower count changed: tells which write landed last. */
const withFollowers = (followers: number) => {
  const json = JSON.parse(findBody);
  json.creator_profile_list[0].follower_cnt.value = String(followers);
  return JSON.stringify(json);
};
const capture = (body: string) => ({ url: FIND_URL, method: 'POST', status: 200, requestBody: null, body });

/** Session storage as the browser keeps it: values are copied in and out (structured clone). */
function sessionStorage() {
  const saved = new Map<string, unknown>();
  const storage: RetryStorage = {
    get: async (key) => structuredClone(saved.get(key)),
    set: async (key, value) => void saved.set(key, structuredClone(value)),
  };
  return { saved, storage };
}

/** A worker over a shared session storage: its database refuses the next `failures` opens, and its timers wait. */
function worker(db: MitateDb, storage: RetryStorage, failures = { left: 0 }) {
  const views = new Map<number, TabView>();
  const timers: Array<() => void> = [];
  let attempts = 0;
  const page = createPageService({
    openDb: async () => {
      attempts += 1;
      if (failures.left > 0) {
        failures.left -= 1;
        throw new DOMException('The transaction was aborted', 'AbortError');
      }
      return db;
    },
    now: () => T0,
    tabs: { get: async (id) => views.get(id) ?? null, set: async (v) => void views.set(v.tabId, v) },
    retryStorage: storage,
    schedule: (fn) => void timers.push(fn),
  });
  /** fires the waiting timers, one retry after another, until none is left */
  const drain = async () => {
    await page.settled();
    while (timers.length) {
      timers.shift()!();
      await page.settled();
    }
  };
  return { page, views, timers, drain, attempts: () => attempts };
}

const followersOf = async (db: MitateDb) => (await getCreators(db, [FIRST_ID]))[0]?.followers ?? null;

describe('page service: store writes that are not lost', () => {
  it('a write that fails twice is kept in session storage, retried with backoff, and lands', async () => {
    const { db } = await freshDb();
    const session = sessionStorage();
    const failures = { left: 2 };
    const w = worker(db, session.storage, failures);
    const reply = await w.page.capture(7, capture(withFollowers(111)));
    expect(reply.read).toBe(true);
    await w.page.settled();
    // not stored yet, but journalled with everything needed to store it again
    expect(await followersOf(db)).toBeNull();
    expect(session.saved.get(WRITE_QUEUE_KEY)).toMatchObject([{ attempts: 1, item: { tabId: 7, at: T0 } }]);
    expect((await w.page.writeQueueStatus()).pending).toBe(1);
    await w.drain();
    expect(failures.left).toBe(0);
    expect(await followersOf(db)).toBe(111);
    expect(session.saved.get(WRITE_QUEUE_KEY)).toEqual([]);
    expect(await w.page.writeQueueStatus()).toEqual({ pending: 0, failed: [], refused: 0 });
    expect(w.views.get(7)!.notices).toEqual([]); // it landed: nothing to tell the seller
  });

  it('a new worker over the same session storage stores what the stopped one could not, in arrival order', async () => {
    const { db } = await freshDb();
    const session = sessionStorage();
    const dying = worker(db, session.storage, { left: 1_000 });
    await dying.page.capture(7, capture(withFollowers(111)));
    await dying.page.capture(7, capture(withFollowers(222)));
    await dying.page.capture(8, capture(withFollowers(333)));
    await dying.page.settled();
    expect(await followersOf(db)).toBeNull();
    expect(session.saved.get(WRITE_QUEUE_KEY)).toHaveLength(3);
    // the worker is stopped: its timers never fire; a new one starts with the same session storage
    const next = worker(db, session.storage);
    await next.page.resumeWrites();
    await next.drain();
    expect(await followersOf(db)).toBe(333); // the last answer read is the one that stays
    expect(session.saved.get(WRITE_QUEUE_KEY)).toEqual([]);
    expect(next.timers).toEqual([]);
  });

  it('a capture reaching a new worker before its start-up restore waits behind the journal (no overwrite, order kept)', async () => {
    const { db } = await freshDb();
    const session = sessionStorage();
    const dying = worker(db, session.storage, { left: 1_000 });
    await dying.page.capture(7, capture(withFollowers(111)));
    await dying.page.settled();
    const next = worker(db, session.storage);
    await next.page.capture(7, capture(withFollowers(222)));
    await next.page.resumeWrites();
    await next.drain();
    expect(await followersOf(db)).toBe(222);
    expect(session.saved.get(WRITE_QUEUE_KEY)).toEqual([]);
  });

  it('a journal entry that no longer validates is left out, the valid ones still land', async () => {
    const { db } = await freshDb();
    const session = sessionStorage();
    const dying = worker(db, session.storage, { left: 1_000 });
    await dying.page.capture(7, capture(withFollowers(111)));
    await dying.page.settled();
    const journal = session.saved.get(WRITE_QUEUE_KEY) as Array<Record<string, unknown>>;
    session.saved.set(WRITE_QUEUE_KEY, [{ id: 'x', item: { tabId: 'no', data: 1 } }, ...journal, journal[0]]);
    const next = worker(db, session.storage);
    await next.page.resumeWrites();
    await next.drain();
    expect(await followersOf(db)).toBe(111);
    expect(session.saved.get(WRITE_QUEUE_KEY)).toEqual([]);
  });

  it('a write that keeps failing is shown on the tab and in Settings → Storage, and the seller can retry it', async () => {
    const { db } = await freshDb();
    const session = sessionStorage();
    const failures = { left: 1_000 };
    const w = worker(db, session.storage, failures);
    const handle = createHandler({ openDb: async () => db, now: () => T0, page: w.page });
    await w.page.capture(7, capture(withFollowers(111)));
    await w.drain();
    expect(w.attempts()).toBeGreaterThanOrEqual(7);
    expect(w.views.get(7)!.notices.join(' ')).toContain('The transaction was aborted');
    const queue = await handle({ type: 'getWriteQueue' });
    expect(queue).toMatchObject({ ok: true, data: { pending: 0, failed: [{ lastError: 'The transaction was aborted' }] } });
    // still kept for a worker that starts later
    expect(session.saved.get(WRITE_QUEUE_KEY)).toHaveLength(1);
    failures.left = 0;
    expect(await handle({ type: 'retryWrites' })).toMatchObject({ ok: true, data: { pending: 0, failed: [] } });
    expect(await followersOf(db)).toBe(111);
  });

  it('the seller can discard a failed write', async () => {
    const { db } = await freshDb();
    const session = sessionStorage();
    const w = worker(db, session.storage, { left: 1_000 });
    const handle = createHandler({ openDb: async () => db, now: () => T0, page: w.page });
    await w.page.capture(7, capture(withFollowers(111)));
    await w.drain();
    const { failed } = await w.page.writeQueueStatus();
    expect(await handle({ type: 'discardWrite', id: failed[0]!.id })).toMatchObject({ ok: true, data: { failed: [] } });
    expect(session.saved.get(WRITE_QUEUE_KEY)).toEqual([]);
  });
});
