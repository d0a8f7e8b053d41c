/** The Page formats store: its migration from the previous version, counting, the bound, and validation. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import {
  clearPageFormats, closeMitateDb, CURRENT_VERSION, listPageFormats, openMitateDb, recordUnreadableFormat, StoreError,
} from '../../lib/store';
import { MAX_PAGE_FORMATS, unreadableReport, type PageFormat } from '../../lib/seller-center';
import type { PageFormatV4 } from '../../lib/store/frozen/v4';
import { freshDb, makeCreator } from './helpers';

const URL = 'https://affiliate.tiktok.com/api/v1/affiliate/sample/group/list?shop_region=JP';
const report = (n: number) => unreadableReport('sampleRequests', URL, 'agg_info missing', { code: 0, data: { [`field_${n}`]: [{ handle: 'secret_handle' }] } });

describe('migrateTo4 (v3 -> v4): the pageFormats store', () => {
  it('stores records of the frozen v4 type', () => {
    expectTypeOf<PageFormat>().toEqualTypeOf<PageFormatV4>();
  });

  it('adds the store to a database of the previous version, leaving every record in place', async () => {
    const factory = new IDBFactory();
    const previous = 3; // the version before pageFormats (v4)
    const old = await openMitateDb(factory, { version: previous });
    expect([...old.objectStoreNames]).not.toContain('pageFormats');
    const tx = old.transaction(['creators', 'settings'], 'readwrite');
    await tx.objectStore('creators').put({ ...makeCreator('c1'), updatedAt: 1, firstSeenAt: 1, status: 'candidate', score: null, handleKey: 'h_c1', scoreKey: -1 } as never);
    await tx.objectStore('settings').put({ key: 'lang', value: 'ja' } as never);
    await tx.done;
    old.close();

    const db = await openMitateDb(factory);
    expect(db.version).toBe(CURRENT_VERSION);
    expect([...db.objectStoreNames]).toContain('pageFormats');
    expect([...db.transaction('pageFormats').store.indexNames]).toEqual(['lastSeen']);
    expect(await db.count('creators')).toBe(1);
    expect(await db.get('settings', 'lang')).toEqual({ key: 'lang', value: 'ja' });
    expect(await listPageFormats(db)).toEqual([]);
    await closeMitateDb(factory);
  });
});

describe('recordUnreadableFormat', () => {
  it('counts the same endpoint and shape in one record, first and last seen kept', async () => {
    const { factory, db } = await freshDb();
    await recordUnreadableFormat(db, report(1), 1000);
    await recordUnreadableFormat(db, report(2), 1500);
    const again = await recordUnreadableFormat(db, report(1), 2000);
    expect([again.count, again.firstSeen, again.lastSeen]).toEqual([2, 1000, 2000]);
    const listed = await listPageFormats(db);
    expect(listed.map((f) => [f.count, f.lastSeen])).toEqual([[2, 2000], [1, 1500]]);
    expect(JSON.stringify(listed)).not.toContain('secret_handle');
    await clearPageFormats(db);
    expect(await listPageFormats(db)).toEqual([]);
    await closeMitateDb(factory);
  });
  it('keeps at most MAX_PAGE_FORMATS, dropping the least recently seen', async () => {
    const { factory, db } = await freshDb();
    for (let i = 0; i < MAX_PAGE_FORMATS + 3; i += 1) await recordUnreadableFormat(db, report(i), 10_000 + i);
    const listed = await listPageFormats(db);
    expect(listed).toHaveLength(MAX_PAGE_FORMATS);
    expect(listed[0]!.lastSeen).toBe(10_000 + MAX_PAGE_FORMATS + 2);
    expect(listed.at(-1)!.lastSeen).toBe(10_003);
    await closeMitateDb(factory);
  });
  it('refuses a report that does not validate, and stores nothing', async () => {
    const { factory, db } = await freshDb();
    const bad = { ...report(1), reason: 'x'.repeat(500) };
    await expect(recordUnreadableFormat(db, bad, 1)).rejects.toBeInstanceOf(StoreError);
    expect(await listPageFormats(db)).toEqual([]);
    await closeMitateDb(factory);
  });
});
