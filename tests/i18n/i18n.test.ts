import { describe, expect, it } from 'vitest';
import { LANGS, langFromLocale, messageTables, messages, t, tUnchecked, toChromeMessages } from '../../lib/i18n';

describe('i18n tables', () => {
  it('gives every string in zh_CN, ja and en, none empty', () => {
    for (const [key, entry] of Object.entries(messages)) {
      for (const lang of LANGS) expect(entry[lang]?.trim(), `${key}.${lang}`).toBeTruthy();
    }
  });

  it('has no key defined by two features', () => {
    const seen = new Map<string, number>();
    messageTables.forEach((table, index) => {
      for (const key of Object.keys(table)) {
        expect(seen.has(key), `${key} in tables ${seen.get(key)} and ${index}`).toBe(false);
        seen.set(key, index);
      }
    });
  });

  it('uses the same placeholders in every language', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const holes = (s: string) => (s.match(/\$\d/g) ?? []).sort().join(',');
      expect(holes(entry.ja), key).toBe(holes(entry.zh_CN));
      expect(holes(entry.en), key).toBe(holes(entry.zh_CN));
    }
  });

  it('fills placeholders and falls back to the key', () => {
    expect(t('en', 'dockReadCount', 1, 2, 1)).toBe('Read from this page: creators 1, products 2, orders 1');
    expect(tUnchecked('ja', 'no-such-key')).toBe('no-such-key');
    expect(tUnchecked('en', 'dockReadCount', [4])).toBe('Read from this page: creators 4, products , orders ');
  });

  it('maps browser locales: Chinese and Japanese to theirs, anything else to English', () => {
    expect(langFromLocale('ja-JP')).toBe('ja');
    expect(langFromLocale('ja')).toBe('ja');
    expect(langFromLocale('en-GB')).toBe('en');
    expect(langFromLocale('zh-TW')).toBe('zh_CN');
    expect(langFromLocale('zh')).toBe('zh_CN');
    expect(langFromLocale('ko')).toBe('en');
    expect(langFromLocale('fr-FR')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });

  it('writes chrome.i18n messages with positional placeholders and valid keys', () => {
    const zh = toChromeMessages('zh_CN');
    for (const key of Object.keys(zh)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(zh.dockReadCount?.message).toBe('已从本页读取 $1 位达人、$2 个商品、$3 条订单');
  });
});
