/**
 * Whole-database dump and all-or-nothing import (with a dry run for the preview).
 * The file formats (JSON envelope, CSV) live in lib/export; this module only moves validated records.
 */
import * as z from 'zod/mini';
import type { IDBPTransaction } from 'idb';
import { RECORD_STORE_NAMES, STORE_NAMES, type MitateDb, type MitateSchema, type RecordStoreName, type StoreName } from './db';
import { abortOnError, guard, StoreError } from './errors';
import { emptyCreator } from '../model';
import { handleKeyOf, scoreKeyOf } from './migrations';
import { emptyNote, mergeNote } from './notes';
import { keyId, putAll, readMany, readManyById } from './bulk';
import { refreshSearchRows } from './search';
import { adjustCreatorCount } from './counts';
import { allNotes, NoteBucketSet } from './note-buckets';
import { isPlainNote } from './plain-notes';
import {
  collaborationRecordSchema,
  costSchema,
  notePatchSchema,
  noteSchema,
  observationSchema,
  productCostSchema,
  sampleRecordSchema,
  settingsSchema,
  storedPerformanceSchema,
  snapshotSchema,
  storedCreatorSchema,
  storedOrderSchema,
  storedProductSchema,
  type Note,
  type SettingKey,
  type StoredCreator,
} from './records';

const settingEntrySchema = z
  .object({ key: z.keyof(settingsSchema), value: z.unknown() })
  .check(
    z.superRefine((entry, ctx) => {
      const result = settingsSchema.shape[entry.key].safeParse(entry.value);
      if (!result.success) ctx.addIssue({ code: 'custom', path: ['value'], message: result.error.issues[0]?.message ?? 'invalid' });
    }),
  );

/** Every store's records, as exported. Stores missing from a file count as empty. */
export const storeDataSchema = z.object({
  creators: z._default(z.array(storedCreatorSchema), []),
  snapshots: z._default(z.array(snapshotSchema), []),
  notes: z._default(z.array(noteSchema), []),
  collaborations: z._default(z.array(collaborationRecordSchema), []),
  costs: z._default(z.array(costSchema), []),
  products: z._default(z.array(storedProductSchema), []),
  orders: z._default(z.array(storedOrderSchema), []),
  observations: z._default(z.array(observationSchema), []),
  settings: z._default(z.array(settingEntrySchema), []),
  /** v3: the seller's cost of goods per product (a v2 export has none) */
  productCosts: z._default(z.array(productCostSchema), []),
  /** v3: samples from Seller Center's sample requests or recorded by hand */
  samples: z._default(z.array(sampleRecordSchema), []),
  /** v3: Analytics performance rows (page data) */
  performance: z._default(z.array(storedPerformanceSchema), []),
});
export type StoreData = z.infer<typeof storeDataSchema>;

/** A CSV row turned into a note edit; `creator` fills in a creator Mitate has not seen yet. */
export const noteImportSchema = z.object({
  creatorId: z.string().check(z.minLength(1)),
  patch: notePatchSchema,
  creator: z.nullable(z.object({ handle: z.nullable(z.string()), nickname: z.nullable(z.string()), followers: z.nullable(z.number()) })),
});
export type NoteImport = z.infer<typeof noteImportSchema>;

export interface ImportPayload {
  /** full records (JSON import), upserted by key */
  records?: Partial<StoreData>;
  /** note edits (CSV import), applied like a save from editor "import" */
  noteEdits?: NoteImport[];
}

export interface StoreCounts {
  added: number;
  changed: number;
  unchanged: number;
}
export interface ImportChange {
  store: StoreName;
  key: string;
  change: 'added' | 'changed';
  /** top-level fields that differ (all fields when added) */
  fields: string[];
}
export interface ImportSummary {
  counts: Record<StoreName, StoreCounts>;
  /** the first MAX_SAMPLE_CHANGES changes, for the preview */
  samples: ImportChange[];
}
export const MAX_SAMPLE_CHANGES = 20;
const NOTE_BOOKKEEPING = ['revision', 'fieldRevisions', 'updatedAt', 'updatedBy'];

/** JSON with object keys sorted, so records compare equal whatever order their keys were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, val: unknown) => {
    if (val && typeof val === 'object' && !Array.isArray(val)) {
      return Object.fromEntries(Object.entries(val as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    if (typeof val === 'number' && !Number.isFinite(val)) return `__number:${String(val)}`;
    return val;
  });
}

export async function dumpAll(db: MitateDb): Promise<StoreData> {
  return guard(async () => {
    const tx = db.transaction([...RECORD_STORE_NAMES], 'readonly');
    const lists = await Promise.all(STORE_NAMES.map((name) => (name === 'notes' ? allNotes(tx) : tx.objectStore(name).getAll())));
    await tx.done;
    return Object.fromEntries(STORE_NAMES.map((name, i) => [name, lists[i]])) as unknown as StoreData;
  });
}

function keyOf(store: StoreName, record: Record<string, unknown>): IDBValidKey {
  switch (store) {
    case 'notes':
      return record.creatorId as string;
    case 'orders':
      return [record.orderId as string, record.skuKey as string];
    case 'settings':
      return record.key as string;
    case 'productCosts':
      return record.productId as string;
    case 'performance':
      return record.key as string;
    default:
      return record.id as string | number;
  }
}

function differingFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] {
  if (!before) return Object.keys(after).sort();
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...keys].filter((key) => canonicalJson(before?.[key]) !== canonicalJson(after[key])).sort();
}

/**
 * Store data that parseStoreData validated: applyImport does not validate it again (a second zod pass over a
 * 100,000-note file cost about as much as the first). Only objects built by parseStoreData are in here, so
 * anything else (a test's payload, a future caller's) is still validated.
 */
const validated = new WeakSet<object>();

/**
 * Validates an export's `data` (errors name store, record index and field) and marks it so applyImport trusts it.
 * Notes that are already exactly what the schema gives back (plain-notes.ts) skip zod; if any is not, zod reads them
 * all, so its error names the first bad one.
 */
export function parseStoreData(raw: unknown): StoreData {
  const notes = (raw as { notes?: unknown } | null)?.notes;
  const plainNotes = Array.isArray(notes) && notes.length > 0 && notes.every(isPlainNote) ? notes : null;
  const parsed = storeDataSchema.safeParse(plainNotes ? { ...(raw as object), notes: [] } : raw);
  if (!parsed.success) throw issueToError(parsed.error.issues[0]);
  if (plainNotes) parsed.data.notes = plainNotes;
  validated.add(parsed.data);
  return parsed.data;
}

type AnyTx = IDBPTransaction<MitateSchema, Array<RecordStoreName | 'noteBuckets' | 'search' | 'counts'>, 'readonly' | 'readwrite'>;

/**
 * Compares (and unless dryRun, writes) everything in ONE transaction: any failure aborts it and nothing is written.
 * Validation runs before the transaction opens, so invalid input never reaches the database.
 */
export async function applyImport(
  db: MitateDb,
  payload: ImportPayload,
  options: { dryRun: boolean; now: number; editor?: string },
): Promise<ImportSummary> {
  const records = validated.has(payload.records ?? {}) ? { data: payload.records as Partial<StoreData> } : z.partial(storeDataSchema).safeParse(payload.records ?? {});
  if ('success' in records && !records.success) throw issueToError(records.error.issues[0]);
  const edits = z.array(noteImportSchema).safeParse(payload.noteEdits ?? []);
  if (!edits.success) {
    const issue = edits.error.issues[0];
    throw issueToError(issue ? { ...issue, path: ['notes', ...issue.path] } : undefined);
  }
  const editor = options.editor ?? 'import';
  return guard(async () => {
    const tx = db.transaction([...RECORD_STORE_NAMES, 'search', 'counts'], options.dryRun ? 'readonly' : 'readwrite') as AnyTx;
    const counts = Object.fromEntries(STORE_NAMES.map((name) => [name, { added: 0, changed: 0, unchanged: 0 }])) as Record<StoreName, StoreCounts>;
    const samples: ImportChange[] = [];
    const record = (store: StoreName, key: IDBValidKey, before: Record<string, unknown> | undefined, after: Record<string, unknown>): boolean => {
      // the same object (an imported note equal to the stored one) is unchanged without comparing it field by field
      if (before === after) {
        counts[store].unchanged += 1;
        return false;
      }
      // a new record's fields are listed only for the preview's samples (100,000 key lists cost a tenth of a second)
      const fields = before || samples.length < MAX_SAMPLE_CHANGES ? differingFields(before, after) : [];
      const change = !before ? 'added' : fields.length > 0 ? 'changed' : null;
      if (!change) {
        counts[store].unchanged += 1;
        return false;
      }
      counts[store][change] += 1;
      if (samples.length < MAX_SAMPLE_CHANGES) samples.push({ store, key: Array.isArray(key) ? key.join(' / ') : String(key), change, fields });
      return true;
    };
    await abortOnError(tx, async () => {
      // Requests are issued in bulk and awaited together: each awaited request is a round trip to the browser's
      // IndexedDB process, which made a 100,000-note import take minutes. Sequential semantics are kept in memory
      // (`stored` sees this import's earlier records), so a key repeated in the file compares to its earlier copy.
      const writtenCreators = new Map<string, StoredCreator>();
      const writtenNotes = new Map<string, Note>();
      const putCreator = (creator: StoredCreator) => writtenCreators.set(creator.id, creator);
      // the notes' buckets are read once (every note the file or an edit names) and each is written once, below;
      // notes are keyed by their creator id as it is (no keyId: 100,000 of them cost a tenth of a second)
      const noteBuckets = new NoteBucketSet(tx as never);
      const storedNotesOf = (ids: string[]) => noteBuckets.notesOf(ids);
      for (const store of STORE_NAMES) {
        const list = (records.data[store] ?? []) as Array<Record<string, unknown>>;
        if (list.length === 0) continue;
        const keys = list.map((incoming) => keyOf(store, incoming));
        const objectStore = store === 'notes' ? null : tx.objectStore(store);
        const stored = objectStore
          ? await readMany(objectStore as never, keys, (value: Record<string, unknown>) => keyOf(store, value))
          : ((await storedNotesOf(keys as string[])) as unknown as Map<string, Record<string, unknown>>);
        const idOf = objectStore ? keyId : (key: IDBValidKey) => key as string;
        const puts = new Map<string, Record<string, unknown>>();
        list.forEach((incoming, i) => {
          const key = keys[i]!;
          const id = idOf(key);
          const before = stored.get(id);
          let after = incoming;
          if (store === 'notes' && before) after = bumpImportedNote(before as unknown as Note, incoming as unknown as Note, options.now) as unknown as Record<string, unknown>;
          if (record(store, key, before, after) && !options.dryRun) {
            stored.set(id, after);
            // notes and creators are written once, below, after their status mirror is settled
            if (store === 'notes') writtenNotes.set(key as string, after as unknown as Note);
            else if (store === 'creators') putCreator(after as unknown as StoredCreator);
            else puts.set(id, after);
          }
        });
        if (objectStore) await putAll(objectStore as never, puts.values());
      }
      const creators = tx.objectStore('creators');
      const editIds = edits.data.map((edit) => edit.creatorId);
      // the creators' read goes out first; while the browser answers it, a file without CSV edits (whose notes are now
      // final) has its note buckets serialised and written (a few hundred ms for 100,000 notes)
      const creatorsRead = readManyById(creators, [...writtenNotes.keys(), ...editIds].filter((id) => !writtenCreators.has(id)), (c) => c.id);
      const writeNotes = (): Promise<void> => {
        for (const note of writtenNotes.values()) noteBuckets.put(note);
        return noteBuckets.flush();
      };
      let notesWritten: Promise<void> | null = null;
      if (!options.dryRun && edits.data.length === 0) {
        notesWritten = writeNotes();
        // awaited below; a failure meanwhile aborts the transaction either way
        notesWritten.catch(() => undefined);
      }
      const [storedCreators, storedNotes] = await Promise.all([creatorsRead, storedNotesOf(editIds.filter((id) => !writtenNotes.has(id)))]);
      const creatorOf = (id: string) => writtenCreators.get(id) ?? storedCreators.get(id);
      // keep the creator's mirrored status (dashboard index) in step with an imported note
      for (const note of writtenNotes.values()) {
        const creator = creatorOf(note.creatorId);
        if (creator && creator.status !== note.status) putCreator({ ...creator, status: note.status });
      }
      for (const edit of edits.data) {
        const before = writtenNotes.get(edit.creatorId) ?? storedNotes.get(edit.creatorId);
        const base = before ?? emptyNote(edit.creatorId, options.now, editor);
        const { note } = mergeNote(base, { creatorId: edit.creatorId, baseRevision: base.revision, patch: edit.patch, editor }, options.now);
        // a CSV row for a creator without a note carries only defaults: that is not a new note
        const changed = differingFields(base, note).some((f) => !NOTE_BOOKKEEPING.includes(f));
        if (changed) record('notes', edit.creatorId, before, note);
        else counts.notes.unchanged += 1;
        if (changed && !options.dryRun) writtenNotes.set(note.creatorId, note);
        const creator = creatorOf(edit.creatorId);
        if (!creator && edit.creator && (edit.creator.handle || edit.creator.nickname)) {
          const fresh = minimalCreator(edit.creatorId, edit.creator, note, options.now);
          record('creators', edit.creatorId, undefined, fresh);
          if (!options.dryRun) putCreator(fresh);
        } else if (creator && creator.status !== note.status && !options.dryRun) {
          putCreator({ ...creator, status: note.status });
        }
      }
      if (!options.dryRun) {
        await Promise.all([notesWritten ?? writeNotes(), putAll(creators as never, writtenCreators.values())]);
        // every creator a written note belongs to was read above: pass them all, so none is read twice
        const knownCreators = new Map(writtenCreators);
        for (const id of writtenNotes.keys()) {
          const creator = creatorOf(id);
          if (creator) knownCreators.set(id, creator);
        }
        // only creators have search rows: a note whose creator Mitate has not seen gets its row when the creator is
        await refreshSearchRows(tx as never, knownCreators.keys(), { creators: knownCreators, notes: writtenNotes, allCreatorsKnown: true });
        // `added` counts each creator key new to the store once (a repeated key compares to its earlier copy)
        await adjustCreatorCount(tx as never, counts.creators.added);
      }
      await tx.done;
    });
    return { counts, samples };
  });
}

/** An imported note that differs from the stored one gets a newer revision, so open editors notice it. */
function bumpImportedNote(before: Note, incoming: Note, now: number): Note {
  if (canonicalJson(before) === canonicalJson(incoming)) return before;
  if (incoming.revision > before.revision) return incoming;
  const revision = before.revision + 1;
  return { ...incoming, revision, fieldRevisions: Object.fromEntries(Object.keys(incoming.fieldRevisions).map((f) => [f, revision])), updatedAt: Math.max(incoming.updatedAt, now) };
}

function minimalCreator(id: string, seen: NonNullable<NoteImport['creator']>, note: Note, now: number) {
  return storedCreatorSchema.parse({
    ...emptyCreator(id),
    handle: seen.handle,
    nickname: seen.nickname,
    followers: seen.followers,
    firstSeenAt: now,
    updatedAt: now,
    status: note.status,
    score: null,
    handleKey: handleKeyOf(seen.handle),
    scoreKey: scoreKeyOf(null),
  });
}

/** A zod issue as a StoreError naming store, record index and field, e.g. notes[3].rating. */
export function issueToError(issue: { path: PropertyKey[]; message: string } | undefined, prefixLength = 0): StoreError {
  if (!issue) return new StoreError('invalid', 'Invalid import');
  const path = issue.path.slice(prefixLength).map((p) => (typeof p === 'symbol' ? p.toString() : p));
  const [store, index, ...field] = path;
  const detail = {
    store: typeof store === 'string' ? store : undefined,
    index: typeof index === 'number' ? index : undefined,
    field: field.length > 0 ? field.join('.') : undefined,
  };
  const where = `${detail.store ?? ''}${detail.index !== undefined ? `[${detail.index}]` : ''}${detail.field ? `.${detail.field}` : ''}`;
  return new StoreError('invalid', `Invalid record ${where || '(root)'}: ${issue.message}`, detail);
}

export type { SettingKey };
