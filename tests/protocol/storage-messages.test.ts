import { describe, expect, it } from 'vitest';
import { createHandler } from '../../lib/protocol';
import { ingestPageData, saveNote } from '../../lib/store';
import { freshDb, makeCreator, pageData, storedNote } from '../store/helpers';

const T0 = Date.UTC(2026, 5, 1);
const DAY = 24 * 3600_000;

describe('storage messages (extension pages only)', () => {
  it('report space, prune and delete a creator; a Seller Center page may do none of it', async () => {
    const { db } = await freshDb();
    await ingestPageData(db, pageData({ creators: [makeCreator('c1', { medianCommissionRate: 0.1 })] }), T0);
    await saveNote(db, { creatorId: 'c1', baseRevision: 0, patch: { text: 'keep me' }, editor: 't' }, T0);
    const handle = createHandler({ openDb: async () => db, now: () => T0 + 40 * DAY });
    const content = { from: 'content' as const, tabId: 1 };
    for (const message of [
      { type: 'getStorageSpace' }, { type: 'pruneStorage', olderThanDays: 1, stores: ['observations'] },
      { type: 'deleteCreator', creatorId: 'c1', withSellerEntries: true },
    ]) {
      expect(await handle(message, content as never)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const space = await handle({ type: 'getStorageSpace' });
    expect(space).toMatchObject({ ok: true, data: [{ store: 'creators', count: 1 }, { store: 'snapshots', count: 1 }, { store: 'observations', count: 1 }, { store: 'notes', count: 1 }] });
    expect(await handle({ type: 'pruneStorage', olderThanDays: 30, stores: ['observations'] })).toEqual({ ok: true, data: { snapshots: 0, observations: 1, before: T0 + 10 * DAY } });
    expect(await handle({ type: 'pruneStorage', olderThanDays: 30, stores: [] })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await handle({ type: 'deleteCreator', creatorId: 'c1', withSellerEntries: false })).toEqual({
      ok: true, data: { creator: true, snapshots: 1, observations: 0, note: false, costs: 0 },
    });
    expect((await storedNote(db, 'c1'))?.text).toBe('keep me');
  });
});
