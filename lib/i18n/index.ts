/**
 * UI strings. Each feature keeps its strings in lib/i18n/messages/<feature>.ts as `{ key: { zh_CN, ja, en } }`;
 * this module merges them, and the build writes them to public _locales/<lang>/messages.json (see wxt.config.ts),
 * so the manifest and `browser.i18n` see the same strings. At run time the UI uses `t()` so the seller can
 * switch language in settings without changing the browser's language.
 */
import { common } from './messages/common';
import { sellerCenter } from './messages/seller-center';
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

const tables = [common, sellerCenter, scoring, compliance, commission, roi, notes, desk, app, storage, followup] as const;

/** Every table merged, as a type: the key and zh_CN text of each message. */
type AllMessages = typeof common & typeof sellerCenter & typeof scoring & typeof compliance & typeof commission & typeof roi &
  typeof notes & typeof desk & typeof app & typeof storage & typeof followup;

/** A key that exists in lib/i18n/messages; `t()` accepts no other, so a typo or a removed key fails the type check. */
export type MessageKey = keyof AllMessages & string;

/** The highest $n in a text ($1..$9, as chrome.i18n allows), 0 when it has none. */
type HighestPlaceholder<S extends string> =
  S extends `${string}$9${string}` ? 9 : S extends `${string}$8${string}` ? 8 : S extends `${string}$7${string}` ? 7 :
  S extends `${string}$6${string}` ? 6 : S extends `${string}$5${string}` ? 5 : S extends `${string}$4${string}` ? 4 :
  S extends `${string}$3${string}` ? 3 : S extends `${string}$2${string}` ? 2 : S extends `${string}$1${string}` ? 1 : 0;
type Substitutions<N extends number, Acc extends Array<string | number> = []> = Acc['length'] extends N ? Acc : Substitutions<N, [...Acc, string | number]>;

/** The values a message's placeholders take, one per $n of its zh_CN text (tests/i18n checks ja and en use the same). */
export type MessageArgs<K extends MessageKey> = K extends MessageKey ? Substitutions<HighestPlaceholder<AllMessages[K]['zh_CN']>> : never;

/** All strings; a key defined by two features is a bug, caught by tests/i18n. */
export const messages: Readonly<Record<MessageKey, Localised>> = Object.fromEntries(tables.flatMap((table) => Object.entries(table))) as Record<MessageKey, Localised>;
export const messageTables: readonly MessageTable[] = tables;

/** Whether `key` names a message (for keys that arrive as data, e.g. from storage). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages, key);
}

/** The browser's UI language tag (e.g. "zh-CN", "zh-TW", "ja", "en-US", "ko") to one of ours: Chinese, Japanese, otherwise English. */
export function langFromLocale(locale: string | undefined | null): Lang {
  const lower = (locale ?? '').toLowerCase();
  if (lower.startsWith('zh')) return 'zh_CN';
  if (lower.startsWith('ja')) return 'ja';
  return 'en';
}

/** Looks up `key` and fills $1, $2 ... with `subs`: the key must exist and the values match its placeholders. */
export function t<K extends MessageKey>(lang: Lang, key: K, ...subs: MessageArgs<K>): string {
  return tUnchecked(lang, key, subs);
}

/**
 * `t()` for a key and values that arrive as data (a view the background sent, validated only as strings). A key
 * that does not exist shows itself, never a blank.
 */
export function tUnchecked(lang: Lang, key: string, subs: ReadonlyArray<string | number> = []): string {
  const text = isMessageKey(key) ? messages[key][lang] : key;
  return text.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** The chrome.i18n messages.json body for one language ($1..$9 are chrome.i18n's own positional placeholders). */
export function toChromeMessages(lang: Lang): Record<string, { message: string }> {
  const out: Record<string, { message: string }> = {};
  for (const [key, entry] of Object.entries(messages)) out[key] = { message: entry[lang] };
  return out;
}
