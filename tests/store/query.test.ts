import { describe, expect, it } from 'vitest';
import { applyImport, CURSOR_SKIP_LIMIT, getCreators, ingestPageData, queryCreators, rescoreCreators, saveNote, setCreatorScore, type MitateDb } from '../../lib/store';
import { freshDb, makeCreator, pageData } from './helpers';

async function seed(): Promise<MitateDb> {
  const { db } = await freshDb();
  const creators = [
    makeCreator('a', { handle: 'Alice', nickname: '爱丽丝', followers: 300 }),
    makeCreator('b', { handle: 'bob', nickname: 'ボブ', followers: null }),
    makeCreator('c', { handle: 'Carol', nickname: 'キャロル', followers: 100 }),
    makeCreator('d', { handle: null, nickname: 'Dan', followers: 200 }),
  ];
  for (const [i, c] of creators.entries()) await ingestPageData(db, pageData({ creators: [c] }), 1000 + i);
  await setCreatorScore(db, 'a', 80);
  await setCreatorScore(db, 'c', 55);
  await saveNote(db, { creatorId: 'a', baseRevision: 0, patch: { status: 'invited', tags: ['美妆'], nextActionAt: 50 }, editor: 't' }, 1);
  await saveNote(db, { creatorId: 'b', baseRevision: 0, patch: { status: 'invited', tags: ['美妆', 'VIP'], text: '送样品 sample', nextActionAt: 10 }, editor: 't' }, 1);
  await saveNote(db, { creatorId: 'c', baseRevision: 0, patch: { status: 'declined', tags: ['VIP'] }, editor: 't' }, 1);
  await saveNote(db, { creatorId: 'ghost', baseRevision: 0, patch: { text: 'sample of no creator' }, editor: 't' }, 1);
  return db;
}
const ids = (r: { rows: Array<{ creator: { id: string } }> }) => r.rows.map((row) => row.creator.id);

describe('queryCreators', () => {
  it('pages by an indexed field without filters', async () => {
    const db = await seed();
    const r1 = await queryCreators(db, { sortBy: 'updatedAt', sortDir: 'desc', offset: 0, limit: 3 });
    expect(r1.total).toBe(4);
    expect(ids(r1)).toEqual(['d', 'c', 'b']);
    expect(ids(await queryCreators(db, { sortBy: 'updatedAt', sortDir: 'desc', offset: 3, limit: 3 }))).toEqual(['a']);
    expect(ids(await queryCreators(db, { sortBy: 'handle', sortDir: 'asc' }))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(await queryCreators(db, { sortBy: 'score', sortDir: 'desc' }))).toEqual(['a', 'c', 'd', 'b']);
  });

  it('sorts by status in pipeline order, by followers with unknown lowest, by next action', async () => {
    const db = await seed();
    expect(ids(await queryCreators(db, { sortBy: 'status', sortDir: 'asc' }))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(await queryCreators(db, { sortBy: 'followers', sortDir: 'desc' }))).toEqual(['a', 'd', 'c', 'b']);
    expect(ids(await queryCreators(db, { sortBy: 'nextActionAt', sortDir: 'asc' }))).toEqual(['b', 'a', 'c', 'd']);
  });

  it('filters by status, tag and search (handle, nickname, note text) and joins notes', async () => {
    const db = await seed();
    const invited = await queryCreators(db, { status: 'invited', sortBy: 'handle', sortDir: 'asc' });
    expect(invited.total).toBe(2);
    expect(ids(invited)).toEqual(['a', 'b']);
    expect(invited.rows[1]!.note?.text).toBe('送样品 sample');
    const vip = await queryCreators(db, { tag: 'VIP', sortBy: 'updatedAt', sortDir: 'asc' });
    expect(ids(vip)).toEqual(['b', 'c']);
    expect(ids(await queryCreators(db, { tag: 'VIP', status: 'declined' }))).toEqual(['c']);
    expect(ids(await queryCreators(db, { search: 'ALI' }))).toEqual(['a']);
    expect(ids(await queryCreators(db, { search: 'キャロ' }))).toEqual(['c']);
    const sample = await queryCreators(db, { search: 'sample' }); // ghost has no creator row
    expect(sample.total).toBe(1);
    expect(ids(sample)).toEqual(['b']);
    const paged = await queryCreators(db, { search: 'a', sortBy: 'handle', sortDir: 'asc', offset: 1, limit: 1 });
    // 'a': a by id, b by its note text 'sample', c by handle carol, d by nickname Dan
    expect(paged.total).toBe(4);
    expect(ids(paged)).toEqual(['a']);
  });

  it('deep pages (past CURSOR_SKIP_LIMIT) match the cursor order', async () => {
    const { db } = await freshDb();
    const n = CURSOR_SKIP_LIMIT + 60;
    const creators = Array.from({ length: n }, (_, i) => {
      const id = `c${String(i).padStart(5, '0')}`;
      return { ...makeCreator(id), firstSeenAt: 0, updatedAt: i, status: 'candidate' as const, score: null, handleKey: id, scoreKey: -1 };
    });
    await applyImport(db, { records: { creators } }, { dryRun: false, now: 1 });
    const asc = await queryCreators(db, { sortBy: 'updatedAt', sortDir: 'asc', offset: CURSOR_SKIP_LIMIT + 10, limit: 5 });
    expect(ids(asc)).toEqual([1010, 1011, 1012, 1013, 1014].map((i) => `c0${i}`));
    const desc = await queryCreators(db, { sortBy: 'updatedAt', sortDir: 'desc', offset: CURSOR_SKIP_LIMIT + 10, limit: 5 });
    // desc index n-1 .. ; position 1010 from the top is updatedAt n-1-1010 = 49
    expect(ids(desc)).toEqual([49, 48, 47, 46, 45].map((i) => `c000${i}`));
    expect(desc.total).toBe(n);
  });

  it('filters by verdict; "flagged" lists every suspicious or likely-fake creator, combined with other filters', async () => {
    const db = await seed();
    await setCreatorScore(db, 'a', 30, 'likely_fake');
    await setCreatorScore(db, 'b', 58, 'suspicious');
    await setCreatorScore(db, 'c', 90, 'healthy');
    const flagged = await queryCreators(db, { verdict: 'flagged', sortBy: 'score', sortDir: 'asc' });
    expect(ids(flagged)).toEqual(['a', 'b']);
    expect(flagged.total).toBe(2);
    expect(ids(await queryCreators(db, { verdict: 'healthy' }))).toEqual(['c']);
    expect(ids(await queryCreators(db, { verdict: 'flagged', search: 'bob' }))).toEqual(['b']);
    expect(ids(await queryCreators(db, { verdict: 'flagged', status: 'declined' }))).toEqual([]);
    // d was never scored with a verdict: it matches no verdict filter
    expect(ids(await queryCreators(db, { verdict: 'insufficient_data' }))).toEqual([]);
    await expect(queryCreators(db, { verdict: 'great' as never })).rejects.toThrow();
  });

  it('rescoreCreators stores score and verdict together; a new page ingest keeps them', async () => {
    const db = await seed();
    const changed = await rescoreCreators(db, ['a', 'b'], (c) => (c.id === 'a' ? { score: 25, verdict: 'likely_fake' } : 71));
    expect(changed).toBe(2);
    let [a, b] = await getCreators(db, ['a', 'b']);
    expect([a!.score, a!.verdict, b!.score, b!.verdict]).toEqual([25, 'likely_fake', 71, undefined]);
    // same score, new verdict: still written
    expect(await rescoreCreators(db, ['a'], () => ({ score: 25, verdict: 'suspicious' }))).toBe(1);
    expect(await rescoreCreators(db, ['a'], () => ({ score: 25, verdict: 'suspicious' }))).toBe(0);
    await ingestPageData(db, pageData({ creators: [makeCreator('a', { handle: 'Alice', followers: 310 })] }), 5000);
    [a] = await getCreators(db, ['a']);
    expect([a!.followers, a!.score, a!.verdict]).toEqual([310, 25, 'suspicious']);
  });

  it('rejects nonsense parameters', async () => {
    const db = await seed();
    await expect(queryCreators(db, { limit: 100_000 })).rejects.toBeTruthy();
    await expect(queryCreators(db, { sortBy: 'password' as never })).rejects.toBeTruthy();
  });
});
