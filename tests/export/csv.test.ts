import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BOM, FORMULA_TRIGGERS, formatCell, neutraliseText, parseCsv, restoreText, toCsv } from '../../lib/export';
import { formatTokyoMinute, parseTokyoMinute } from '../../lib/format';

describe('formula injection', () => {
  for (const trigger of FORMULA_TRIGGERS) {
    it(`prefixes a text cell starting with ${JSON.stringify(trigger)}`, () => {
      const cell = `${trigger}HYPERLINK("http://evil","x")`;
      const out = formatCell(cell);
      expect(out.startsWith(`"'${trigger}`)).toBe(true);
      expect(out).toBe(`"'${cell.replace(/"/g, '""')}"`);
      // and reading it back gives the original text
      expect(restoreText(parseCsv(out)[0]![0]!)).toBe(cell);
    });
  }
  it("OWASP's example", () => {
    expect(formatCell('=1+2";=1+2')).toBe(`"'=1+2"";=1+2"`);
  });
  it('leaves numbers as numbers, negatives included', () => {
    expect(formatCell(-1500)).toBe('"-1500"');
    expect(formatCell(0.15)).toBe('"0.15"');
    expect(formatCell(null)).toBe('""');
    expect(formatCell(Number.NaN)).toBe('""');
  });
  it('does not prefix harmless text, and protects a real leading apostrophe', () => {
    expect(neutraliseText('美妆达人')).toBe('美妆达人');
    expect(neutraliseText("'=x")).toBe("''=x");
    expect(restoreText("''=x")).toBe("'=x");
    expect(restoreText("'abc")).toBe("'abc");
  });
});

describe('toCsv / parseCsv', () => {
  it('writes BOM, CRLF and quotes every field; zh/ja text, quotes and newlines survive', () => {
    const rows = [['名前', 'メモ'], ['山田 "ヤマ" 太郎', '第一行\r\n第二行\n第三行, 逗号'], ['', 42]];
    const csv = toCsv(rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}"名前","メモ"\r\n"山田 ""ヤマ"" 太郎","第一行\r\n第二行\n第三行, 逗号"\r\n"","42"\r\n`);
    expect(parseCsv(csv)).toEqual([['名前', 'メモ'], ['山田 "ヤマ" 太郎', '第一行\r\n第二行\n第三行, 逗号'], ['', '42']]);
  });
  it('reads unquoted fields and LF-only files as Excel may save them', () => {
    expect(parseCsv('a,b\nc,\n')).toEqual([['a', 'b'], ['c', '']]);
    expect(parseCsv('x')).toEqual([['x']]);
  });
  it('rejects an unterminated quote', () => {
    expect(() => parseCsv('"abc')).toThrow(/Unterminated/);
  });
  it('round-trips any text table (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (table) => {
        const width = table[0]!.length;
        const rect = table.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
        const back = parseCsv(toCsv(rect)).map((row) => row.map(restoreText));
        expect(back).toEqual(rect);
      }),
    );
  }, 30_000); // 100 random tables: a few seconds on a busy 2-core machine
});

describe('Tokyo dates', () => {
  it('formats and parses in JST', () => {
    const ms = Date.UTC(2026, 10, 24, 9, 30); // 18:30 JST
    expect(formatTokyoMinute(ms)).toBe('2026-11-24 18:30');
    expect(parseTokyoMinute('2026-11-24 18:30')).toBe(ms);
    expect(parseTokyoMinute('2026/11/25')).toBe(Date.UTC(2026, 10, 24, 15, 0));
    expect(parseTokyoMinute('tomorrow')).toBeNull();
  });
});
