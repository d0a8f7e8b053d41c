/**
 * Records as schema version 6 stores them. FROZEN once released: never edit this file (see v1.ts for why).
 * v6 adds only the derived `search` store: the dashboard's free-text search index. It is rebuilt from creators and
 * notes, so it is neither exported nor imported; its derivation is frozen here because the v6 migration builds it.
 */

/** One creator's search entry: every indexed field, normalised, and the bigrams of those fields. */
export interface SearchRowV6 {
  creatorId: string;
  /** NFKC + lower-cased id, handle, nickname, note text and tags (the texts the search checks exactly) */
  fields: string[];
  /** distinct bigrams of `fields` (the note text's first NOTE_TEXT_INDEXED_V6 units), plus end markers; multiEntry index */
  terms: string[];
}

/** Note text beyond this many UTF-16 units is not broken into bigrams; its creator is always a candidate instead. */
export const NOTE_TEXT_INDEXED_V6 = 300;
/** Term of a creator whose note text is longer than NOTE_TEXT_INDEXED_V6 (not 2 units long, so never a bigram). */
export const LONG_TEXT_TERM_V6 = '\u0000long';
/** Follows a field's last unit, so a one-unit query finds fields ending in it with a key range over [c, c + U+FFFF]. */
export const END_MARK_V6 = '\u0000';

/** The normalisation both the index and the exact check use: full-width/half-width forms folded, then lower case. */
export function searchTextV6(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export interface SearchSourceV6 {
  creator: { id: string; handle: string | null; nickname: string | null };
  note: { text: string; tags: string[] } | null;
}

export function searchRowV6({ creator, note }: SearchSourceV6): SearchRowV6 {
  const text = note ? searchTextV6(note.text) : '';
  const short = [creator.id, creator.handle ?? '', creator.nickname ?? '', ...(note?.tags ?? [])].map(searchTextV6);
  const terms = new Set<string>();
  for (const field of [...short, text.slice(0, NOTE_TEXT_INDEXED_V6)]) {
    if (field === '') continue;
    for (let i = 0; i + 1 < field.length; i++) terms.add(field.slice(i, i + 2));
    terms.add(field.slice(-1) + END_MARK_V6);
  }
  if (text.length > NOTE_TEXT_INDEXED_V6) terms.add(LONG_TEXT_TERM_V6);
  return { creatorId: creator.id, fields: [...short, text].filter((field) => field !== ''), terms: [...terms] };
}
