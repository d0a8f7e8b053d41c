import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise } from '../../lib/compliance';
import { compiledRulesForTest } from '../../lib/compliance/engine';
import { requiredLiterals, TextIndex } from '../../lib/compliance/prefilter';
import { MUST_FLAG, MUST_NOT_FLAG } from './cases';
import { PERMITTED_CASES, PUBLISHED_CASES } from './published-cases';

describe('literal prefilter', () => {
  it('extracts the literals every match must contain', () => {
    expect(requiredLiterals('治(?:[らりるれろ]|っ[たて])|完治|根治')).toEqual(['治', '完治', '根治']);
    expect(requiredLiterals('(?:病気|風邪)(?:の|を)?(?:予防|防止)')).toEqual(['病気', '風邪']);
    expect(requiredLiterals('\\bcure[sd]?\\b')).toEqual(['cure']);
    expect(requiredLiterals('(?:a|\\d+)b?')).toBeNull();
  });

  it('never skips a rule that matches (every labelled, published and permitted text, and random text)', () => {
    const rules = compiledRulesForTest();
    const texts = [...MUST_FLAG.map((c) => c[0]), ...MUST_NOT_FLAG.map((c) => c[0]), ...PUBLISHED_CASES.map((c) => c.copy), ...PERMITTED_CASES.map((c) => c.copy)];
    const check = (raw: string) => {
      const text = normalise(raw).text;
      const index = new TextIndex(text);
      for (const r of rules) if (r.re.test(text)) expect(index.mayMatch(r.literals), `${r.id} on ${raw}`).toBe(true);
    };
    for (const t of texts) check(t);
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'治るシミが消えるの最安値今だけ効く痩せ No.1 cure 100%'.split('')), maxLength: 24 }), (s) => check(s)), { numRuns: 300 });
  });
});
