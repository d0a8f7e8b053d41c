/**
 * The stored creator count (lib/store/counts.ts) must equal count() after every kind of write that adds or deletes
 * creators, including an import that fails half-way (the count rolls back with the records).
 */
import { describe, expect, it } from 'vitest';
import {
  applyImport, deleteCreator, emptyNote, ingestPageData, queryCreators, saveNote, type MitateDb, type StoredCreator,
} from '../../lib/store';
import { failingAtPut, freshDb, makeCreator, pageData } from './helpers';

const stored = (id: string): StoredCreator => ({
  ...makeCreator(id), firstSeenAt: 1, updatedAt: 1, status: 'candidate', score: null, handleKey: `h_${id}`, scoreKey: -1,
});

async function expectCountInStep(db: MitateDb) {
  const actual = await db.count('creators');
  expect((await db.get('counts', 'creators'))?.count).toBe(actual);
  expect((await queryCreators(db, { limit: 5 })).total).toBe(actual);
  expect((await queryCreators(db, { limit: 5, offset: 1_500 })).total).toBe(actual);
}

describe('creator count', () => {
  it('follows ingest, import (new, repeated, existing and CSV-created creators), note saves and deletions', async () => {
    const { db } = await freshDb();
    await expectCountInStep(db);
    // a batch naming one creator twice adds it once
    await ingestPageData(db, pageData({ creators: [makeCreator('a'), makeCreator('b'), makeCreator('a')] }), 1);
    await expectCountInStep(db);
    await ingestPageData(db, pageData({ creators: [makeCreator('b'), makeCreator('c')] }), 2);
    await expectCountInStep(db);
    // preview writes nothing
    await applyImport(db, { records: { creators: [stored('x'), stored('y')] } }, { dryRun: true, now: 3 });
    await expectCountInStep(db);
    await applyImport(db, { records: { creators: [stored('a'), stored('x'), stored('x'), stored('y')], notes: [{ ...emptyNote('x', 1, 't'), revision: 1, text: 'n' }] } }, { dryRun: false, now: 3 });
    await expectCountInStep(db);
    expect(await db.count('creators')).toBe(5);
    // a CSV row for a creator Mitate has not seen creates it
    await applyImport(db, { noteEdits: [{ creatorId: 'csv1', patch: { text: 'from csv' }, creator: { handle: 'csv_one', nickname: null, followers: null } }] }, { dryRun: false, now: 4 });
    await expectCountInStep(db);
    expect(await db.count('creators')).toBe(6);
    await saveNote(db, { creatorId: 'nobody', baseRevision: 0, patch: { text: 'a note alone' }, editor: 't' }, 5);
    await expectCountInStep(db);
    await deleteCreator(db, 'a');
    await deleteCreator(db, 'a');
    await deleteCreator(db, 'never-seen');
    await expectCountInStep(db);
    expect(await db.count('creators')).toBe(5);
  });

  it('rolls back with an import that fails part-way (a put refused as if the disk were full)', async () => {
    const { db } = await freshDb();
    await ingestPageData(db, pageData({ creators: [makeCreator('a')] }), 1);
    const creators = Array.from({ length: 50 }, (_, i) => stored(`n${i}`));
    const flaky = failingAtPut(db, 60);
    await expect(applyImport(flaky.db, { records: { creators } }, { dryRun: false, now: 2 })).rejects.toMatchObject({ code: 'quota' });
    await expectCountInStep(db);
    expect(await db.count('creators')).toBe(1);
  });
});
