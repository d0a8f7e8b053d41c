import { describe, expect, it } from 'vitest';
import { checkCopy, normalise } from '../../lib/compliance';

function only(text: string, category: Parameters<typeof checkCopy>[1]['category'] = 'cosmetic') {
  const { findings } = checkCopy(text, { category, kind: 'listing' });
  expect(findings).toHaveLength(1);
  const f = findings[0]!;
  expect(text.slice(f.start, f.end)).toBe(f.matched);
  return f;
}

describe('normalise', () => {
  it('folds half-width kana (with voiced marks), full-width ASCII and case, and maps offsets back', () => {
    const n = normalise('ｱﾝﾁｴｲｼﾞﾝｸﾞ');
    expect(n.text).toBe('あんちえいじんぐ');
    // ｼﾞ (indices 5–6) becomes one unit じ at normalised index 5 spanning original 5..7.
    expect(n.starts[5]).toBe(5);
    expect(n.ends[5]).toBe(7);
    expect(normalise('ＮＯ．１').text).toBe('no.1');
  });

  it('drops zero-width, soft hyphen, bidi and variation selectors', () => {
    expect(normalise('シ\u200bミ\u00ad\u202e\ufe0fが').text).toBe('しみが');
  });

  it('collapses separators only between CJK characters, never newlines or Latin spaces', () => {
    expect(normalise('最・安').text).toBe('最安');
    expect(normalise('シ ミ').text).toBe('しみ');
    expect(normalise('no side effects').text).toBe('no side effects');
    expect(normalise('シミ\nが').text).toBe('しみ\nが');
  });

  it('composes a base kana with a separate combining or spacing voiced mark', () => {
    expect(normalise('か\u3099').text).toBe('が');
    expect(normalise('か\u309b').text).toBe('が');
  });
});

describe('evasion is caught and the span covers the dodged text', () => {
  it('spaced-out characters: シ ミ が 消 え る', () => {
    const text = '今話題！シ ミ が 消 え る クリーム';
    const f = only(text);
    expect(f.matched).toBe('シ ミ が 消 え る');
    expect(f.start).toBe(4);
    expect(f.end).toBe(15);
    expect(f.evasion).toBe(true);
  });

  it('middle dot inside a word: 最・安', () => {
    const f = only('最・安値です', 'general');
    expect(f.group).toBe('E06');
    expect([f.start, f.end]).toEqual([0, 3]);
    expect(f.evasion).toBe(true);
  });

  it('half-width kana: ｼﾐが消える', () => {
    const f = only('ｼﾐが消える');
    expect(f.ruleId).toBe('B01-ja');
    expect([f.start, f.end]).toEqual([0, 6]);
    expect(f.evasion).toBe(true);
  });

  it('half-width kana with dakuten: ｱﾝﾁｴｲｼﾞﾝｸﾞ', () => {
    const f = only('ｱﾝﾁｴｲｼﾞﾝｸﾞ美容液');
    expect(f.group).toBe('A19');
    expect([f.start, f.end]).toEqual([0, 10]);
  });

  it('zero-width characters inside a word', () => {
    const text = 'シ\u200bミが\u200d消える';
    const f = only(text);
    expect([f.start, f.end]).toEqual([0, 8]);
    expect(f.matched).toContain('\u200b');
    expect(f.evasion).toBe(true);
  });

  it('full-width Latin letters: ＮＯ．１ and ＣＵＲＥＳ', () => {
    const no1 = only('ＮＯ．１の人気', 'general');
    expect(no1.group).toBe('D01');
    expect(no1.matched).toBe('ＮＯ．１');
    const cures = only('ＴＨＩＳ ＣＵＲＥＳ', 'cosmetic');
    expect(cures.group).toBe('A01');
    expect(cures.matched).toBe('ＣＵＲＥＳ');
  });

  it('katakana/hiragana and Chinese glyph variants: ヤセる, 瘦身', () => {
    expect(only('ヤセる', 'health_food').group).toBe('C01');
    expect(only('瘦身茶', 'health_food').group).toBe('C01');
  });

  it('plain text is not marked as evasion', () => {
    expect(only('シミが消える').evasion).toBe(false);
  });
});
