/**
 * Dashboard queries over creators + notes. Built to stay fast at 50,000 creators / 100,000 notes:
 * - no filter, indexed sort: one index cursor, `advance(offset)`, read only `limit` records;
 * - filters: ids come from indexes (status, tags) as key lists, intersected in memory, then ordered by the sort
 *   index's key list (getAllKeys on an index returns primary keys in index order), and only the page is read;
 * - free-text search and sorting by followers must read values (getAll), the one slower path.
 * Measured figures: tests/store/query-perf.test.ts.
 */
import type { IDBPObjectStore } from 'idb';
import type { MitateDb, MitateSchema } from './db';
import { guard } from './errors';
import { NOTE_STATUSES, STORED_VERDICTS, type Note, type NoteStatus, type StoredCreator } from './records';
import * as z from 'zod/mini';
import { noteStatusSchema } from './records';

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
    const tx = db.transaction(['creators', 'notes'], 'readonly');
    const creators = tx.objectStore('creators');
    const notes = tx.objectStore('notes');
    const search = params.search?.trim().toLowerCase() ?? '';
    const status = params.status ?? null;
    const tag = params.tag?.trim() || null;
    const verdict = params.verdict ?? null;
    const sortIndex = SORT_INDEX[params.sortBy];
    const descending = params.sortDir === 'desc';

    let ids: string[];
    let total: number;
    if (!search && !status && !tag && !verdict && sortIndex) {
      // fast path: walk the sort index, skipping `offset` entries without reading them
      total = await creators.count();
      ids = [];
      if (params.offset <= CURSOR_SKIP_LIMIT) {
        let cursor = await creators.index(sortIndex).openKeyCursor(null, descending ? 'prev' : 'next');
        if (cursor && params.offset > 0) cursor = await cursor.advance(params.offset);
        while (cursor && ids.length < params.limit) {
          ids.push(cursor.primaryKey);
          cursor = await cursor.continue();
        }
      } else {
        // deep pages: one keys-only read beats stepping a cursor over thousands of entries
        const ordered = descending
          ? (await creators.index(sortIndex).getAllKeys()).reverse()
          : await creators.index(sortIndex).getAllKeys(null, params.offset + params.limit);
        ids = ordered.slice(params.offset, params.offset + params.limit);
      }
    } else {
      let allowed: Set<string> | null = null;
      if (status) allowed = new Set(await creators.index('status').getAllKeys(status));
      if (tag) allowed = intersect(allowed, new Set(await notes.index('tags').getAllKeys(tag)));
      let all: StoredCreator[] | null = null;
      if (search || verdict) all = await creators.getAll();
      if (verdict) {
        // verdicts change on every rescore, so they are not indexed: one read of all creators, like search
        const hits = new Set<string>();
        for (const creator of all!) if (verdictMatches(verdict, creator.verdict)) hits.add(creator.id);
        allowed = intersect(allowed, hits);
      }
      if (search) {
        const hits = new Set<string>();
        for (const creator of all!) {
          if (
            creator.id.toLowerCase().includes(search) ||
            creator.handleKey.includes(search) ||
            (creator.nickname ?? '').toLowerCase().includes(search)
          ) hits.add(creator.id);
        }
        const allNotes = await notes.getAll();
        for (const note of allNotes) {
          if (note.text.toLowerCase().includes(search) || note.tags.some((t) => t.toLowerCase().includes(search))) hits.add(note.creatorId);
        }
        allowed = intersect(allowed, hits);
      }
      const ordered = await orderedIds(params.sortBy, creators, notes, all);
      if (descending) ordered.reverse();
      const matching = allowed ? ordered.filter((id) => allowed.has(id)) : ordered;
      total = matching.length;
      ids = matching.slice(params.offset, params.offset + params.limit);
    }
    const rows = await Promise.all(
      ids.map(async (id) => {
        const [creator, note] = await Promise.all([creators.get(id), notes.get(id)]);
        return creator ? { creator, note: note ?? null } : null;
      }),
    );
    await tx.done;
    return { rows: rows.filter((row): row is CreatorRow => row !== null), total };
  });
}

type QueryTxStores = ('creators' | 'notes')[];
type CreatorsStore = IDBPObjectStore<MitateSchema, QueryTxStores, 'creators', 'readonly'>;
type NotesStore = IDBPObjectStore<MitateSchema, QueryTxStores, 'notes', 'readonly'>;

/** Every creator id, ascending by the sort field (ties by id). */
async function orderedIds(
  sortBy: CreatorSortField,
  creatorStore: CreatorsStore,
  noteStore: NotesStore,
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
    const withDate = (await noteStore.index('nextActionAt').getAllKeys()).filter((id) => existing.has(id));
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
