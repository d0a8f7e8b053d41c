import { describe, expect, it } from 'vitest';
import { ingestPageData, MERGE_SEPARATOR, saveNote, getNote, addTimelineEvent, toStoreError, StoreError, type MitateDb } from '../../lib/store';
import { countNotes, freshDb, makeCreator, pageData } from './helpers';

describe('saveNote', () => {
  it('creates a note at revision 1 and bumps on each save', async () => {
    const { db } = await freshDb();
    const r1 = await saveNote(db, { creatorId: 'c1', baseRevision: 0, patch: { text: 'こんにちは', status: 'invited' }, editor: 'tabA' }, 100);
    expect(r1.merged).toBe(false);
    expect(r1.note).toMatchObject({ revision: 1, text: 'こんにちは', status: 'invited', updatedBy: 'tabA', updatedAt: 100 });
    const r2 = await saveNote(db, { creatorId: 'c1', baseRevision: 1, patch: { rating: 4 }, editor: 'tabA' }, 200);
    expect(r2.note).toMatchObject({ revision: 2, rating: 4, text: 'こんにちは' });
    expect(await getNote(db, 'c1')).toEqual(r2.note);
  });

  it('mirrors the status onto the creator for the dashboard index', async () => {
    const { db } = await freshDb();
    await ingestPageData(db, pageData({ creators: [makeCreator('c1')] }), 1);
    await saveNote(db, { creatorId: 'c1', baseRevision: 0, patch: { status: 'replied' }, editor: 'x' }, 2);
    expect((await db.get('creators', 'c1'))?.status).toBe('replied');
  });

  it('two concurrent writers with the same baseRevision lose nothing', async () => {
    const { db } = await freshDb();
    await saveNote(db, { creatorId: 'c1', baseRevision: 0, patch: { text: 'base', tags: ['美妆'] }, editor: 'setup' }, 1);
    // both tabs loaded revision 1 and save at the same moment
    const [a, b] = await Promise.all([
      saveNote(db, { creatorId: 'c1', baseRevision: 1, patch: { text: 'base + A の追記', status: 'invited', tags: ['美妆', 'A'] }, editor: 'tabA' }, 10),
      saveNote(db, { creatorId: 'c1', baseRevision: 1, patch: { text: 'base + B 的补充', rating: 5, tags: ['美妆', 'B'] }, editor: 'tabB' }, 11),
    ]);
    const results = [a, b].sort((x, y) => x.note.revision - y.note.revision);
    expect(results[0]!.merged).toBe(false);
    expect(results[1]!.merged).toBe(true);
    expect(results[1]!.conflictFields.sort()).toEqual(['tags', 'text']);
    const final = (await getNote(db, 'c1'))!;
    expect(final.revision).toBe(3);
    expect(final.text).toContain('base + A の追記');
    expect(final.text).toContain('base + B 的补充');
    expect(final.text).toContain(MERGE_SEPARATOR.trim());
    expect(final.status).toBe('invited'); // only A changed it
    expect(final.rating).toBe(5); // only B changed it
    expect([...final.tags].sort()).toEqual(['A', 'B', '美妆']);
  });

  it('two concurrent writers that send their base text and changed different parts get one text with both changes', async () => {
    const { db } = await freshDb();
    await saveNote(db, { creatorId: 'c1', baseRevision: 0, patch: { text: '価格: 未定\nサンプル: 未送付' }, editor: 'setup' }, 1);
    const base = '価格: 未定\nサンプル: 未送付';
    const [a, b] = await Promise.all([
      saveNote(db, { creatorId: 'c1', baseRevision: 1, patch: { text: '価格: 15%で合意\nサンプル: 未送付' }, editor: 'tabA', baseText: base }, 10),
      saveNote(db, { creatorId: 'c1', baseRevision: 1, patch: { text: '価格: 未定\nサンプル: 11/30 発送' }, editor: 'tabB', baseText: base }, 11),
    ]);
    expect([a, b].some((r) => r.merged)).toBe(true);
    expect((await getNote(db, 'c1'))!.text).toBe('価格: 15%で合意\nサンプル: 11/30 発送');
    // both changed the same line: both texts whole, as without a base text
    const now = (await getNote(db, 'c1'))!;
    await saveNote(db, { creatorId: 'c1', baseRevision: now.revision, patch: { text: '価格: 12%で合意\nサンプル: 11/30 発送' }, editor: 'tabA', baseText: now.text }, 12);
    const clash = await saveNote(db, { creatorId: 'c1', baseRevision: now.revision, patch: { text: '価格: 18%で合意\nサンプル: 11/30 発送' }, editor: 'tabB', baseText: now.text }, 13);
    expect(clash.note.text).toBe(`価格: 12%で合意\nサンプル: 11/30 発送${MERGE_SEPARATOR}価格: 18%で合意\nサンプル: 11/30 発送`);
  });

  it('a stale writer that changed other fields only is not a conflict', async () => {
    const { db } = await freshDb();
    await saveNote(db, { creatorId: 'c1', baseRevision: 0, patch: { text: 't' }, editor: 's' }, 1);
    await saveNote(db, { creatorId: 'c1', baseRevision: 1, patch: { text: 't2' }, editor: 'A' }, 2);
    const r = await saveNote(db, { creatorId: 'c1', baseRevision: 1, patch: { nextActionAt: 999 }, editor: 'B' }, 3);
    expect(r.merged).toBe(false);
    expect(r.note).toMatchObject({ text: 't2', nextActionAt: 999, revision: 3 });
  });

  it('two writers starting from no note keep both texts', async () => {
    const { db } = await freshDb();
    await Promise.all([
      saveNote(db, { creatorId: 'c9', baseRevision: 0, patch: { text: 'one' }, editor: 'A' }, 1),
      saveNote(db, { creatorId: 'c9', baseRevision: 0, patch: { text: 'two' }, editor: 'B' }, 1),
    ]);
    const note = (await getNote(db, 'c9'))!;
    expect(note.text).toBe(`one${MERGE_SEPARATOR}two`);
  });

  it('rejects an invalid patch without writing', async () => {
    const { db } = await freshDb();
    await expect(saveNote(db, { creatorId: 'c1', baseRevision: 0, patch: { rating: 9 }, editor: 'A' }, 1)).rejects.toMatchObject({
      code: 'invalid',
    });
    await expect(
      saveNote(db, { creatorId: 'c1', baseRevision: 0, patch: { hacked: true } as never, editor: 'A' }, 1),
    ).rejects.toBeInstanceOf(StoreError);
    expect(await countNotes(db)).toBe(0);
  });
});

describe('quota errors', () => {
  it('maps QuotaExceededError to code quota', () => {
    expect(toStoreError(new DOMException('full', 'QuotaExceededError')).code).toBe('quota');
    expect(toStoreError(new DOMException('x', 'VersionError')).code).toBe('version');
    expect(toStoreError(new Error('x')).code).toBe('unknown');
  });

  it('saveNote surfaces a quota failure from the store as StoreError quota', async () => {
    const { db } = await freshDb();
    // store wrapper: every put throws like a full disk
    const quotaDb = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop !== 'transaction') return Reflect.get(target, prop, receiver);
        return (...args: unknown[]) => {
          const tx = (target.transaction as (...a: unknown[]) => ReturnType<MitateDb['transaction']>)(...args);
          return new Proxy(tx, {
            get(t, p, r) {
              if (p !== 'objectStore') return Reflect.get(t, p, r);
              return (name: string) => {
                const store = t.objectStore(name as never);
                return new Proxy(store, {
                  get(s, q, rr) {
                    if (q === 'put') return () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
                    const v = Reflect.get(s, q, rr);
                    return typeof v === 'function' ? v.bind(s) : v;
                  },
                });
              };
            },
          });
        };
      },
    }) as MitateDb;
    await expect(saveNote(quotaDb, { creatorId: 'c1', baseRevision: 0, patch: { text: 'x' }, editor: 'A' }, 1)).rejects.toMatchObject({
      code: 'quota',
      name: 'StoreError',
    });
    expect(await countNotes(db)).toBe(0);
  });
});

describe('collaboration timeline', () => {
  it('a status change through saveNote is dated and the earlier status is kept', async () => {
    const { db } = await freshDb();
    const first = await saveNote(db, { creatorId: 'tl', baseRevision: 0, patch: { status: 'invited' }, editor: 'a' }, 1_000);
    const second = await saveNote(db, { creatorId: 'tl', baseRevision: first.note.revision, patch: { status: 'replied', text: 'ok' }, editor: 'a' }, 2_000);
    expect(second.note.status).toBe('replied');
    expect(second.note.timeline.map((e) => [e.status, e.at])).toEqual([['invited', 1_000], ['replied', 2_000]]);
    // a save that leaves the status alone adds nothing
    const third = await saveNote(db, { creatorId: 'tl', baseRevision: second.note.revision, patch: { text: 'ok!' }, editor: 'a' }, 3_000);
    expect(third.note.timeline).toHaveLength(2);
  });

  it('addTimelineEvent keeps every event in date order; status follows the latest-dated one; the sample cost fills the note', async () => {
    const { db } = await freshDb();
    await saveNote(db, { creatorId: 'tl', baseRevision: 0, patch: { status: 'agreement_confirmed' }, editor: 'a' }, 5_000);
    const base = { shippingJpy: null, trackingNo: null, dueAt: null, memo: '', costJpy: null };
    const sent = await addTimelineEvent(db, { creatorId: 'tl', editor: 'a', event: { ...base, status: 'sample_sent', at: 6_000, costJpy: 1800, shippingJpy: 600, trackingNo: 'YM-9' } }, 6_100);
    expect(sent.status).toBe('sample_sent');
    expect(sent.sampleCostJpy).toBe(1800);
    expect(sent.sampleTrackingNo).toBe('YM-9');
    // back-dated "invited" goes first and does not move the current status
    const back = await addTimelineEvent(db, { creatorId: 'tl', editor: 'b', event: { ...base, status: 'invited', at: 1_000 } }, 7_000);
    expect(back.timeline.map((e) => e.status)).toEqual(['invited', 'agreement_confirmed', 'sample_sent']);
    expect(back.status).toBe('sample_sent');
    expect(back.timeline[2]).toMatchObject({ costJpy: 1800, shippingJpy: 600, recordedAt: 6_100 });
    await expect(addTimelineEvent(db, { creatorId: 'tl', editor: 'a', event: { ...base, status: 'paid', at: 1, costJpy: -5 } }, 8_000)).rejects.toMatchObject({ code: 'invalid' });
    expect((await getNote(db, 'tl'))?.timeline).toHaveLength(3);
  });
});
