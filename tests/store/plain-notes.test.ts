/**
 * The import's quick note check (lib/store/plain-notes.ts) against zod's noteSchema: it may accept a note only when
 * the schema accepts it and gives back an equal note. Generated notes mix valid values with the edges of every check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainNote, PLAIN_EVENT_KEYS, PLAIN_NOTE_KEYS } from '../../lib/store/plain-notes';
import { NOTE_STATUSES, noteSchema, parseStoreData, StoreError, timelineEventSchema } from '../../lib/store';

/** values at and around every bound the schemas check, of every kind */
const edges: unknown[] = [
  null, 0, -0, 1, 5, 6, -1, 1.5, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 1_790_000_000_000, '', ' ', 'x',
  ' tag', 'tag ', '\u3000tag', 'x'.repeat(40), 'x'.repeat(41), 'x'.repeat(100), 'x'.repeat(101), 'x'.repeat(200),
  'x'.repeat(201), 'x'.repeat(2000), 'x'.repeat(2001), 'Invited', 'invited', [], [' a'], ['a'], Array(51).fill('t'),
  {}, { text: 1 }, { text: -1 }, { text: 1.5 }, JSON.parse('{"__proto__":1}'), JSON.parse('{"text":1,"__proto__":2}'), true,
];
const edge = fc.constantFrom(...edges);
const safeInt = fc.integer({ min: -5, max: 2_000_000_000_000 });
const tag = fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() === t && t.length > 0);
const validEvent = fc.record({
  id: fc.string({ minLength: 1, maxLength: 100 }), status: fc.constantFrom(...NOTE_STATUSES), at: safeInt, recordedAt: safeInt,
  costJpy: fc.option(fc.nat(), { nil: null }), shippingJpy: fc.option(fc.nat(), { nil: null }),
  trackingNo: fc.option(fc.string({ maxLength: 200 }), { nil: null }), dueAt: fc.option(safeInt, { nil: null }), memo: fc.string({ maxLength: 30 }),
});
/** an event with one of its fields, maybe, at an edge */
const event = fc.tuple(validEvent, fc.constantFrom(...PLAIN_EVENT_KEYS), edge, fc.boolean()).map(([e, key, value, spoil]) => (spoil ? { ...e, [key]: value } : e));
const validNote = fc.record({
  creatorId: fc.string({ minLength: 1, maxLength: 20 }), text: fc.string({ maxLength: 40 }), status: fc.constantFrom(...NOTE_STATUSES),
  tags: fc.array(tag, { maxLength: 4 }), rating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  nextActionAt: fc.option(safeInt, { nil: null }), sampleCostJpy: fc.option(safeInt, { nil: null }),
  sampleTrackingNo: fc.option(fc.string({ maxLength: 200 }), { nil: null }), revision: fc.integer({ min: 1, max: 50 }),
  fieldRevisions: fc.dictionary(fc.constantFrom('text', 'status', 'tags', 'constructor', 'toString'), fc.nat({ max: 50 }), { maxKeys: 3 }),
  updatedAt: safeInt, updatedBy: fc.string({ maxLength: 10 }), timeline: fc.array(event, { maxLength: 3 }),
});
/** a valid note with up to two fields at an edge, sometimes a key missing or one too many */
const shaped = fc.tuple(validNote, fc.array(fc.tuple(fc.constantFrom(...PLAIN_NOTE_KEYS), edge), { maxLength: 2 }), fc.nat({ max: 9 }), fc.constantFrom(...PLAIN_NOTE_KEYS))
  .map(([n, spoils, roll, key]) => {
    const copy: Record<string, unknown> = { ...n };
    for (const [k, value] of spoils) copy[k] = value;
    if (roll === 0) delete copy[key];
    if (roll === 1) copy.extra = 'x';
    // as a file read with JSON.parse holds it (no undefined, -0 as 0, "__proto__" as an own key)
    return JSON.parse(JSON.stringify(copy)) as unknown;
  });

describe('the import\'s quick note check', () => {
  it('knows every field of the note and event schemas (a new field must be taught to it)', () => {
    expect(Object.keys(noteSchema.shape)).toEqual([...PLAIN_NOTE_KEYS]);
    expect(Object.keys(timelineEventSchema.shape)).toEqual([...PLAIN_EVENT_KEYS]);
  });

  it('accepts a note only when zod accepts it and gives back an equal note', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(fc.property(shaped, (candidate) => {
      runs += 1;
      if (!isPlainNote(candidate)) return;
      accepted += 1;
      const parsed = noteSchema.safeParse(candidate);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(candidate);
    }), { numRuns: 4_000, seed: 20261130 });
    // the generator must reach the accepting side often enough for this to mean anything
    expect(accepted / runs).toBeGreaterThan(0.1);
    expect(accepted).toBeLessThan(runs);
  });

  it('lets zod read a file with any note it does not accept, so the error still names it', () => {
    const good = { creatorId: '1', text: 'a', status: 'invited', tags: ['vip'], rating: 4, nextActionAt: null, sampleCostJpy: null, sampleTrackingNo: null, revision: 2, fieldRevisions: { text: 1 }, updatedAt: 1_790_000_000_000, updatedBy: 'tab', timeline: [] };
    expect(isPlainNote(good)).toBe(true);
    const plain = parseStoreData({ notes: [good] });
    expect(plain.notes).toEqual([good]);
    // a tag with space around it is trimmed by zod, as before
    expect(parseStoreData({ notes: [good, { ...good, creatorId: '2', tags: [' vip '] }] }).notes[1]!.tags).toEqual(['vip']);
    expect(() => parseStoreData({ notes: [good, { ...good, creatorId: '3', rating: 9 }] })).toThrow(StoreError);
    expect(() => parseStoreData({ notes: [good, { ...good, creatorId: '3', rating: 9 }] })).toThrow(/notes\[1\]\.rating/);
  });
});
