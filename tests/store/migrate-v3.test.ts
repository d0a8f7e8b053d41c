import { describe, expect, expectTypeOf, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import {
  closeMitateDb, CURRENT_VERSION, DEFAULT_SETTINGS, getSettings, openMitateDb, timelineFromV2,
  type Note, type ProductCost, type SampleRecord, type Settings, type TimelineEvent,
} from '../../lib/store';
import type { NoteV2 } from '../../lib/store/frozen/v2';
import type { NoteV3, ProductCostV3, SampleRecordV3, SettingsV3, TimelineEventV3 } from '../../lib/store/frozen/v3';
import { countNotes, makeCreator, oldDb, storedNote } from './helpers';

const v2Note = (over: Partial<NoteV2>): NoteV2 => ({
  creatorId: 'c', text: '', status: 'candidate', tags: [], rating: null, nextActionAt: null, sampleCostJpy: null,
  sampleTrackingNo: null, revision: 3, fieldRevisions: { text: 1, status: 3 }, updatedAt: 5_000, updatedBy: 'tab-a', ...over,
});

describe('frozen v3 types', () => {
  it('the live records are exactly the frozen v3 shapes (a live change needs schema v4)', () => {
    expectTypeOf<Note>().toEqualTypeOf<NoteV3>();
    expectTypeOf<TimelineEvent>().toEqualTypeOf<TimelineEventV3>();
    expectTypeOf<ProductCost>().toEqualTypeOf<ProductCostV3>();
    expectTypeOf<SampleRecord>().toEqualTypeOf<SampleRecordV3>();
    expectTypeOf<Omit<Settings, 'benchmarkOverrides'>>().toEqualTypeOf<Omit<SettingsV3, 'benchmarkOverrides'>>();
  });
});

describe('timelineFromV2', () => {
  it('a candidate note with no sample has an empty timeline', () => {
    expect(timelineFromV2(v2Note({}))).toEqual([]);
  });
  it('a sample_sent note becomes one sample_sent event carrying its cost and tracking number', () => {
    expect(timelineFromV2(v2Note({ status: 'sample_sent', sampleCostJpy: 1800, sampleTrackingNo: 'YM-1' }))).toEqual([
      { id: 'v2-status', status: 'sample_sent', at: 5_000, recordedAt: 5_000, costJpy: 1800, shippingJpy: null, trackingNo: 'YM-1', dueAt: null, memo: '' },
    ]);
  });
  it('a note past sample_sent keeps its sample as its own earlier event, so the cost stays counted', () => {
    const events = timelineFromV2(v2Note({ status: 'content_posted', sampleCostJpy: 1800, sampleTrackingNo: null }));
    expect(events.map((e) => [e.id, e.status, e.costJpy])).toEqual([['v2-sample', 'sample_sent', 1800], ['v2-status', 'content_posted', null]]);
  });
});

async function seedV2(factory: IDBFactory, settings: Array<{ key: string; value: unknown }>) {
  const v2 = await openMitateDb(factory, { version: 2 });
  const tx = oldDb(v2).transaction(['creators', 'notes', 'costs', 'settings', 'orders', 'collaborations', 'products', 'observations', 'snapshots'], 'readwrite');
  const N = 25;
  const statuses = ['candidate', 'invited', 'replied', 'agreement_confirmed', 'sample_sent', 'content_posted', 'long_term_partner', 'declined'] as const;
  for (let i = 0; i < N; i++) {
    const status = statuses[i % statuses.length]!;
    await tx.objectStore('creators').put({
      ...makeCreator(`c${i}`), updatedAt: 100 + i, firstSeenAt: 100, status, score: null, handleKey: `h_c${i}`, scoreKey: -1,
    } as never);
    const note: NoteV2 = v2Note({
      creatorId: `c${i}`, text: `メモ ${i}`, status, updatedAt: 1_000 + i,
      sampleCostJpy: status === 'sample_sent' || status === 'content_posted' ? 1800 : null,
      sampleTrackingNo: status === 'sample_sent' ? `T${i}` : null,
    });
    await tx.objectStore('notes').put(note as never);
    await tx.objectStore('snapshots').put({ creatorId: `c${i}`, at: 9, metrics: {} } as never);
  }
  await tx.objectStore('costs').put({ id: 'k1', creatorId: 'c1', kind: 'shipping', amountJpy: 500, at: 7, memo: '' } as never);
  await tx.objectStore('orders').put({ orderId: 'o1', skuKey: '', creatorId: 'c1', updatedAt: 1 } as never);
  await tx.objectStore('collaborations').put({ id: 'plan:1', creatorIds: ['c1'], planId: '1' } as never);
  await tx.objectStore('products').put({ id: 'p1', updatedAt: 1 } as never);
  await tx.objectStore('observations').put({ id: 'o', category: 'beauty' } as never);
  for (const s of settings) await tx.objectStore('settings').put(s as never);
  await tx.done;
  v2.close();
  return N;
}

describe('migrateTo3 (v2 -> v3)', () => {
  it('keeps every record of every store, builds timelines and adds the new stores', async () => {
    const factory = new IDBFactory();
    const N = await seedV2(factory, [{ key: 'lang', value: 'ja' }, { key: 'roiThreshold', value: 1 }]);
    const db = await openMitateDb(factory);
    expect(db.version).toBe(CURRENT_VERSION);
    for (const [store, count] of [['creators', N], ['notes', N], ['snapshots', N], ['costs', 1], ['orders', 1], ['collaborations', 1], ['products', 1], ['observations', 1]] as const) {
      expect(store === 'notes' ? await countNotes(db) : await db.count(store), store).toBe(count);
    }
    const c4 = await storedNote(db, 'c4'); // sample_sent
    expect(c4).toMatchObject({ text: 'メモ 4', status: 'sample_sent', revision: 3, sampleCostJpy: 1800, sampleTrackingNo: 'T4', updatedBy: 'tab-a' });
    expect(c4?.timeline.map((e) => [e.status, e.at, e.costJpy, e.trackingNo])).toEqual([['sample_sent', 1_004, 1800, 'T4']]);
    const c5 = await storedNote(db, 'c5'); // content_posted with a sample cost
    expect(c5?.timeline.map((e) => [e.status, e.costJpy])).toEqual([['sample_sent', 1800], ['content_posted', null]]);
    expect((await storedNote(db, 'c0'))?.timeline).toEqual([]);
    expect(await db.get('costs', 'k1')).toMatchObject({ amountJpy: 500 });
    expect(await db.count('productCosts')).toBe(0);
    expect(await db.count('samples')).toBe(0);
    expect(await db.count('performance')).toBe(0);
    await db.put('samples', { id: 's1', creatorId: 'c1' } as never);
    expect(await db.getAllKeysFromIndex('samples', 'creatorId', 'c1')).toEqual(['s1']);
    // the never-firing v2 default is dropped; the seller's language stays
    const settings = await getSettings(db);
    expect(settings.lang).toBe('ja');
    expect(settings.roiThreshold).toBe(DEFAULT_SETTINGS.roiThreshold);
    expect(settings.profitRoiThreshold).toBe(null);
    await closeMitateDb(factory);
  });

  it('keeps a ROI threshold the seller chose', async () => {
    const factory = new IDBFactory();
    await seedV2(factory, [{ key: 'roiThreshold', value: 6 }]);
    const db = await openMitateDb(factory);
    expect((await getSettings(db)).roiThreshold).toBe(6);
    await closeMitateDb(factory);
  });

  it('v1 -> v3 in one open keeps notes and dates their status', async () => {
    const factory = new IDBFactory();
    const v1 = await openMitateDb(factory, { version: 1 });
    const tx = oldDb(v1).transaction(['creators', 'notes'], 'readwrite');
    await tx.objectStore('creators').put({ ...makeCreator('a'), updatedAt: 10 } as never);
    await tx.objectStore('notes').put({ creatorId: 'a', text: '[sample_sent] 火曜日に発送', updatedAt: 20 } as never);
    await tx.done;
    v1.close();
    const db = await openMitateDb(factory);
    const note = await storedNote(db, 'a');
    expect(note).toMatchObject({ text: '火曜日に発送', status: 'sample_sent' });
    expect(note?.timeline.map((e) => [e.status, e.at])).toEqual([['sample_sent', 20]]);
    expect((await db.get('creators', 'a'))?.status).toBe('sample_sent');
    await closeMitateDb(factory);
  });
});

describe('migrateTo5 (v3 and v4 -> v5)', () => {
  for (const from of [3, 4]) {
    it(`from v${from}: keeps notes, samples and product costs; adds the performance store`, async () => {
      const factory = new IDBFactory();
      const old = await openMitateDb(factory, { version: from });
      const tx = oldDb(old).transaction(['notes', 'samples', 'productCosts'], 'readwrite');
      await tx.objectStore('notes').put({ ...v2Note({ creatorId: 'x', status: 'invited' }), timeline: timelineFromV2(v2Note({ creatorId: 'x', status: 'invited' })) } as never);
      await tx.objectStore('samples').put({ id: 's', creatorId: 'x' } as never);
      await tx.objectStore('productCosts').put({ productId: 'P', costOfGoodsJpy: 954, memo: '', updatedAt: 1 } as never);
      await tx.done;
      expect([...old.objectStoreNames]).not.toContain('performance');
      old.close();
      const db = await openMitateDb(factory);
      expect(db.version).toBe(CURRENT_VERSION);
      expect((await storedNote(db, 'x'))?.timeline.map((e) => e.status)).toEqual(['invited']);
      expect(await db.count('samples')).toBe(1);
      expect(await db.get('productCosts', 'P')).toMatchObject({ costOfGoodsJpy: 954 });
      expect(await db.count('performance')).toBe(0);
      await closeMitateDb(factory);
    });
  }
});
