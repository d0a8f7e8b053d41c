import { describe, expect, it } from 'vitest';
import { checkCopy, type Finding } from '../../lib/compliance';
import { PERMITTED_CASES, PUBLISHED_CASES, type PublishedCase } from './published-cases';

/** Recall on real published cases and the false-positive rate on permitted wording (issue 15 "done means"). */
const DISCLOSURE_GROUPS = new Set(['H01', 'H03']);

function caught(c: PublishedCase, findings: readonly Finding[]): boolean {
  if (c.expect === 'disclosure') return findings.some((f) => DISCLOSURE_GROUPS.has(f.group));
  const start = c.copy.indexOf(c.span);
  const end = start + c.span.length;
  return findings.some((f) => f.end > f.start && f.start < end && start < f.end);
}

describe('published-case corpus', () => {
  it('every cited span is a substring of its copy and every case names its authority and source', () => {
    for (const c of PUBLISHED_CASES) {
      if (c.expect !== 'disclosure') expect(c.copy.includes(c.span) && c.span.length > 0, c.copy).toBe(true);
      expect(c.authority.length).toBeGreaterThan(0);
      expect(c.source).toMatch(/^https?:\/\//);
    }
    for (const p of PERMITTED_CASES) expect(p.source).toMatch(/^https?:\/\//);
  });

  it('catches ≥ 85% of cited spans and flags ≤ 3% of permitted statements', () => {
    const missed: string[] = [];
    let hits = 0;
    for (const c of PUBLISHED_CASES) {
      const { findings } = checkCopy(c.copy, { category: c.category, kind: c.kind ?? 'listing' });
      if (caught(c, findings)) hits++;
      else missed.push(`${c.span || c.copy} (${c.category})`);
    }
    const flagged: string[] = [];
    for (const p of PERMITTED_CASES) {
      const { findings } = checkCopy(p.copy, { category: p.category, kind: 'listing' });
      if (findings.length > 0) flagged.push(`${p.copy} (${p.category}) → ${findings.map((f) => `${f.ruleId}:${f.matched}`).join(', ')}`);
    }
    const recall = hits / PUBLISHED_CASES.length;
    const fpRate = flagged.length / PERMITTED_CASES.length;
    console.log(
      `[published cases] recall ${(recall * 100).toFixed(1)}% (${hits}/${PUBLISHED_CASES.length} cited spans); ` +
        `permitted flagged ${(fpRate * 100).toFixed(1)}% (${flagged.length}/${PERMITTED_CASES.length})` +
        (missed.length ? `\n  missed: ${missed.join(' | ')}` : '') +
        (flagged.length ? `\n  flagged: ${flagged.join(' | ')}` : ''),
    );
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(fpRate).toBeLessThanOrEqual(0.03);
  });
});
