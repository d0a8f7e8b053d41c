/**
 * Three-way merge of one note text: `typed` was typed on `before`, and meanwhile another window saved `after` (also
 * made from `before`). Each side changed one stretch of `before` (what lies between the text both kept at the start
 * and at the end). When the two stretches do not overlap, both changes are applied; text added at the same place by
 * both goes theirs first, and the very same change made by both is applied once. Null when they overlap, or when
 * `before` was empty (two texts written apart): the store's merge then keeps both whole, with its separator, so
 * nothing is ever lost.
 */
export function rebaseText(typed: string, before: string, after: string): string | null {
  // both made the same change (the same line added in both windows): once
  if (typed === after) return after;
  if (before === '') return null;
  const mine = changedStretch(before, typed);
  const theirs = changedStretch(before, after);
  const length = before.length;
  // their stretch ends where mine starts, or before: their text up to where mine starts, then mine from there on
  if (theirs.end <= mine.start) return after.slice(0, after.length - (length - mine.start)) + typed.slice(mine.start);
  // mine ends where theirs starts, or before: mine up to where mine ends, then theirs from there on
  if (mine.end <= theirs.start) return typed.slice(0, typed.length - (length - mine.end)) + after.slice(mine.end);
  return null;
}

/**
 * The stretch [start, end) of `base` that `changed` replaced: all of `base` but their common start and end, in whole
 * characters (two emoji can share the first half of their UTF-16 pair: a stretch never starts or ends inside one).
 */
function changedStretch(base: string, changed: string): { start: number; end: number } {
  const most = Math.min(base.length, changed.length);
  let start = 0;
  while (start < most && base.charCodeAt(start) === changed.charCodeAt(start)) start += 1;
  if (start > 0 && isHighSurrogate(base.charCodeAt(start - 1))) start -= 1;
  let kept = 0;
  while (kept < most - start && base.charCodeAt(base.length - 1 - kept) === changed.charCodeAt(changed.length - 1 - kept)) kept += 1;
  if (kept > 0 && isLowSurrogate(base.charCodeAt(base.length - kept))) kept -= 1;
  return { start, end: base.length - kept };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
