import { describe, expect, it } from 'vitest';
import { parseCompactCount, parsePercentText, toCount, toEpochMs, toId, toRateX100, toText, toYen, unwrap } from '../../lib/seller-center';

describe('parseCompactCount', () => {
  it.each([
    ['1.2万', 12_000], ['3.4K', 3_400], ['12.5M', 12_500_000], ['1,234', 1_234], ['1.2億', 120_000_000], ['12.3w', 123_000],
    ['12.3W', 123_000], ['2.2K', 2_200], ['48210', 48_210], ['１２３４', 1_234], ['1.5万+', 15_000], [' 3 K ', 3_000], ['3億', 300_000_000],
    ['1.2亿', 120_000_000], ['0', 0], ['10M+', 10_000_000],
  ])('%s -> %d', (text, expected) => {
    expect(parseCompactCount(text)).toBe(expected);
  });
  it.each(['', 'abc', '1.2.3', '万', '-5', '12%', '1,23', 'NaN', 'Infinity', '1e5', '12KK', '9999999999999', '¥1,200'])('rejects %j', (text) => {
    expect(parseCompactCount(text)).toBeNull();
  });
});

describe('parsePercentText', () => {
  it.each([['15%', 0.15], ['15.00%', 0.15], ['１５％', 0.15], ['9.5 %', 0.095], ['100%', 1]])('%s -> %d', (text, expected) => {
    expect(parsePercentText(text)).toBeCloseTo(expected, 10);
  });
  it.each(['15', '150%', 'abc%', '%', '-5%'])('rejects %j', (text) => expect(parsePercentText(text)).toBeNull());
});

describe('leaf readers', () => {
  it('unwraps and treats unauthorised as unknown', () => {
    expect(unwrap({ value: '5', is_authorized: true, status: 0 })).toBe('5');
    expect(unwrap({ value: '5', is_authorized: false, status: 0 })).toBeNull();
    expect(toCount({ value: null, is_authorized: false, status: 1 })).toBeNull();
    // a money object has `value` but is not a wrapper
    expect(toYen({ value: '1523400', symbol: '¥', format: '¥1.5M' })).toBe(1_523_400);
  });
  it('reads counts from strings and ints, rejecting absurd ones', () => {
    expect(toCount({ value: '124062', is_authorized: true, status: 0 })).toBe(124_062);
    expect(toCount(239)).toBe(239);
    expect(toCount({ minimal: '10', maximum: '20' })).toBe(10);
    expect(toCount(-3)).toBeNull();
    expect(toCount(1e30)).toBeNull();
    expect(toCount('1e30')).toBeNull();
    expect(toCount(Number.NaN)).toBeNull();
    expect(toCount('12 views')).toBeNull();
  });
  it('converts ×100 rates to fractions', () => {
    expect(toRateX100(1500)).toBe(0.15);
    expect(toRateX100({ value: 239, is_authorized: true, status: 0 })).toBe(0.0239);
    expect(toRateX100('9.00%')).toBe(0.09);
    expect(toRateX100(1e30)).toBeNull();
    expect(toRateX100(-100)).toBeNull();
  });
  it('reads money from the number first; the format text only when no number is given', () => {
    expect(toYen({ value: '5950.00', symbol: '¥', format: '¥5.9K' })).toBe(5950);
    expect(toYen({ minimal: '800', maximum: '900', minimal_format: '800円' })).toBe(800);
    expect(toYen({ amount: '3837' })).toBe(3837);
    expect(toYen({ price: '777', formatted_price: '777円', currency: 'JPY' })).toBe(777);
    expect(toYen({ price_value: '1980' })).toBe(1980);
    expect(toYen({ format: '¥1.5M', symbol: '¥' })).toBe(1_500_000);
    expect(toYen({ value: '1523400', format: '¥1.5M', symbol: '¥' })).toBe(1_523_400);
    expect(toYen({ price: '10', currency: 'VND' })).toBeNull();
    expect(toYen('1e30')).toBeNull();
  });
  it('reads seconds and milliseconds as ms', () => {
    expect(toEpochMs('1787000000')).toBe(1_787_000_000_000);
    expect(toEpochMs('1788300000000')).toBe(1_788_300_000_000);
    expect(toEpochMs(0)).toBeNull();
    expect(toEpochMs(1e30)).toBeNull();
  });
  it('keeps 19-digit ids as strings and refuses precision-lost numbers', () => {
    expect(toId({ value: '7494000000000000001', is_authorized: true, status: 0 })).toBe('7494000000000000001');
    // eslint-disable-next-line no-loss-of-precision -- a number that already lost precision is the input under test
    expect(toId(7494000000000000001)).toBeNull();
    expect(toId(12345)).toBe('12345');
    expect(toId('<img>')).toBeNull();
  });
  it('strips bidi overrides and control characters from text, cuts long text', () => {
    expect(toText('\u202eabc\u202c')).toBe('abc');
    expect(toText('\u200eyamada\u200f\u061c')).toBe('yamada');
    expect(toText('<script>x</script>')).toBe('<script>x</script>');
    const long = toText('あ'.repeat(5000));
    expect(long!.length).toBe(2000);
    expect(toText('   ')).toBeNull();
  });
});
