import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../lib/compliance';
import { MUST_FLAG, MUST_NOT_FLAG } from './cases';

describe('labelled sentences: must flag', () => {
  it.each(MUST_FLAG)('%s (%s) → %s', (text, category, group) => {
    const { findings } = checkCopy(text, { category, kind: 'listing' });
    const groups = findings.map((f) => f.group);
    expect(groups).toContain(group);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.matched);
      expect(f.matched.length).toBeGreaterThan(0);
    }
  });
});

describe('labelled sentences: must not flag (false-positive traps)', () => {
  it.each(MUST_NOT_FLAG)('%s (%s)', (text, category) => {
    const { findings } = checkCopy(text, { category, kind: 'listing' });
    expect(findings.map((f) => `${f.ruleId}:${f.matched}`)).toEqual([]);
  });
});

describe('spans and alternatives', () => {
  it('reports the whole inflected verb and the exact original offsets', () => {
    const text = 'このクリームでシミが消える！';
    const [f] = checkCopy(text, { category: 'cosmetic', kind: 'listing' }).findings;
    expect(f!.ruleId).toBe('B01-ja');
    expect(f!.start).toBe(7);
    expect(f!.end).toBe(13);
    expect(f!.matched).toBe('シミが消える');
    expect(f!.severity).toBe('high');
    expect(f!.alternatives[0]).toBe('日やけによるシミ・そばかすを防ぐ');
    expect(f!.law.ja).toContain('薬機法');
  });

  it('finds several claims in one text, ordered by position, with counts by severity', () => {
    const text = '業界最安！シミが消える美容液。満足度98%';
    const { findings, counts } = checkCopy(text, { category: 'cosmetic', kind: 'listing' });
    expect(findings.map((f) => f.group)).toEqual(['E06', 'B01', 'D09']);
    expect(counts).toEqual({ high: 1, medium: 2, low: 0, info: 0 });
  });

  it('keeps only the longest of nested hits (飲むだけで痩せる is one finding, not two)', () => {
    const { findings } = checkCopy('飲むだけで痩せる', { category: 'health_food', kind: 'listing' });
    expect(findings.map((f) => [f.group, f.matched])).toEqual([['C02', '飲むだけで痩せる']]);
  });

  it('reads Chinese and English input and maps them to the Japanese rules', () => {
    const zh = checkCopy('最便宜! 100%有效 根治 美白祛斑', { category: 'cosmetic', kind: 'listing' }).findings;
    expect(zh.map((f) => f.group)).toEqual(['E06', 'A10', 'A01', 'B03', 'B01']);
    const en = checkCopy('The cheapest cream, guaranteed to cure and removes dark spots', { category: 'cosmetic', kind: 'listing' }).findings;
    expect(en.map((f) => f.matched)).toEqual(['cheapest', 'guaranteed', 'cure', 'removes dark spots']);
  });

  it('does not flag a term that is quoted as an example of what not to write', () => {
    expect(checkCopy('「治る」という表現は使えません', { category: 'cosmetic', kind: 'listing' }).findings).toEqual([]);
    expect(checkCopy('「シミが消える」はNGです', { category: 'cosmetic', kind: 'listing' }).findings).toEqual([]);
    expect(checkCopy('シミが消える美容液', { category: 'cosmetic', kind: 'listing' }).findings).toHaveLength(1);
  });

  it('treats an unknown category as general instead of switching all rules off', () => {
    const bad = checkCopy('最安', { category: 'nonsense' as never, kind: 'listing' });
    expect(bad.findings.map((f) => f.group)).toEqual(['E06']);
  });

  it('returns no findings for empty or whitespace text', () => {
    expect(checkCopy('', { category: 'general', kind: 'listing' }).findings).toEqual([]);
    expect(checkCopy('   \n ', { category: 'general', kind: 'creator_script' }).findings).toEqual([]);
  });
});
