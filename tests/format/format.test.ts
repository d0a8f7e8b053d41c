import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDateTime, formatJpy, formatPercent, percentInputValue } from '../../lib/format';

describe('format', () => {
  it('shows yen without decimals and an optional CNY view', () => {
    expect(formatJpy('ja', 1234.6)).toBe('1,235円');
    expect(formatJpy('zh_CN', 1800)).toBe('1,800日元');
    expect(formatJpy('ja', 1000, 0.048)).toBe('1,000円 (48.00元)');
    expect(formatJpy('zh_CN', 1000, 0.048)).toBe('1,000日元 (¥48.00)');
    expect(formatJpy('en', 1000, 0.048)).toBe('¥1,000 (CN¥48.00)');
    expect(formatJpy('en', -200)).toBe('-¥200');
    for (const lang of ['zh_CN', 'ja', 'en'] as const) expect(formatJpy(lang, 123456789)).not.toMatch(/JP¥|￥/);
    expect(formatJpy('zh_CN', null)).toBe('—');
    expect(formatJpy('en', Number.NaN)).toBe('—');
  });

  it('formats dates in Asia/Tokyo whatever the machine zone', () => {
    // 2026-03-31T15:30Z is already 1 April in Tokyo.
    const at = Date.UTC(2026, 2, 31, 15, 30);
    expect(formatDate('en', at)).toBe('04/01/2026');
    expect(formatDateTime('ja', at)).toBe('2026/04/01 00:30');
  });

  it('gives percent inputs without float noise', () => {
    expect(percentInputValue(0.07)).toBe('7');
    expect(percentInputValue(0.125)).toBe('12.5');
    expect(percentInputValue(0.1 + 0.2)).toBe('30');
    expect(percentInputValue(null)).toBe('');
  });

  it('formats rates and counts, unknown as a dash', () => {
    expect(formatPercent('en', 0.125)).toBe('12.5%');
    expect(formatPercent('en', null)).toBe('—');
    expect(formatCount('en', 1234)).toBe('1,234');
    expect(formatCount('en', 25_000)).toBe('25K');
    expect(formatCount('zh_CN', 25_000)).toBe('2.5万');
  });
});

describe('formatCount fast path for small whole numbers', () => {
  it('gives exactly what Intl gives for 0..999, -0, negatives and fractions in every language', () => {
    const locales = { zh_CN: 'zh-CN', ja: 'ja-JP', en: 'en-US' } as const;
    const samples = [...Array.from({ length: 1000 }, (_, i) => i), -0, -1, -999, 0.5, 999.5, 1000, 1001];
    for (const [lang, locale] of Object.entries(locales) as Array<[keyof typeof locales, string]>) {
      const intl = new Intl.NumberFormat(locale, { notation: 'standard', maximumFractionDigits: 1 });
      for (const n of samples) expect(formatCount(lang, n)).toBe(intl.format(n));
    }
  });
});
