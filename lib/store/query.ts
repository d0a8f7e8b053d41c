/**
 * Dashboard queries over creators + notes. Built to stay fast at 50,000 creators / 100,000 notes:
 * - no filter, indexed sort: one request for the page (getAllRecords with a direction where the browser has it,
 *   getAllKeys with a count ascending), else an index cursor with `advance(offset)`; only `limit` records are read;
 *   the total is the stored creator count (lib/store/counts.ts), not count(), which walks every entry in Chromium;
 * - filters: ids come from indexes (creators' status, the note buckets' tags, the search index of lib/store/search.ts), intersected
 *   in memory; a few hundred hits are read and sorted in memory, more are ordered by the sort index's key list
 *   (getAllKeys on an index returns primary keys in index order), and only the page is read;
 * - the verdict filter and sorting by followers must read every creator (getAll);
 * - notes are stored many per record (lib/store/note-buckets.ts): the tag filter reads the buckets holding the tag and
 *   the next-action sort reads every bucket, so a tag most notes carry, or that sort, reads all notes (100,000 notes:
 *   0.4-0.6 s in Chromium on a loaded machine, against ~0.1 s for the v7 per-note indexes). These are the slower paths.
 * Every awaited request is a round trip to the browser's IndexedDB process, so independent requests go out together.
 * Measured figures: tests/store/query-perf.test.ts (fake-indexeddb) and `npm run bench` (Chromium).
 */
import { unwrap, type IDBPIndex, type IDBPObjectStore } from 'idb';
import type { MitateDb, MitateSchema } from './db';
import { guard } from './errors';
import { NOTE_STATUSES, STORED_VERDICTS, type Note, type NoteStatus, type StoredCreator } from './records';
import * as z from 'zod/mini';
import { noteStatusSchema } from './records';
import { searchCreatorIds } from './search';
import { creatorCount } from './counts';
import { creatorIdsByNextAction, creatorIdsWithTag, readNotes } from './note-buckets';

/** Up to this many filtered hits are read and sorted in memory instead of listing the whole sort index. */
export const IN_MEMORY_SORT_LIMIT = 500;

export const CREATOR_SORT_FIELDS = ['updatedAt', 'handle', 'score', 'status', 'followers', 'nextActionAt'] as const;
export type CreatorSortField = (typeof CREATOR_SORT_FIELDS)[number];
/** Upper bound on one page, so a hostile or buggy caller cannot ask for everything at once. */
export const MAX_PAGE_SIZE = 500;
/**
 * Past this offset a keys-only getAllKeys is used instead of cursor.advance: measured on fake-indexeddb at 50k
 * creators, advance(40,000) took 15.6 s while getAllKeys on the same index took ~0.2 s.
 */
export const CURSOR_SKIP_LIMIT = 1_000;

/** Verdict filter: one stored verdict, or 'flagged' = suspicious or likely fake (the list of creators to avoid). */
export const VERDICT_FILTERS = [...STORED_VERDICTS, 'flagged'] as const;
export type VerdictFilter = (typeof VERDICT_FILTERS)[number];

function verdictMatches(filter: VerdictFilter, verdict: StoredCreator['verdict']): boolean {
  return filter === 'flagged' ? verdict === 'suspicious' || verdict === 'likely_fake' : verdict === filter;
}

export const creatorQuerySchema = z.object({
  search: z.optional(z.string().check(z.maxLength(200))),
  status: z.optional(z.nullable(noteStatusSchema)),
  tag: z.optional(z.nullable(z.string().check(z.maxLength(40)))),
  verdict: z.optional(z.nullable(z.enum(VERDICT_FILTERS))),
  sortBy: z._default(z.enum(CREATOR_SORT_FIELDS), 'updatedAt'),
  sortDir: z._default(z.enum(['asc', 'desc']), 'desc'),
  offset: z._default(z.number().check(z.int(), z.minimum(0)), 0),
  limit: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE_SIZE)), 50),
});
export type CreatorQuery = z.input<typeof creatorQuerySchema>;

export interface CreatorRow {
  creator: StoredCreator;
  note: Note | null;
}
export interface CreatorQueryResult {
  rows: CreatorRow[];
  total: number;
}

const SORT_INDEX: Partial<Record<CreatorSortField, 'updatedAt' | 'handle' | 'score'>> = {
  updatedAt: 'updatedAt',
  handle: 'handle',
  score: 'score',
};

function intersect(a: Set<string> | null, b: Set<string>): Set<string> {
  if (!a) return b;
  const out = new Set<string>();
  for (const id of a) if (b.has(id)) out.add(id);
  return out;
}

export async function queryCreators(db: MitateDb, query: CreatorQuery): Promise<CreatorQueryResult> {
  const params = creatorQuerySchema.parse(query);
  return guard(async () => {
    const tx = db.transaction(['creators', 'noteBuckets', 'search', 'counts'], 'readonly');
    const creators = tx.objectStore('creators');
    const search = params.search?.trim() ?? '';
    const status = params.status ?? null;
    const tag = params.tag?.trim() || null;
    const verdict = params.verdict ?? null;
    const sortIndex = SORT_INDEX[params.sortBy];
    const descending = params.sortDir === 'desc';

    let ids: string[];
    let total: number;
    let loaded = new Map<string, StoredCreator>();
    if (!search && !status && !tag && !verdict && sortIndex) {
      if (params.offset <= CURSOR_SKIP_LIMIT) {
        const [page, count] = await Promise.all([firstOfIndex(creators.index(sortIndex), descending, params.offset + params.limit), creatorCount(tx)]);
        ids = page.ids.slice(params.offset);
        loaded = page.creators;
        total = count;
      } else {
        // deep pages: one keys-only read beats stepping a cursor over thousands of entries
        const [ordered, count] = await Promise.all([
          descending ? creators.index(sortIndex).getAllKeys().then((keys) => keys.reverse()) : creators.index(sortIndex).getAllKeys(null, params.offset + params.limit),
          creatorCount(tx),
        ]);
        ids = ordered.slice(params.offset, params.offset + params.limit);
        total = count;
      }
    } else {
      const [byStatus, byTag, bySearch, all] = await Promise.all([
        status ? creators.index('status').getAllKeys(status) : null,
        tag ? creatorIdsWithTag(tx, tag) : null,
        search ? searchCreatorIds(tx.objectStore('search'), search) : null,
        // verdicts change on every rescore, so they are not indexed: one read of all creators
        verdict ? creators.getAll() : null,
      ]);
      let allowed: Set<string> | null = null;
      if (byStatus) allowed = new Set(byStatus);
      if (byTag) allowed = intersect(allowed, new Set(byTag));
      if (bySearch) allowed = intersect(allowed, bySearch);
      if (all) {
        const hits = new Set<string>();
        for (const creator of all) if (verdictMatches(verdict!, creator.verdict)) hits.add(creator.id);
        allowed = intersect(allowed, hits);
      }
      let matching: string[];
      if (allowed && allowed.size <= IN_MEMORY_SORT_LIMIT && params.sortBy !== 'nextActionAt') {
        const found = (await Promise.all([...allowed].map((id) => creators.get(id)))).filter((c): c is StoredCreator => c !== undefined);
        loaded = new Map(found.map((c) => [c.id, c]));
        matching = sortInMemory(found, params.sortBy);
      } else {
        const ordered = await orderedIds(params.sortBy, creators, () => creatorIdsByNextAction(tx), all);
        matching = allowed ? ordered.filter((id) => allowed.has(id)) : ordered;
      }
      if (descending) matching.reverse();
      total = matching.length;
      ids = matching.slice(params.offset, params.offset + params.limit);
    }
    const [found, notes] = await Promise.all([Promise.all(ids.map((id) => loaded.get(id) ?? creators.get(id))), readNotes(tx, ids)]);
    const rows = found.map((creator) => (creator ? { creator, note: notes.get(creator.id) ?? null } : null));
    await tx.done;
    return { rows: rows.filter((row): row is CreatorRow => row !== null), total };
  });
}

/** Ascending order of a sort index (its key, then the creator id, as IndexedDB orders an index). */
function sortInMemory(found: StoredCreator[], sortBy: Exclude<CreatorSortField, 'nextActionAt'>): string[] {
  const keyOf = (creator: StoredCreator): number | string => {
    switch (sortBy) {
      case 'updatedAt': return creator.updatedAt;
      case 'handle': return creator.handleKey;
      case 'score': return creator.scoreKey;
      case 'status': return NOTE_STATUSES.indexOf(creator.status);
      case 'followers': return creator.followers ?? -Infinity;
    }
  };
  // a status outside the pipeline is in no status key list, as with orderedIds
  const keyed = found.map((creator) => ({ id: creator.id, key: keyOf(creator) })).filter((e) => sortBy !== 'status' || e.key !== -1);
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((e) => e.id);
}

type CreatorsIndex = IDBPIndex<MitateSchema, QueryTxStores, 'creators', 'updatedAt' | 'handle' | 'score', 'readonly'>;
/** IDBIndex.getAllRecords (Chromium 141+): records in either direction, with keys, in one request. */
interface IndexWithRecords {
  getAllRecords(options: { direction: IDBCursorDirection; count: number }): IDBRequest<Array<{ primaryKey: IDBValidKey; value: unknown }>>;
}

/** The first `count` creators of a sort index, in one request where the browser allows it. */
async function firstOfIndex(index: CreatorsIndex, descending: boolean, count: number): Promise<{ ids: string[]; creators: Map<string, StoredCreator> }> {
  const raw = unwrap(index) as unknown as Partial<IndexWithRecords>;
  if (typeof raw.getAllRecords === 'function') {
    const request = raw.getAllRecords({ direction: descending ? 'prev' : 'next', count });
    const records = await new Promise<Array<{ primaryKey: IDBValidKey; value: unknown }>>((resolve, reject) => {
      request.addEventListener('success', () => resolve(request.result));
      request.addEventListener('error', () => reject(request.error));
    });
    const creators = new Map(records.map((r) => [r.primaryKey as string, r.value as StoredCreator]));
    return { ids: records.map((r) => r.primaryKey as string), creators };
  }
  if (!descending) return { ids: await index.getAllKeys(null, count), creators: new Map() };
  const ids: string[] = [];
  let cursor = await index.openKeyCursor(null, 'prev');
  while (cursor && ids.length < count) {
    ids.push(cursor.primaryKey);
    cursor = await cursor.continue();
  }
  return { ids, creators: new Map() };
}

type QueryTxStores = ('creators' | 'noteBuckets' | 'search' | 'counts')[];
type CreatorsStore = IDBPObjectStore<MitateSchema, QueryTxStores, 'creators', 'readonly'>;

/** Every creator id, ascending by the sort field (ties by id). */
async function orderedIds(
  sortBy: CreatorSortField,
  creatorStore: CreatorsStore,
  byNextAction: () => Promise<string[]>,
  loaded: StoredCreator[] | null,
): Promise<string[]> {
  const indexName = SORT_INDEX[sortBy];
  if (indexName) return creatorStore.index(indexName).getAllKeys();
  if (sortBy === 'status') {
    // pipeline order, not alphabetical
    const parts = await Promise.all(NOTE_STATUSES.map((s: NoteStatus) => creatorStore.index('status').getAllKeys(s)));
    return parts.flat();
  }
  if (sortBy === 'nextActionAt') {
    const existing = new Set(await creatorStore.getAllKeys());
    const withDate = (await byNextAction()).filter((id) => existing.has(id));
    const dated = new Set(withDate);
    // creators without a next action go after those with one
    return [...withDate, ...[...existing].filter((id) => !dated.has(id))];
  }
  // followers: not indexed (changes on every ingest), sort in memory; unknown followers first when ascending
  const all = loaded ?? (await creatorStore.getAll());
  return all
    .map((creator) => ({ id: creator.id, followers: creator.followers ?? -Infinity }))
    .sort((a, b) => a.followers - b.followers || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => entry.id);
}
