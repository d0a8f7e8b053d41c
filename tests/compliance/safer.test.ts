import { describe, expect, it } from 'vitest';
import { applySaferVersion, checkCopy, type Finding } from '../../lib/compliance';

describe('applySaferVersion', () => {
  it('replaces each flagged span with its first alternative, right to left', () => {
    const text = '業界最安！シミが消える美容液';
    const { findings } = checkCopy(text, { category: 'cosmetic', kind: 'listing' });
    expect(applySaferVersion(text, findings)).toBe('業界お求めやすい価格！日やけによるシミ・そばかすを防ぐ美容液');
  });

  it('the safer version has no high-severity findings left for these claims', () => {
    const text = 'このクリームでシミが消える、即効でアンチエイジング';
    const before = checkCopy(text, { category: 'cosmetic', kind: 'listing' });
    expect(before.counts.high).toBe(3);
    const after = checkCopy(applySaferVersion(text, before.findings), { category: 'cosmetic', kind: 'listing' });
    expect(after.counts.high).toBe(0);
  });

  it('inserts a disclosure at 0–0 for creator scripts without one', () => {
    const text = 'この化粧水、しっとりして好き';
    const { findings } = checkCopy(text, { category: 'cosmetic', kind: 'creator_script' });
    const safer = applySaferVersion(text, findings);
    expect(safer).toBe('【PR】この化粧水、しっとりして好き');
    expect(checkCopy(safer, { category: 'cosmetic', kind: 'creator_script' }).findings).toEqual([]);
  });

  it('leaves findings without alternatives (disclaimers, buried tags) and skips overlapping spans', () => {
    const base: Omit<Finding, 'start' | 'end' | 'matched' | 'alternatives'> = {
      ruleId: 'X', group: 'X', severity: 'low', lawKey: 'keihyo', law: { zh_CN: '', ja: '', en: '' },
      explanation: { zh_CN: '', ja: '', en: '' }, sources: [], evasion: false,
    };
    const text = 'abcdefghij';
    const findings: Finding[] = [
      { ...base, start: 2, end: 6, matched: 'cdef', alternatives: ['X'] },
      { ...base, start: 4, end: 8, matched: 'efgh', alternatives: ['Y'] },
      { ...base, start: 0, end: 1, matched: 'a', alternatives: [] },
    ];
    // Right to left: efgh → Y first; cdef overlaps it and is skipped.
    expect(applySaferVersion(text, findings)).toBe('abcdYij');
  });

  it('returns the text unchanged when there is nothing to fix', () => {
    expect(applySaferVersion('普通の文章', [])).toBe('普通の文章');
  });
});
