/**
 * `t()` accepts only keys that exist in lib/i18n/messages and exactly one value per $n placeholder of the zh_CN text.
 * The `@ts-expect-error` lines are the test: `npm run typecheck` (tsc) fails if any of them stops being an error.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { t, tUnchecked, type MessageArgs, type MessageKey } from '../../lib/i18n';

describe('typed message keys', () => {
  it('accepts existing keys with their placeholders', () => {
    expect(t('en', 'loading')).toBe('Loading…');
    expect(t('en', 'errorPrefix', 'disk full')).toBe('Error: disk full');
    expect(t('en', 'dockReadCount', 1, 2, 3)).toBe('Read from this page: creators 1, products 2, orders 3');
    expectTypeOf<MessageArgs<'loading'>>().toEqualTypeOf<[]>();
    expectTypeOf<MessageArgs<'dockReadCount'>>().toEqualTypeOf<[string | number, string | number, string | number]>();
    expectTypeOf<'loading'>().toExtend<MessageKey>();
    expectTypeOf<'no-such-key'>().not.toExtend<MessageKey>();
  });

  it('refuses a missing key and a wrong number of values at compile time', () => {
    const misuse = () => [
      // @ts-expect-error -- no such key
      t('en', 'no-such-key'),
      // @ts-expect-error -- a key from another naming scheme (typo in case)
      t('en', 'Loading'),
      // @ts-expect-error -- errorPrefix has $1: one value is required
      t('en', 'errorPrefix'),
      // @ts-expect-error -- loading has no placeholder
      t('en', 'loading', 'extra'),
      // @ts-expect-error -- dockReadCount has $1..$3
      t('en', 'dockReadCount', 1, 2),
      // @ts-expect-error -- a plain string is not a key; data-driven keys go through tUnchecked
      t('en', String('loading')),
    ];
    expect(misuse).toBeTypeOf('function');
    expect(tUnchecked('en', String('loading'))).toBe('Loading…');
  });
});
