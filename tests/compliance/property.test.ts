import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, checkCopy, normalise } from '../../lib/compliance';

/** Pieces that exercise the tricky paths: claims, separators, zero-width, half-width, surrogates, combining marks. */
const PIECES = [
  'シミが消える', 'ｼﾐ', '最安', '最・安', ' ', '・', '\u200b', '\ufe0f', '\u00ad', 'ﾞ', '\u3099', '゛', 'No.1', '№1', '㍍',
  '😀', '👩‍👩‍👧', '\n', '#PR', '広告じゃない', 'cures', 'ＮＯ．１', '治る', '完全ワイヤレス', '※個人の感想です', 'a', '。',
];

const mixed = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 30 }).map((a) => a.join(''));
const category = fc.constantFrom(...CATEGORY_IDS);
const kind = fc.constantFrom('listing' as const, 'creator_script' as const);

describe('property: the checker never throws and offsets stay inside the text', () => {
  it('random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), mixed), category, kind, (text, cat, k) => {
        const { findings, counts } = checkCopy(text, { category: cat, kind: k });
        let total = 0;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.matched);
          total++;
        }
        expect(counts.high + counts.medium + counts.low + counts.info).toBe(total);
      }),
      { numRuns: 400 },
    );
  });

  it('the offset map is monotonic and inside the original', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 100 }), mixed), (text) => {
        const n = normalise(text);
        expect(n.starts.length).toBe(n.text.length);
        for (let i = 0; i < n.starts.length; i++) {
          expect(n.starts[i]!).toBeLessThan(n.ends[i]!);
          expect(n.ends[i]!).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(n.starts[i]!).toBeGreaterThanOrEqual(n.starts[i - 1]!);
        }
      }),
      { numRuns: 300 },
    );
  });
});
