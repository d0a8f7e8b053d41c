/** Text that reaches sellers is written for sellers: no file paths, section marks or confidence tags, no "JP¥". */
import { describe, expect, it } from 'vitest';
import { BENCHMARKS_JP } from '../../lib/commission';
import { messages } from '../../lib/i18n';

const DEVELOPER_TEXT = /\.md\b|§|\[[A-Z]\]|research\/|JP¥/;

describe('seller-readable text', () => {
  it('cites benchmark sources by name and date', () => {
    for (const row of Object.values(BENCHMARKS_JP)) {
      expect(row.source, row.categoryId).not.toMatch(DEVELOPER_TEXT);
      expect(row.source, row.categoryId).toMatch(/\d{4}-\d{2}/);
    }
  });

  it('has no developer notation in any UI string', () => {
    for (const [key, entry] of Object.entries(messages)) {
      for (const text of Object.values(entry)) expect(text, key).not.toMatch(DEVELOPER_TEXT);
    }
  });
});
