/**
 * The search index (lib/store/search.ts) must give exactly what a scan gives: a creator matches when the NFKC +
 * lower-cased query is a substring of its id, handle, nickname, note text or a tag. Checked against a brute-force
 * filter on random data, with the index maintained by import, ingest and note saves.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyImport, deleteCreator, emptyNote, ingestPageData, queryCreators, saveNote, searchRowOf,
  type MitateDb, type Note, type StoredCreator,
} from '../../lib/store';
import { LONG_TEXT_TERM_V6, NOTE_TEXT_INDEXED_V6 } from '../../lib/store/frozen/v6';
import { freshDb, makeCreator, pageData, storedNote } from './helpers';

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** The rule, written out independently of lib/store/search.ts. */
function bruteForce(creators: StoredCreator[], notes: Map<string, Note>, query: string): string[] {
  const q = fold(query.trim());
  return creators
    .filter((c) => {
      const note = notes.get(c.id);
      const fields = [c.id, c.handle ?? '', c.nickname ?? '', note?.text ?? '', ...(note?.tags ?? [])];
      return fields.some((field) => fold(field).includes(q));
    })
    .map((c) => c.id)
    .sort();
}

// a small alphabet so random queries hit: case, full-width forms (folded by NFKC), kana, kanji, a surrogate pair
const unit = fc.constantFrom('a', 'b', 'A', 'B', 'ａ', 'Ｂ', '1', '_', ' ', 'ア', 'ｱ', '美', '容', '😀', '\u0000');
const text = (max: number) => fc.array(unit, { maxLength: max }).map((units) => units.join(''));
const creatorArb = fc.record({
  handle: fc.option(text(8), { nil: null }),
  nickname: fc.option(text(8), { nil: null }),
  note: fc.option(fc.record({ text: fc.oneof(text(12), text(12).map((t) => `${'x'.repeat(NOTE_TEXT_INDEXED_V6)}${t}`)), tags: fc.array(text(5).filter((t) => t.trim() !== ''), { maxLength: 2 }) }), { nil: null }),
});

function stored(id: string, handle: string | null, nickname: string | null, t: number): StoredCreator {
  return {
    ...makeCreator(id, { handle, nickname }), firstSeenAt: t, updatedAt: t, status: 'candidate', score: null,
    handleKey: (handle ?? '').toLowerCase(), scoreKey: -1,
  };
}

async function searchIds(db: MitateDb, query: string): Promise<string[]> {
  const result = await queryCreators(db, { search: query, limit: 500 });
  expect(result.total).toBe(result.rows.length);
  return result.rows.map((row) => row.creator.id).sort();
}

function queriesFor(creators: StoredCreator[], notes: Map<string, Note>) {
  const fields = creators.flatMap((c) => [c.id, c.handle ?? '', c.nickname ?? '', notes.get(c.id)?.text ?? '']).filter((f) => f !== '');
  const slice = fc.tuple(fc.constantFrom(...(fields.length > 0 ? fields : ['a'])), fc.nat(), fc.nat()).map(([f, start, length]) => {
    // queries are at most 200 characters; a slice near a long note's end crosses the indexed prefix's boundary
    const from = start % f.length;
    return f.slice(from, from + 1 + (length % 150));
  });
  return fc.array(fc.oneof(slice, text(3)), { minLength: 1, maxLength: 6 });
}

describe('search index', () => {
  it('equals a brute-force substring filter on random creators and notes (imported)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(creatorArb, { maxLength: 12 }), fc.array(text(3), { minLength: 1, maxLength: 6 }), async (drafts, randomQueries) => {
        const { db } = await freshDb();
        const creators = drafts.map((d, i) => stored(`c${i}Ａ`, d.handle, d.nickname, i));
        const notes = new Map<string, Note>();
        drafts.forEach((d, i) => {
          if (d.note) notes.set(`c${i}Ａ`, { ...emptyNote(`c${i}Ａ`, 1, 't'), revision: 1, text: d.note.text, tags: d.note.tags });
        });
        // a note whose creator is not saved never makes a hit
        notes.set('ghost', { ...emptyNote('ghost', 1, 't'), revision: 1, text: 'ab AB ア美' });
        await applyImport(db, { records: { creators, notes: [...notes.values()] } }, { dryRun: false, now: 5 });
        const sample = fc.sample(queriesFor(creators, notes), 1)[0]!;
        for (const query of [...sample, ...randomQueries]) {
          if (fold(query.trim()) === '') continue;
          expect(await searchIds(db, query), JSON.stringify(query)).toEqual(bruteForce(creators, notes, query));
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('follows ingest (new and renamed creators) and note saves', async () => {
    const { db } = await freshDb();
    await saveNote(db, { creatorId: 'early', baseRevision: 0, patch: { text: '先に書いたメモ' }, editor: 't' }, 1);
    expect(await searchIds(db, 'メモ')).toEqual([]);
    await ingestPageData(db, pageData({ creators: [makeCreator('early', { handle: 'first_handle' }), makeCreator('other', { nickname: 'Ｂｅａｕｔｙ' })] }), 2);
    // the note saved before its creator was seen is searchable once the creator is
    expect(await searchIds(db, 'メモ')).toEqual(['early']);
    expect(await searchIds(db, 'beauty')).toEqual(['other']);
    await ingestPageData(db, pageData({ creators: [makeCreator('early', { handle: 'renamed' })] }), 3);
    expect(await searchIds(db, 'first_')).toEqual([]);
    expect(await searchIds(db, 'RENAMED')).toEqual(['early']);
    await saveNote(db, { creatorId: 'other', baseRevision: 0, patch: { text: 'サンプル送付', tags: ['長期'] }, editor: 't' }, 4);
    expect(await searchIds(db, '送付')).toEqual(['other']);
    expect(await searchIds(db, '長')).toEqual(['other']);
    const note = await storedNote(db, 'other');
    await saveNote(db, { creatorId: 'other', baseRevision: note!.revision, patch: { text: '別の内容', tags: [] }, editor: 't' }, 5);
    expect(await searchIds(db, '送付')).toEqual([]);
    expect(await searchIds(db, '長')).toEqual([]);
    // deleting a creator (its note kept) takes its row out of the index
    await deleteCreator(db, 'early');
    expect(await searchIds(db, 'メモ')).toEqual([]);
    expect(await db.count('search')).toBe(1);
  });

  it('equals the brute-force filter when a query\'s bigrams are common (key lists past each read bound)', async () => {
    const { db } = await freshDb();
    // every creator shares "common_" and "group"; "group11x"'s rarest bigrams occur in 100-1,100 creators, so past
    // the first bounds (and "common_" past the last)
    const creators = Array.from({ length: 4_500 }, (_, i) => stored(`id${i}`, `common_${i}`, `group${i % 30}x`, i));
    await applyImport(db, { records: { creators } }, { dryRun: false, now: 5 });
    for (const query of ['common_2999', 'group11x', 'p1', 'common_', 'ON_1', 'group29x', 'zz']) {
      const expected = bruteForce(creators, new Map(), query);
      const result = await queryCreators(db, { search: query, limit: 500 });
      expect(result.total, query).toBe(expected.length);
      if (expected.length <= 500) expect(result.rows.map((row) => row.creator.id).sort(), query).toEqual(expected);
    }
  }, 120_000);

  it('keeps a row small: bigrams of the first NOTE_TEXT_INDEXED_V6 units, a marker for longer text', () => {
    const creator = stored('1', 'H', null, 0);
    const long = searchRowOf(creator, { text: 'ab'.repeat(5_000), tags: [] });
    expect(long.terms).toContain(LONG_TEXT_TERM_V6);
    expect(long.terms.length).toBeLessThan(10);
    expect(long.fields).toContain('ab'.repeat(5_000));
    expect(searchRowOf(creator, { text: 'ＡＢ', tags: [] }).terms).toContain('ab');
  });
});
