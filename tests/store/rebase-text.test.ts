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
    // both added at the same place: theirs first; the very same addition once
    expect(rebaseText('ab+', 'ab', 'ab*')).toBe('ab*+');
    expect(rebaseText('ab\n电话已联系', 'ab', 'ab\n电话已联系')).toBe('ab\n电话已联系');
    expect(rebaseText('同じ', '', '同じ')).toBe('同じ');
  });

  it('never splits an emoji: two that share the first half of their UTF-16 pair are different characters', () => {
    // 😂 and 😃 share their first half; so do 🈀 and 😀 their second
    expect(rebaseText('😃', '😂', '🈂')).toBeNull();
    expect(rebaseText('🈀', '😀', '🐀😀')).toBe('🐀🈀');
    expect(rebaseText('メモ😃', 'メモ😂', '追記 メモ😂')).toBe('追記 メモ😃');
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

  // Distinct emoji as letters (many share half of their UTF-16 pair) and other emoji as edits: the same property.
  const emojiNote = fc.uniqueArray(fc.constantFrom(...'😀😁😂😃🈀🈁🈂🐀🐁🐂'), { minLength: 2, maxLength: 10 }).map((cs) => cs.join(''));
  const emojiInserted = fc.array(fc.constantFrom('😄', '🈃', '🐃', 'x'), { maxLength: 3 }).map((cs) => cs.join(''));

  it('equals applying both edits for emoji too, and never returns a broken character', () => {
    fc.assert(fc.property(emojiNote, fc.nat(), fc.nat(), fc.nat(), fc.nat(), emojiInserted, emojiInserted, fc.boolean(), (before, a, b, c, d, first, second, mineFirst) => {
      const chars = [...before];
      const cuts = [a, b, c, d].map((n) => n % (chars.length + 1)).sort((x, y) => x - y) as [number, number, number, number];
      const [from1, to1, from2, to2] = cuts;
      fc.pre(to1 < from2);
      const edit = (from: number, to: number, by: string) => [...chars.slice(0, from), by, ...chars.slice(to)].join('');
      fc.pre(first !== chars.slice(from1, to1).join('') && second !== chars.slice(from2, to2).join(''));
      const both = [...chars.slice(0, from1), first, ...chars.slice(to1, from2), second, ...chars.slice(to2)].join('');
      const [typed, after] = mineFirst ? [edit(from1, to1, first), edit(from2, to2, second)] : [edit(from2, to2, second), edit(from1, to1, first)];
      expect(rebaseText(typed, before, after)).toBe(both);
    }), { numRuns: 2_000 });
    fc.assert(fc.property(emojiNote, emojiNote, emojiNote, (before, typed, after) => {
      const merged = rebaseText(typed, before, after);
      expect(merged === null || merged.isWellFormed()).toBe(true);
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
