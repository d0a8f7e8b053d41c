import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rebaseText } from '../../lib/store';

/** `text` with [from, to) replaced by `by`. */
const replace = (text: string, from: number, to: number, by: string) => text.slice(0, from) + by + text.slice(to);

describe('rebaseText', () => {
  it('applies both windows\' changes when they touch different parts of the note', () => {
    // added at the end, at the start, in the middle
    expect(rebaseText('ab+', 'ab', 'abc')).toBe('abc+');
    expect(rebaseText('+ab', 'ab', 'abc')).toBe('+abc');
    expect(rebaseText('価格 交渉中 / サンプル発送', '価格 / サンプル発送', '価格 / サンプル発送済み')).toBe('価格 交渉中 / サンプル発送済み');
    // a deletion here, an addition there
    expect(rebaseText('one three', 'one two three', 'one two three four')).toBe('one three four');
    // both added at the same place: theirs first
    expect(rebaseText('ab+', 'ab', 'ab*')).toBe('ab*+');
  });

  it('gives up when both changed the same words, or the note was empty (the store then keeps both texts)', () => {
    expect(rebaseText('one 2', 'one two', 'one TWO')).toBeNull();
    expect(rebaseText('mine', '', 'theirs')).toBeNull();
  });

  // Distinct letters in the note and digits in the edits: where each edit happened is unambiguous.
  const note = fc.uniqueArray(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), { minLength: 2, maxLength: 26 }).map((cs) => cs.join(''));
  const inserted = fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 4 });

  it('equals applying both edits, for any two edits at least one character apart', () => {
    fc.assert(fc.property(note, fc.nat(), fc.nat(), fc.nat(), fc.nat(), inserted, inserted, fc.boolean(), (before, a, b, c, d, first, second, mineFirst) => {
      // four cut points a ≤ b < c ≤ d: the first edit replaces [a, b), the second [c, d), with a kept letter between
      const cuts = [a, b, c, d].map((n) => n % (before.length + 1)).sort((x, y) => x - y) as [number, number, number, number];
      const [from1, to1, from2, to2] = cuts;
      fc.pre(to1 < from2);
      fc.pre(first !== before.slice(from1, to1) && second !== before.slice(from2, to2));
      const edit1 = replace(before, from1, to1, first);
      const edit2 = replace(before, from2, to2, second);
      const both = replace(edit1, from2 + first.length - (to1 - from1), to2 + first.length - (to1 - from1), second);
      const [typed, after] = mineFirst ? [edit1, edit2] : [edit2, edit1];
      expect(rebaseText(typed, before, after)).toBe(both);
    }), { numRuns: 2_000 });
  });

  it('a side that changed nothing gives the other side', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (before, typed, after) => {
      fc.pre(before !== '');
      expect(rebaseText(before, before, after)).toBe(after);
      expect(rebaseText(typed, before, before)).toBe(typed);
    }), { numRuns: 2_000 });
  });
});
