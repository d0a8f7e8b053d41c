import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { closeMitateDb, CURRENT_VERSION, DB_NAME, openMitateDb, splitV1StatusTag, type NoteV1 } from '../../lib/store';
import { countNotes, makeCreator, oldDb, storedNote } from './helpers';

describe('splitV1StatusTag', () => {
  it('lifts a known status tag out of the text', () => {
    expect(splitV1StatusTag('[sample_sent] 火曜日に発送')).toEqual({ status: 'sample_sent', text: '火曜日に発送' });
  });
  it('leaves unknown tags and plain text alone', () => {
    expect(splitV1StatusTag('[foo] bar')).toEqual({ status: 'candidate', text: '[foo] bar' });
    expect(splitV1StatusTag('hello')).toEqual({ status: 'candidate', text: 'hello' });
  });
});

describe('migrateTo1', () => {
  it('creates the smaller first schema', async () => {
    const factory = new IDBFactory();
    const db = await openMitateDb(factory, { version: 1 });
    expect([...db.objectStoreNames].sort()).toEqual(['creators', 'notes', 'settings', 'snapshots']);
    expect([...db.transaction('creators').store.indexNames]).toEqual(['handle']);
    db.close();
  });
});

describe('migrateTo2 (v1 -> current)', () => {
  it('keeps every record and converts notes and creators', async () => {
    expect(CURRENT_VERSION).toBe(8);
    const factory = new IDBFactory();
    const v1 = await openMitateDb(factory, { version: 1 });
    const tx = oldDb(v1).transaction(['creators', 'notes', 'snapshots', 'settings'], 'readwrite');
    const N = 30;
    for (let i = 0; i < N; i++) {
      await tx.objectStore('creators').put({ ...makeCreator(`c${i}`, { handle: i === 0 ? null : `Handle${i}` }), updatedAt: 1000 + i } as never);
      await tx.objectStore('snapshots').put({ creatorId: `c${i}`, at: 5000 + i, metrics: { followers: i } } as never);
      if (i % 2 === 0) {
        const note: NoteV1 = { creatorId: `c${i}`, text: i % 4 === 0 ? `[invited] 連絡済み ${i}` : `备注 ${i}`, updatedAt: 2000 + i };
        await tx.objectStore('notes').put(note as never);
      }
    }
    await tx.objectStore('notes').put({ creatorId: 'ghost', text: '[declined]', updatedAt: 7 } as never);
    await tx.objectStore('settings').put({ key: 'lang', value: 'ja' } as never);
    await tx.done;
    v1.close();

    const db = await openMitateDb(factory);
    expect(db.version).toBe(CURRENT_VERSION);
    expect(await db.count('creators')).toBe(N);
    expect(await db.count('snapshots')).toBe(N);
    expect(await countNotes(db)).toBe(N / 2 + 1);
    expect(await db.get('settings', 'lang')).toEqual({ key: 'lang', value: 'ja' });

    const n4 = await storedNote(db, 'c4');
    expect(n4).toMatchObject({ status: 'invited', text: '連絡済み 4', revision: 1, tags: [], rating: null, updatedAt: 2004 });
    // v1 -> v2 -> v3: the status read from the v1 tag becomes the first dated timeline event
    expect(n4?.timeline).toEqual([
      { id: 'v2-status', status: 'invited', at: 2004, recordedAt: 2004, costJpy: null, shippingJpy: null, trackingNo: null, dueAt: null, memo: '' },
    ]);
    expect((await storedNote(db, 'c2'))?.timeline).toEqual([]);
    const n2 = await storedNote(db, 'c2');
    expect(n2).toMatchObject({ status: 'candidate', text: '备注 2', revision: 1 });
    expect((await storedNote(db, 'ghost'))).toMatchObject({ status: 'declined', text: '' });

    const c4 = await db.get('creators', 'c4');
    expect(c4).toMatchObject({ status: 'invited', handleKey: 'handle4', score: null, firstSeenAt: 1004, updatedAt: 1004 });
    const c0 = await db.get('creators', 'c0');
    expect(c0?.handleKey).toBe('');
    // new indexes work over migrated data
    expect(await db.countFromIndex('creators', 'status', 'invited')).toBe(8); // i = 0,4,...,28
    expect(await db.getAllKeysFromIndex('creators', 'handle', 'handle4')).toEqual(['c4']);
    const snaps = await db.getAllFromIndex('snapshots', 'creatorAt', IDBKeyRange.bound(['c3', 0], ['c3', Infinity]));
    expect(snaps).toHaveLength(1);
    // added stores exist and are empty
    expect(await db.count('costs')).toBe(0);
    expect(await db.count('orders')).toBe(0);
    // v7: the stored creator count covers the creators migrated from v1
    expect((await db.get('counts', 'creators'))?.count).toBe(N);
    await closeMitateDb(factory);
  });

  it('refuses to open a database newer than this code with a version error', async () => {
    const factory = new IDBFactory();
    const future = await new Promise<IDBDatabase>((resolve) => {
      const req = factory.open(DB_NAME, 99);
      req.onsuccess = () => resolve(req.result);
    });
    future.close();
    await expect(openMitateDb(factory)).rejects.toMatchObject({ code: 'version' });
  });
});

describe('openMitateDb', () => {
  it('caches one open per factory and reopens after close', async () => {
    const factory = new IDBFactory();
    const a = openMitateDb(factory);
    const b = openMitateDb(factory);
    expect(a).toBe(b);
    await closeMitateDb(factory);
    const c = openMitateDb(factory);
    expect(c).not.toBe(a);
    await c;
    await closeMitateDb(factory);
  });

  it('closes and forgets its connection when another opener wants a newer version', async () => {
    const factory = new IDBFactory();
    let blocking = 0;
    const first = openMitateDb(factory, { onBlocking: () => { blocking += 1; } });
    await first;
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(DB_NAME, CURRENT_VERSION + 1);
      req.onupgradeneeded = () => undefined;
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    expect(blocking).toBe(1);
    const reopened = openMitateDb(factory);
    expect(reopened).not.toBe(first);
    // the database is now one version newer than this code knows
    await expect(reopened).rejects.toMatchObject({ code: 'version' });
    upgraded.close();
  });

  it('reports blocked when an old connection will not close, then recovers', async () => {
    const factory = new IDBFactory();
    // an old page holding version 1 with no versionchange handler
    (await openMitateDb(factory, { version: 1 })).close();
    const old = await new Promise<IDBDatabase>((resolve) => {
      const req = factory.open(DB_NAME, 1);
      req.onsuccess = () => resolve(req.result);
    });
    let blocked = 0;
    await expect(openMitateDb(factory, { blockedTimeoutMs: 30, onBlocked: () => { blocked += 1; } })).rejects.toMatchObject({ code: 'blocked' });
    expect(blocked).toBe(1);
    old.close();
    await new Promise((r) => setTimeout(r, 20));
    const db = await openMitateDb(factory);
    expect(db.version).toBe(CURRENT_VERSION);
    await closeMitateDb(factory);
  });
});
