import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_IDS, LAWS, RULES, RULESET_VERSION } from '../../lib/compliance';
import { foldPatternSource } from '../../lib/compliance/text-folding';

/** Rows of the research rule table (A–I) the dictionary must cover. */
const RESEARCH_GROUPS = [
  ...Array.from({ length: 20 }, (_, i) => `A${String(i + 1).padStart(2, '0')}`),
  'B01', 'B02', 'B03', 'B04', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12', 'B13', 'B14', 'B15', 'B16', 'B17', 'B18',
  ...Array.from({ length: 18 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 18 }, (_, i) => `D${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 11 }, (_, i) => `E${String(i + 1).padStart(2, '0')}`),
  'F01', 'F02', 'F03', 'G01', 'G03', 'H02', 'H05', 'H06', 'H07', 'I01', 'I02', 'I03', 'I05', 'I07',
];

describe('rule dictionary', () => {
  it('has at least 150 rules with unique ids and a version', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(RULESET_VERSION).toMatch(/^\d{4}\.\d{2}\.\d{2}-\d+$/);
  });

  it('covers every research row and has Chinese and English equivalents of the Japanese rules', () => {
    const groups = new Set(RULES.map((r) => r.group));
    for (const g of RESEARCH_GROUPS) expect(groups, g).toContain(g);
    expect(RULES.filter((r) => r.lang === 'zh').length).toBeGreaterThanOrEqual(60);
    expect(RULES.filter((r) => r.lang === 'en').length).toBeGreaterThanOrEqual(60);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s is complete and compiles', (_id, rule) => {
    for (const lang of ['zh_CN', 'ja', 'en'] as const) expect(rule.explanation[lang].trim().length).toBeGreaterThan(10);
    expect(rule.sources.length).toBeGreaterThan(0);
    for (const s of rule.sources) expect(s).toMatch(/^https?:\/\//);
    expect(rule.scopes.length).toBeGreaterThan(0);
    expect(rule.patterns.length).toBeGreaterThan(0);
    expect(LAWS[rule.law]).toBeDefined();
    for (const p of rule.patterns) {
      expect(() => new RegExp(foldPatternSource(p))).not.toThrow();
      // Matching runs on lower-cased text: an upper-case letter outside an escape could never match.
      expect(p.replace(/\\./g, '')).not.toMatch(/[A-Z]/);
      // Nor can a pattern match the empty string.
      expect(new RegExp(`^(?:${foldPatternSource(p)})$`).test('')).toBe(false);
    }
    for (const alt of rule.alternatives) expect(alt.trim().length).toBeGreaterThan(0);
  });

  it('lists every category once with three labels', () => {
    expect(CATEGORIES.map((c) => c.id)).toEqual([...CATEGORY_IDS]);
    for (const c of CATEGORIES) for (const lang of ['zh_CN', 'ja', 'en'] as const) expect(c.label[lang].length).toBeGreaterThan(0);
  });
});
