/**
 * UI strings. Each feature keeps its strings in lib/i18n/messages/<feature>.ts as `{ key: { zh_CN, ja, en } }`;
 * this module merges them, and the build writes them to public _locales/<lang>/messages.json (see wxt.config.ts),
 * so the manifest and `browser.i18n` see the same strings. At run time the UI uses `t()` so the seller can
 * switch language in settings without changing the browser's language.
 */
import { common } from './messages/common';
import { sellerCenter } from './messages/sellerCenter';
import { scoring } from './messages/scoring';
import { compliance } from './messages/compliance';
import { commission } from './messages/commission';
import { roi } from './messages/roi';
import { notes } from './messages/notes';
import { followup } from './messages/followup';
import { desk } from './messages/desk';
import { storage } from './messages/storage';
import { app } from './messages/app';

export const LANGS = ['zh_CN', 'ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Localised = Record<Lang, string>;
export type MessageTable = Record<string, Localised>;

const tables: MessageTable[] = [common, sellerCenter, scoring, compliance, commission, roi, notes, desk, app, storage, followup];

/** All strings; a key defined by two features is a bug, caught by tests/i18n. */
export const messages: MessageTable = Object.fromEntries(tables.flatMap((table) => Object.entries(table)));
export const messageTables = tables;

/** The browser's UI language tag (e.g. "zh-CN", "zh-TW", "ja", "en-US", "ko") to one of ours: Chinese, Japanese, otherwise English. */
export function langFromLocale(locale: string | undefined | null): Lang {
  const lower = (locale ?? '').toLowerCase();
  if (lower.startsWith('zh')) return 'zh_CN';
  if (lower.startsWith('ja')) return 'ja';
  return 'en';
}

/** Looks up `key` and fills $1, $2 ... with `subs`. A missing key shows the key itself, never a blank. */
export function t(lang: Lang, key: string, ...subs: Array<string | number>): string {
  const entry = messages[key];
  const text = entry ? entry[lang] : key;
  return text.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** The chrome.i18n messages.json body for one language ($1..$9 are chrome.i18n's own positional placeholders). */
export function toChromeMessages(lang: Lang): Record<string, { message: string }> {
  const out: Record<string, { message: string }> = {};
  for (const [key, entry] of Object.entries(messages)) out[key] = { message: entry[lang] };
  return out;
}
