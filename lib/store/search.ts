/**
 * The dashboard's free-text search index (schema v4 `search` store, derived from creators + notes, never exported).
 * A query's candidates come from the multiEntry `terms` index (the intersection of its rarest bigrams' key lists);
 * each candidate is then checked exactly, so the result equals a scan with `matchesSearch` over every creator.
 */
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { MitateSchema } from './db';
import { putAll, readManyById } from './bulk';
import { LONG_TEXT_TERM_V6, searchRowV6, searchTextV6, type SearchRowV6 } from './frozen/v6';
import type { Note, StoredCreator } from './records';
import { readNotes } from './note-buckets';

export type SearchRow = SearchRowV6;
export const searchText = searchTextV6;

export function searchRowOf(creator: Pick<StoredCreator, 'id' | 'handle' | 'nickname'>, note: Pick<Note, 'text' | 'tags'> | null): SearchRow {
  return searchRowV6({ creator, note });
}

/** The exact rule: the normalised query is a substring of a normalised field (id, handle, nickname, note text, a tag). */
export function matchesSearch(row: Pick<SearchRow, 'fields'>, normalisedQuery: string): boolean {
  return row.fields.some((field) => field.includes(normalisedQuery));
}

/** Candidates beyond this are checked with one read of the whole search store instead of a get each. */
const VERIFY_BY_KEY_LIMIT = 2_000;
/**
 * Rounds of key-list reads, each `[bound, how many bigrams]` (0: all of them): a list shorter than its bound is
 * complete. Most queries have a bigram rare enough to be complete in the first round. Otherwise the second round
 * reads only the bigrams that look rarest: a bigram's list is in creator-id order, so its 64th id comes later in the
 * id order the fewer creators have the bigram. A wrong guess costs a round, never a hit. Every key read costs a
 * lookup in Chromium (a 2,000-key read took 20-60 ms at 50,000 creators, a 64-key read 1-7 ms).
 */
const KEY_LIST_ROUNDS: ReadonlyArray<readonly [bound: number, bigrams: number]> = [[64, 0], [512, 3], [4_096, 0]];
/** At most this many complete key lists are intersected. */
const MAX_INTERSECTED = 4;

type AnyStores = ArrayLike<StoreNames<MitateSchema>>;
type SearchStore = IDBPObjectStore<MitateSchema, AnyStores, 'search', IDBTransactionMode>;

/** IndexedDB's order of string keys (UTF-16 code units), an absent id first. */
function compareIds(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

function bigrams(text: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return [...out];
}

/** Ids of the creators matching the query (empty query: none). Reads only the search store. */
export async function searchCreatorIds(store: SearchStore, query: string): Promise<Set<string>> {
  const normalised = searchText(query.trim());
  const hits = new Set<string>();
  if (normalised === '') return hits;
  const index = store.index('terms');
  const longTexts = index.getAllKeys(LONG_TEXT_TERM_V6);
  let candidates: Set<string>;
  if (normalised.length === 1) {
    // every field holding the unit has a bigram starting with it, or its end mark
    candidates = new Set(await index.getAllKeys(IDBKeyRange.bound(normalised, `${normalised}\uffff`)));
  } else {
    // Each bigram's key list is read up to a bound (IndexedDB's count() walks the entries too, so it is no cheaper):
    // a list shorter than the bound is complete, and the rarest complete lists are intersected.
    const grams = bigrams(normalised);
    let complete: string[][] = [];
    let lastIdOf = new Map<string, string>();
    for (const [bound, take] of KEY_LIST_ROUNDS) {
      // the bigrams whose bounded list reached furthest in id order first (fewest creators, by that estimate)
      const round = take === 0 ? grams : [...grams].sort((a, b) => compareIds(lastIdOf.get(b), lastIdOf.get(a))).slice(0, take);
      const lists = await Promise.all(round.map((gram) => index.getAllKeys(gram, bound)));
      complete = lists.filter((keys) => keys.length < bound).sort((a, b) => a.length - b.length);
      if (complete.length > 0) break;
      if (take === 0) lastIdOf = new Map(round.map((gram, i) => [gram, lists[i]!.at(-1) ?? '']));
    }
    if (complete.length === 0) {
      // every bigram of the query is common: its rarest list in full (a broad query matches many creators anyway)
      const counts = await Promise.all(grams.map((gram) => index.count(gram)));
      const rarest = grams[counts.reduce((best, count, i) => (count < counts[best]! ? i : best), 0)]!;
      complete.push(await index.getAllKeys(rarest));
    }
    candidates = new Set(complete[0]);
    for (const keys of complete.slice(1, MAX_INTERSECTED)) {
      if (candidates.size === 0) break;
      const other = new Set(keys);
      for (const id of candidates) if (!other.has(id)) candidates.delete(id);
    }
  }
  for (const id of await longTexts) candidates.add(id);
  if (candidates.size === 0) return hits;
  const rows = candidates.size <= VERIFY_BY_KEY_LIMIT
    ? await Promise.all([...candidates].map((id) => store.get(id)))
    : await store.getAll();
  for (const row of rows) if (row && candidates.has(row.creatorId) && matchesSearch(row, normalised)) hits.add(row.creatorId);
  return hits;
}

type WriteTx = IDBPTransaction<MitateSchema, AnyStores, 'readwrite' | 'versionchange'>;

/**
 * Rewrites the search rows of these creators inside the caller's transaction (which must include creators,
 * noteBuckets and search). Records the caller has just written can be passed in so they are not read again; a creator that does
 * not exist gets no row (a note may be saved before its creator is seen: the creator's ingest adds the row).
 */
export async function refreshSearchRows(
  tx: WriteTx,
  ids: Iterable<string>,
  known: {
    creators?: ReadonlyMap<string, StoredCreator>;
    notes?: ReadonlyMap<string, Note>;
    /** `creators` holds every one of these ids' creators that exists (an id missing from it has none): none is read */
    allCreatorsKnown?: boolean;
  } = {},
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const missingCreators = known.allCreatorsKnown ? [] : unique.filter((id) => !known.creators?.has(id));
  const missingNotes = unique.filter((id) => !known.notes?.has(id));
  const [creators, notes] = await Promise.all([
    readManyById(tx.objectStore('creators'), missingCreators, (c) => c.id),
    readNotes(tx, missingNotes),
  ]);
  const rows: SearchRow[] = [];
  for (const id of unique) {
    const creator = known.creators?.get(id) ?? creators.get(id);
    if (!creator) continue;
    const note = known.notes?.get(id) ?? notes.get(id) ?? null;
    rows.push(searchRowOf(creator, note));
  }
  await putAll(tx.objectStore('search'), rows);
}
