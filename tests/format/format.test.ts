import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDateTime, formatJpy, formatPercent } from '../../lib/format';

describe('format', () => {
  it('shows yen without decimals and an optional CNY view', () => {
    expect(formatJpy('ja', 1234.6)).toBe('￥1,235');
    expect(formatJpy('en', 1000, 0.048)).toBe('¥1,000 (CN¥48.00)');
    expect(formatJpy('zh_CN', null)).toBe('—');
    expect(formatJpy('en', Number.NaN)).toBe('—');
  });

  it('formats dates in Asia/Tokyo whatever the machine zone', () => {
    // 2026-03-31T15:30Z is already 1 April in Tokyo.
    const at = Date.UTC(2026, 2, 31, 15, 30);
    expect(formatDate('en', at)).toBe('04/01/2026');
    expect(formatDateTime('ja', at)).toBe('2026/04/01 00:30');
  });

  it('formats rates and counts, unknown as a dash', () => {
    expect(formatPercent('en', 0.125)).toBe('12.5%');
    expect(formatPercent('en', null)).toBe('—');
    expect(formatCount('en', 1234)).toBe('1,234');
    expect(formatCount('en', 25_000)).toBe('25K');
    expect(formatCount('zh_CN', 25_000)).toBe('2.5万');
  });
});
