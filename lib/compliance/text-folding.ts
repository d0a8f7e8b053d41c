/**
 * Text normalisation for matching, with an offset map back to the original string (research §c2).
 *
 * Steps: drop zero-width / format / bidi / variation-selector code points; NFKC per grapheme-ish cluster
 * (base + combining marks, so ｸﾞ → グ and か + U+3099 → が); lower-case Latin; fold katakana to hiragana and a
 * few Chinese glyphs to their Japanese forms; drop short runs of separators between two CJK characters
 * (シ ミ が 消 え る, 最・安). Every normalised UTF-16 unit records the original [start, end) it came from.
 */
import { MAX_SEPARATOR_RUN } from './assumptions';
import { maxOf, minOf } from '../collections';

/** Simplified-Chinese glyphs NFKC leaves alone but sellers paste (research §J "kanji-form pitfall"). */
export const GLYPH_FOLDS: Readonly<Record<string, string>> = {
  瘦: '痩',
  效: '効',
  药: '薬',
  疗: '療',
  减: '減',
  皱: '皺',
  颜: '顔',
};


export interface Normalised {
  text: string;
  /** Original UTF-16 start of each normalised unit. */
  starts: Int32Array;
  /** Original UTF-16 end (exclusive) of each normalised unit. */
  ends: Int32Array;
  /** 1 = the unit came out of a width/compatibility change, 2 = characters were removed just before it. */
  flags: Uint8Array;
}

export const FLAG_TRANSFORMED = 1;
export const FLAG_GAP_BEFORE = 2;

const FORMAT_RE = /\p{Cf}/u;
const MARK_RE = /\p{M}/u;

function isStripped(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x180e ||
    cp === 0x061c ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    (cp >= 0xe0000 && cp <= 0xe007f)
  );
}

/** Code points NFKC, lower-casing and our folds leave unchanged (fast path for the common case). */
function isStable(cp: number): boolean {
  return (
    (cp < 0x80 && !(cp >= 0x41 && cp <= 0x5a)) ||
    (cp >= 0x3041 && cp <= 0x3096) ||
    (cp >= 0x30a1 && cp <= 0x30fa) ||
    cp === 0x30fc ||
    (cp >= 0x4e00 && cp <= 0x9fff)
  );
}

/**
 * CJK punctuation (、。「」【】, not the tone marks from U+302A) and full-width forms (！？（）ｱ): common in copy, and neither
 * format characters nor combining marks (the half-width voicing marks U+FF9E/F are tested before this), so they skip
 * the Unicode-property regexes.
 */
function isCjkPunctuationOrFullwidth(cp: number): boolean {
  return (cp >= 0x3000 && cp <= 0x3029) || (cp >= 0xff00 && cp <= 0xffef);
}

function isCombining(cp: number): boolean {
  if (cp === 0x3099 || cp === 0x309a || cp === 0x309b || cp === 0x309c || cp === 0xff9e || cp === 0xff9f) return true;
  // Fast path (no regex) for the scripts that make up almost all copy: ASCII, kana, CJK ideographs and punctuation.
  if (cp < 0x0300 || (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x4e00 && cp <= 0x9fff) || isCjkPunctuationOrFullwidth(cp)) return false;
  if (isStripped(cp)) return false;
  return MARK_RE.test(String.fromCodePoint(cp));
}

export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    c === 0x3005 ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/** Separators sellers put between characters to dodge checks (after NFKC: ･→・, ．→., ＿→_ …). */
function isSeparatorCode(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x30fb || c === 0x2e || c === 0x5f || c === 0x2d ||
    c === 0x2f || c === 0x7c || c === 0x2a || c === 0x2022 || c === 0x2605 || c === 0x2606 || c === 0x2661 ||
    c === 0x2665 || c === 0x2010 || c === 0x2013 || c === 0x2014 || c === 0xb7 || c === 0x22c5 || c === 0x2219
  );
}

/** GLYPH_FOLDS by UTF-16 code (every key and value is one BMP character). */
const GLYPH_FOLD_CODES: ReadonlyMap<number, number> = new Map(
  Object.entries(GLYPH_FOLDS).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);

/** The lowest and highest code with a glyph fold: most characters lie outside and need no look-up. */
const GLYPH_FOLD_MIN = minOf(GLYPH_FOLD_CODES.keys());
const GLYPH_FOLD_MAX = maxOf(GLYPH_FOLD_CODES.keys());

/** foldChar on a UTF-16 code, for the normaliser, which works on codes. */
function foldCode(c: number): number {
  if ((c >= 0x30a1 && c <= 0x30f6) || c === 0x30fd || c === 0x30fe) return c - 0x60;
  if (c < GLYPH_FOLD_MIN || c > GLYPH_FOLD_MAX) return c;
  return GLYPH_FOLD_CODES.get(c) ?? c;
}

/** Katakana → hiragana and Chinese glyph → Japanese glyph, one UTF-16 unit at a time (length-preserving). */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  const folded = foldCode(c);
  return folded === c ? ch : String.fromCharCode(folded);
}

/** Applies the length-preserving folds to a regex source (katakana, glyphs); leaves ASCII syntax alone. */
export function foldPatternSource(source: string): string {
  let out = '';
  for (const ch of source) out += ch.length === 1 ? foldChar(ch) : ch;
  return out;
}

/**
 * A cluster's NFKC form and its lower case, remembered: copy repeats the same few clusters (full-width punctuation,
 * 【】, ！) and normalising each occurrence was the largest part of a check.
 */
const CLUSTER_FOLDS = new Map<string, readonly [string, string]>();
const MAX_CLUSTER_FOLDS = 4096;
function foldCluster(cluster: string): readonly [string, string] {
  let folded = CLUSTER_FOLDS.get(cluster);
  if (!folded) {
    let out = cluster.normalize('NFKC');
    // A lone (half-width) voiced mark normalises to a combining mark; NFC joins it with its base.
    if (out !== cluster) out = out.normalize('NFC');
    folded = [out, out.toLowerCase()];
    if (CLUSTER_FOLDS.size < MAX_CLUSTER_FOLDS) CLUSTER_FOLDS.set(cluster, folded);
  }
  return folded;
}

/**
 * Normalised units as parallel arrays of numbers (one UTF-16 code, its original span and its flags each) rather than
 * an object per unit: a check normalises every character, and allocating and reading objects was most of its cost.
 */
class Units {
  codes: number[] = [];
  starts: number[] = [];
  ends: number[] = [];
  flags: number[] = [];

  push(code: number, start: number, end: number, flags: number): void {
    this.codes.push(code);
    this.starts.push(start);
    this.ends.push(end);
    this.flags.push(flags);
  }
}

/**
 * Codes per String.fromCharCode call when building the normalised text: one call per block is several times faster
 * than a string per character, and a bounded block stays far below the engines' argument-count limit.
 */
const TEXT_BLOCK = 4096;

function stringFromCodes(codes: readonly number[]): string {
  let text = '';
  for (let k = 0; k < codes.length; k += TEXT_BLOCK) text += String.fromCharCode.apply(null, codes.slice(k, k + TEXT_BLOCK));
  return text;
}

export function normalise(original: string): Normalised {
  const units = new Units();
  let pendingGap = false;
  let i = 0;
  const n = original.length;
  while (i < n) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isStable(cp)) {
      // Stable base; still check for a following combining mark (か + U+3099).
      const next = i + width < n ? original.codePointAt(i + width)! : -1;
      if (next < 0 || !isCombining(next)) {
        units.push(cp, i, i + 1, pendingGap ? FLAG_GAP_BEFORE : 0);
        pendingGap = false;
        i += width;
        continue;
      }
    }
    if (isStripped(cp) || (cp >= 0x80 && !isStable(cp) && !isCjkPunctuationOrFullwidth(cp) && FORMAT_RE.test(String.fromCodePoint(cp)))) {
      pendingGap = true;
      i += width;
      continue;
    }
    // Cluster: base + combining marks.
    let j = i + width;
    let cluster = String.fromCodePoint(cp === 0x309b ? 0x3099 : cp === 0x309c ? 0x309a : cp);
    while (j < n) {
      const m = original.codePointAt(j)!;
      const mw = m > 0xffff ? 2 : 1;
      if (!isCombining(m)) break;
      cluster += String.fromCodePoint(m === 0x309b ? 0x3099 : m === 0x309c ? 0x309a : m);
      j += mw;
    }
    const raw = original.slice(i, j);
    const [out, lowered] = foldCluster(cluster);
    const transformed = out !== raw ? FLAG_TRANSFORMED : 0;
    for (let k = 0; k < lowered.length; k++) {
      units.push(lowered.charCodeAt(k), i, j, transformed | (pendingGap && k === 0 ? FLAG_GAP_BEFORE : 0));
    }
    if (lowered.length > 0) pendingGap = false;
    i = j;
  }

  // Separator collapse between CJK characters: the kept units' indices.
  const { codes } = units;
  const kept: number[] = [];
  for (let u = 0; u < codes.length; u++) {
    if (isSeparatorCode(codes[u]!) && kept.length > 0 && isCjkCode(codes[kept[kept.length - 1]!]!)) {
      let v = u;
      while (v < codes.length && isSeparatorCode(codes[v]!)) v++;
      if (v - u <= MAX_SEPARATOR_RUN && v < codes.length && isCjkCode(codes[v]!)) {
        units.flags[v]! |= FLAG_GAP_BEFORE;
        u = v - 1;
        continue;
      }
    }
    kept.push(u);
  }

  const len = kept.length;
  const starts = new Int32Array(len);
  const ends = new Int32Array(len);
  const flags = new Uint8Array(len);
  const folded = new Array<number>(len);
  for (let k = 0; k < len; k++) {
    const u = kept[k]!;
    folded[k] = foldCode(codes[u]!);
    starts[k] = units.starts[u]!;
    ends[k] = units.ends[u]!;
    flags[k] = units.flags[u]!;
  }
  return { text: stringFromCodes(folded), starts, ends, flags };
}

/** Maps a normalised [ns, ne) span to the original [start, end). */
export function toOriginalSpan(norm: Normalised, ns: number, ne: number): { start: number; end: number } {
  if (norm.starts.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(ns, 0), norm.starts.length - 1);
  const e = Math.min(Math.max(ne - 1, s), norm.ends.length - 1);
  return { start: norm.starts[s]!, end: norm.ends[e]! };
}

/** True when the span only exists thanks to normalisation (removed characters inside, or width tricks). */
export function spanIsEvasive(norm: Normalised, ns: number, ne: number): boolean {
  for (let k = ns; k < ne; k++) {
    const f = norm.flags[k]!;
    if (f & FLAG_TRANSFORMED) return true;
    if (k > ns && f & FLAG_GAP_BEFORE) return true;
  }
  return false;
}
